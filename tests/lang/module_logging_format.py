# logging: Formatter styles, caller location, exceptions, basicConfig, lastResort
import logging
import sys
import io
import time

def make(fmt, style="%", datefmt=None, defaults=None):
    out = io.StringIO()
    h = logging.StreamHandler(out)
    h.setFormatter(logging.Formatter(fmt, datefmt, style, defaults=defaults))
    return out, h

lg = logging.getLogger("fmt")
lg.propagate = False
lg.setLevel(logging.DEBUG)

out, h = make("%(levelname)-8s|%(name)s|%(module)s|%(filename)s|%(funcName)s|%(lineno)d|%(message)s")
lg.addHandler(h)
lg.info("top level")
def work():
    lg.debug("inside %s", "work")
class Svc:
    def run(self):
        lg.warning("method")
        [lg.error("in comprehension") for _ in range(1)]
work()
Svc().run()
def helper():
    lg.info("reported at caller", stacklevel=2)
def outer():
    helper()
outer()
lg.removeHandler(h)
print(out.getvalue(), end="")

out, h = make("{levelname:>8} {name} {lineno:d} {message!r}", style="{")
lg.addHandler(h)
lg.info("brace %s", "style")
lg.removeHandler(h)
out2, h = make("$levelname ${name} $$ $message", style="$")
lg.addHandler(h)
lg.error("dollar")
lg.removeHandler(h)
print(out.getvalue() + out2.getvalue(), end="")

out, h = make("%(message)s [%(app)s]", defaults={"app": "demo"})
lg.addHandler(h)
lg.info("with defaults")
lg.info("overridden", extra={"app": "other"})
lg.removeHandler(h)
print(out.getvalue(), end="")

# asctime with a fixed record time
fm = logging.Formatter("%(asctime)s %(message)s")
fm.converter = time.gmtime
rec = logging.makeLogRecord({"msg": "fixed", "created": 86400 * 365 + 3723.25, "msecs": 250.0})
print(fm.format(rec))
fm2 = logging.Formatter("%(asctime)s|%(message)s", datefmt="%d/%m/%Y %H-%M")
fm2.converter = time.gmtime
print(fm2.format(rec))
print(fm.usesTime(), fm2.usesTime(), logging.Formatter("x%(message)s").usesTime(),
      logging.Formatter("{asctime}", style="{").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime())
print(fm.formatTime(rec, "%Y"))

# LogRecord
r = logging.LogRecord("n.m", logging.WARNING, "/a/b/mod.py", 42, "x=%d y=%s", (1, "two"), None, "fn")
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno, r.funcName)
print(r.getMessage(), r.args, r.exc_info, r.exc_text, r.stack_info)
print(repr(r))
r2 = logging.LogRecord("n", 10, "p.py", 1, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None)
print(r2.getMessage(), r2.args)
r3 = logging.LogRecord("n", 10, "p.py", 1, 12345, None, None)
print(r3.getMessage())
print(logging.Formatter().format(r))
print(logging.Formatter(logging.BASIC_FORMAT).format(r))

# exceptions
out, h = make("%(levelname)s %(message)s")
lg.addHandler(h)
def fail():
    raise ValueError("bad value")
try:
    fail()
except ValueError:
    lg.exception("caught %d", 1)
try:
    {}["k"]
except KeyError as e:
    lg.error("with exc", exc_info=e)
    lg.warning("with tuple", exc_info=sys.exc_info())
    lg.info("no exc", exc_info=False)
lg.removeHandler(h)
print(out.getvalue().replace(__file__, "FILE"), end="")

# format errors
for fmt, style in [("%(message)s", "x"), ("no fields", "%"), ("{bad-name}", "{"),
                   ("{a!z}", "{"), ("$", "$"), ("plain", "$"), ("%(missing)s", "%")]:
    try:
        f = logging.Formatter(fmt, style=style)
        print("ok", f.format(logging.makeLogRecord({"msg": "m"})))
    except ValueError as e:
        print("ValueError", e)
print(logging.Formatter("no fields", validate=False).format(logging.makeLogRecord({"msg": "m"})))

# basicConfig
old_stderr = sys.stderr
sys.stderr = io.StringIO()
logging.warning("via lastResort? no: root gets a handler")
logging.getLogger("unset").error("goes to root handler")
print(sys.stderr.getvalue(), end="")
print(len(logging.root.handlers), logging.root.handlers[0].stream is sys.stderr)
logging.basicConfig(level=logging.DEBUG)   # ignored: root has a handler
print(logging.root.level)
sys.stderr = old_stderr
buf = io.StringIO()
logging.basicConfig(stream=buf, level="INFO", format="%(levelname)s/%(name)s/%(message)s", force=True)
logging.info("root info")
logging.debug("root debug hidden")
logging.getLogger("child").warning("child warning")
logging.log(logging.ERROR, "log %s", "call")
logging.critical("crit")
print(buf.getvalue(), end="")
for kwargs in [dict(stream=buf, filename="x.log"), dict(handlers=[], stream=buf),
               dict(style="?"), dict(foo=1, bar=2)]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print("ValueError", e)
buf2 = io.StringIO()
hd = logging.StreamHandler(buf2)
logging.basicConfig(handlers=[hd], force=True, format="{name}: {message}", style="{",
                    level=logging.WARNING)
logging.getLogger("h").warning("through handlers=")
print(buf2.getvalue(), end="")
print(logging.root.handlers == [hd])

# lastResort: a logger with no handlers anywhere writes to sys.stderr at emit time
logging.root.handlers.clear()
sys.stderr = io.StringIO()
lone = logging.getLogger("lone")
lone.warning("last resort %s", "used")
lone.info("below WARNING: dropped")
print(repr(sys.stderr.getvalue()))
print(logging.lastResort, logging.lastResort.level)
sys.stderr = old_stderr
