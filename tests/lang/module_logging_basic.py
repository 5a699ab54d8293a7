# logging: hierarchy, levels, propagation, handlers, filters, adapters
import logging
import sys
import io

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR,
      logging.CRITICAL, logging.FATAL, logging.NOTSET)
print(logging.getLevelName(10), logging.getLevelName(35), logging.getLevelName("INFO"),
      logging.getLevelName("nope"))
print(sorted(logging.getLevelNamesMapping().items()))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))

root = logging.getLogger()
print(root, root is logging.root, logging.getLogger("root") is root, root.name)
a = logging.getLogger("app")
ab = logging.getLogger("app.db")
abc = logging.getLogger("app.db.conn")
print(a, ab, abc)
print(ab.parent is a, abc.parent is ab, a.parent is root)
# placeholders: the child first, then the parent
z = logging.getLogger("zz.yy.xx")
print(z.parent is root)
zy = logging.getLogger("zz.yy")
print(z.parent is zy, zy.parent is root)
zz = logging.getLogger("zz")
print(zy.parent is zz, z.parent is zy)
print(a.getChild("db") is ab, root.getChild("app") is a)
print(sorted(l.name for l in a.getChildren()))
print(logging.getLogger("app.db") is ab)

# effective levels
print(a.getEffectiveLevel(), ab.getEffectiveLevel(), a.level)
a.setLevel(logging.INFO)
print(ab.getEffectiveLevel(), ab.isEnabledFor(logging.DEBUG), ab.isEnabledFor(logging.INFO))
a.setLevel("DEBUG")
print(abc.getEffectiveLevel(), repr(abc))
for bad in ["LOUD", 1.5, None]:
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
a.addHandler(h)
print(a.hasHandlers(), abc.hasHandlers(), root.hasHandlers())
abc.debug("debug %s", "x")
ab.info("info %d items", 3)
abc.warning("warn %(k)s", {"k": "mapping"})
a.error("error")
a.critical("critical %r", [1, 2])
abc.log(25, "notice level")
a.log(logging.ERROR, "via log")
try:
    a.log("ERROR", "bad level")
except TypeError as e:
    print("TypeError", e)
print(out.getvalue(), end="")

# propagation and handler levels
out2 = io.StringIO()
h2 = logging.StreamHandler(out2)
h2.setLevel(logging.WARNING)
ab.addHandler(h2)
abc.info("only in a")
abc.warning("in both")
ab.propagate = False
abc.error("only in ab")
ab.propagate = True
print(repr(out2.getvalue()))
print(out.getvalue().splitlines()[-3:])
print(h2, h)
ab.removeHandler(h2)
print(ab.handlers)

# filters
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1

out3 = io.StringIO()
h3 = logging.StreamHandler(out3)
lg = logging.getLogger("filt")
lg.propagate = False
lg.setLevel(logging.DEBUG)
lg.addHandler(h3)
f = OnlyOdd()
lg.addFilter(f)
for i in range(5):
    lg.info("n=%d", i)
lg.removeFilter(f)
h3.addFilter(lambda r: "secret" not in r.getMessage())
lg.info("public")
lg.info("secret stuff")
def tag(record):
    record.msg = "[tagged] " + record.msg
    return record
h3.addFilter(tag)
lg.info("hello")
print(out3.getvalue(), end="")
nf = logging.Filter("app.db")
for name in ["app", "app.db", "app.db.x", "app.dbx", "other"]:
    print(name, nf.filter(logging.makeLogRecord({"name": name})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "q"})))

# LoggerAdapter
out4 = io.StringIO()
h4 = logging.StreamHandler(out4)
h4.setFormatter(logging.Formatter("%(user)s %(levelname)s %(message)s"))
al = logging.getLogger("adapt")
al.propagate = False
al.addHandler(h4)
ad = logging.LoggerAdapter(al, {"user": "bob"})
ad.warning("hi %s", "there")
ad.info("hidden")
ad.setLevel(logging.INFO)
ad.info("shown")
print(ad, ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(logging.DEBUG))
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return "[%s] %s" % (self.extra["user"], msg), kwargs
Prefix(al, {"user": "amy"}).error("careful")
print(out4.getvalue(), end="")

# extra
out5 = io.StringIO()
h5 = logging.StreamHandler(out5)
h5.setFormatter(logging.Formatter("%(message)s/%(ip)s"))
el = logging.getLogger("extra")
el.propagate = False
el.addHandler(h5)
el.warning("conn", extra={"ip": "10.0.0.1"})
for key in ["message", "name", "asctime"]:
    try:
        el.warning("x", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)
print(out5.getvalue(), end="")

# NullHandler and Handler base
nl = logging.getLogger("quiet")
nl.addHandler(logging.NullHandler())
nl.error("nothing printed")
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
hh = logging.Handler(logging.INFO)
print(hh, hh.level, hh.name)
hh.name = "mine"
print(logging.getHandlerByName("mine") is hh, "mine" in logging.getHandlerNames())

# disable
logging.disable(logging.WARNING)
a.error("error passes")
a.warning("warning blocked")
logging.disable(logging.NOTSET)
a.warning("warning again")
print(out.getvalue().splitlines()[-2:])
lg.disabled = True
lg.error("disabled logger")
print(out3.getvalue().count("\n"))
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)
