# logging: stack_info, handleError output, custom handlers/loggers/factories,
# captureWarnings, merge_extra, BufferingFormatter, manager bookkeeping
import logging
import sys
import io

class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

lg = logging.getLogger("misc")
lg.propagate = False
lh = ListHandler()
lh.setFormatter(logging.Formatter("%(levelname)s:%(funcName)s:%(message)s"))
lg.addHandler(lh)

def inner():
    lg.warning("with stack", stack_info=True)
def outer():
    inner()
outer()
print(lh.records[-1].replace(__file__, "FILE"))

# a formatting error goes through handleError to stderr; the program goes on
old = sys.stderr
sh = logging.StreamHandler(io.StringIO())
lg.addHandler(sh)
lg.removeHandler(lh)
sys.stderr = io.StringIO()
lg.warning("bad %d", "x")
err = sys.stderr.getvalue()
sys.stderr = old
lines = err.splitlines()
keep = [l for l in lines if "logging" not in l and not l.startswith("    ")
        and not l.strip().startswith("~") and not l.strip().startswith("^")]
print("\n".join(keep).replace(__file__, "FILE"))
print(lines[-4:-2] and lines[-4].replace(__file__, "FILE"))
logging.raiseExceptions = False
sys.stderr = io.StringIO()
lg.warning("bad %d", "x")
print(repr(sys.stderr.getvalue()))
sys.stderr = old
logging.raiseExceptions = True
lg.removeHandler(sh)
lg.addHandler(lh)
print(len(lh.records))

# custom logger class and record factory
class MyLogger(logging.Logger):
    def notice(self, msg, *args, **kw):
        self.log(25, msg, *args, **kw)
logging.setLoggerClass(MyLogger)
ml = logging.getLogger("custom.cls")
print(type(ml).__name__, logging.getLoggerClass() is MyLogger)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
ml.propagate = False
ml.addHandler(lh)
ml.notice("notice %s", "msg")
print(lh.records[-1].replace(__file__, "FILE"))
old_factory = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.custom = "CUSTOM"
    return record
logging.setLogRecordFactory(factory)
lh.setFormatter(logging.Formatter("%(custom)s %(message)s"))
lg.error("from factory")
logging.setLogRecordFactory(old_factory)
print(lh.records[-1])
r = logging.makeLogRecord({"msg": "made %s", "args": ("it",), "levelno": 40, "x": 1})
print(r.getMessage(), r.levelno, r.x, r.name, r.levelname)

# merge_extra
lh.setFormatter(logging.Formatter("%(a)s %(b)s %(message)s"))
ad = logging.LoggerAdapter(lg, {"a": "A", "b": "B"}, merge_extra=True)
ad.warning("merged", extra={"b": "b2"})
ad2 = logging.LoggerAdapter(lg, {"a": "A", "b": "B"})
ad2.warning("not merged", extra={"b": "b2"})
print(lh.records[-2:])

# filters returning a modified record; handler filters vs logger filters
lh.setFormatter(logging.Formatter("%(message)s"))
def upper(record):
    record = logging.makeLogRecord(record.__dict__)
    record.msg = record.msg.upper()
    return record
lg.addFilter(upper)
lg.warning("shout")
lg.removeFilter(upper)
lg.warning("quiet")
print(lh.records[-2:])

# BufferingFormatter
recs = [logging.makeLogRecord({"msg": m}) for m in ("one", "two")]
class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "[%d:" % len(records)
    def formatFooter(self, records):
        return "]"
print(logging.BufferingFormatter().format(recs), Framed(logging.Formatter("<%(message)s>")).format(recs),
      repr(Framed().format([])))

# captureWarnings
import warnings
wl = logging.getLogger("py.warnings")
wl.propagate = False
wh = ListHandler()
wl.addHandler(wh)
logging.captureWarnings(True)
warnings.warn("careful", UserWarning)
logging.captureWarnings(False)
print([w.replace(__file__, "FILE") for w in wh.records])

# manager bookkeeping and levels
print(sorted(k for k in logging.root.manager.loggerDict if k.startswith("misc") or k.startswith("custom")))
print(type(logging.root.manager.loggerDict["custom"]).__name__)
print(logging.getLevelName(25), logging.getLevelName(5), logging.getLevelName("Level 5"))
lg.setLevel(logging.ERROR)
print(lg.isEnabledFor(logging.WARNING), lg.getEffectiveLevel())
lg.setLevel(logging.NOTSET)
print(lg.getEffectiveLevel(), lg.level, logging.root.level)
logging.shutdown()
print("done")
