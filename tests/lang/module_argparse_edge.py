# argparse: more edge cases of parsing and help layout
import argparse
import sys
import io

def run(p, args, known=False):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(p.parse_known_args(args) if known else p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    finally:
        err = sys.stderr.getvalue()
        sys.stderr = old
        print(err, end="")

p = argparse.ArgumentParser(prog="edge", add_help=False)
print(repr(p.format_usage()), repr(p.format_help()))
run(p, [])
run(p, ["x"])

p = argparse.ArgumentParser(prog="pos", description="")
p.add_argument("pair", nargs=2, metavar="KV", help="a key and value")
p.add_argument("three", nargs=3, type=int, help="three ints")
p.add_argument("opt", nargs="?", help="default is %(default)s")
p.add_argument("-s", default=argparse.SUPPRESS, help="suppressed default")
p.add_argument("-n", type=int, default=-1)
p.add_argument("-1", dest="one", action="store_true")
g = p.add_argument_group("empty group", "has only a description")
g2 = p.add_argument_group("really empty")
p.print_help()
run(p, ["k", "v", "1", "2", "3"])
run(p, ["k", "v", "1", "2", "3", "-n", "-5", "-1"])
run(p, ["k", "v", "1", "2"])
run(p, ["k", "v", "1", "2", "x"])
run(p, ["k", "v", "1", "2", "3", "-s", "S", "o", "extra"])
run(p, ["k", "v", "1", "2", "3", "-n=-7"])

q = argparse.ArgumentParser(prog="neg")
q.add_argument("-x", type=float)
q.add_argument("vals", nargs="*", type=float)
run(q, ["-x", "-1.5", "-2", "3", "-.5"])
run(q, ["-x", "--", "-1"])
run(q, ["--", "-x", "1"])
run(q, ["-y"], known=True)
run(q, ["-x1e3", "1"])
run(q, ["-x", "a b"])

r = argparse.ArgumentParser(prog="acts")
r.add_argument("--app", action="append", default=["base"])
r.add_argument("--c", action="count")
r.add_argument("--k", action="store_const", const="K", default="D")
r.add_argument("--f", action="store_false")
r.add_argument("-single", dest="single")
r.add_argument("--e", default="5", type=int)
r.set_defaults(extra="yes", e="6")
base = r.parse_args([])
print(base, r.get_default("e"), r.get_default("extra"), r.get_default("none"))
run(r, ["--app", "x", "--app", "y", "--c", "--c", "--k", "--f", "-single", "S"])
print(r.parse_args(["--app", "z"]).app, base.app, r.get_default("app"))
run(r, ["-single=V", "--e", "9"])
run(r, ["--c=3"])
run(r, ["--app"])
run(r, ["-s", "V"])

s = argparse.ArgumentParser(prog="subs")
s.add_argument("-v", action="store_true")
sp = s.add_subparsers(dest="command", required=True, help="sub-command help")
a = sp.add_parser("alpha-command-with-a-long-name", help="the first one, with a description long enough to wrap around")
a.add_argument("n", type=int)
b = sp.add_parser("b", aliases=["bee", "bb"], help="second", description="B does b things")
b.add_argument("--flag", action="store_true")
sp.add_parser("hidden")
s.print_help()
b.print_help()
run(s, [])
run(s, ["-v", "b", "--flag"])
run(s, ["bee"])
run(s, ["alpha-command-with-a-long-name", "x"])
run(s, ["b", "extra", "-v"])
run(s, ["b", "-v"], known=True)

o = argparse.ArgumentParser(prog="out")
old = sys.stdout
sys.stdout = io.StringIO()
o.print_usage()
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
sys.stderr = io.StringIO()
try:
    o.error("custom problem")
except SystemExit as e:
    print("exit", e.code, repr(sys.stderr.getvalue()))
sys.stderr = io.StringIO()
try:
    o.exit(3, "bye\n")
except SystemExit as e:
    print("exit", e.code, repr(sys.stderr.getvalue()))
try:
    o.exit()
except SystemExit as e:
    print("exit", e.code)
sys.stderr = sys.__stderr__
