# argparse: subparsers, groups, mutually exclusive groups, parents, formatters, errors
import argparse
import sys
import io

def run(p, args):
    old_out, old_err = sys.stdout, sys.stderr
    sys.stderr = io.StringIO()
    out = sys.stdout = io.StringIO()
    try:
        res = p.parse_args(args)
        code = None
    except SystemExit as e:
        res = None
        code = e.code
    finally:
        sys.stdout, sys.stderr = old_out, old_err
    if res is not None:
        print(res)
    else:
        print("exit", code)
    print(out.getvalue() + sys.stderr.getvalue() if False else out.getvalue(), end="")

def run_err(p, args):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
        print(sys.stderr.getvalue(), end="")
    finally:
        sys.stderr = old

# subcommands
p = argparse.ArgumentParser(prog="git", description="version control")
p.add_argument("--git-dir", metavar="DIR")
sub = p.add_subparsers(dest="cmd", title="commands", description="available commands",
                       help="what to do")
c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = sub.add_parser("push", help="update remote")
pu.add_argument("remote", nargs="?", default="origin")
pu.add_argument("branch", nargs="*")
pu.set_defaults(func="push-func")
sub.add_parser("status")
p.print_help()
c.print_help()
pu.print_usage()
run_err(p, ["commit", "-m", "msg"])
run_err(p, ["ci", "--amend", "-m", "x"])
run_err(p, ["--git-dir", "/r", "push", "up", "main", "dev"])
run_err(p, ["push"])
run_err(p, ["status"])
run_err(p, [])
run_err(p, ["pull"])
run_err(p, ["commit"])
run_err(p, ["commit", "-m", "x", "--bogus"])
run(p, ["commit", "-h"])
print(p.parse_known_args(["push", "r", "--zz"]))
try:
    sub.add_parser("push")
except argparse.ArgumentError as e:
    print("ArgumentError", e)

sp2 = argparse.ArgumentParser(prog="tool")
s2 = sp2.add_subparsers(required=True, metavar="COMMAND")
s2.add_parser("a")
s2.add_parser("b")
sp2.print_help()
run_err(sp2, [])

# groups
g = argparse.ArgumentParser(prog="g", add_help=False)
grp = g.add_argument_group("input", "Options about the input.")
grp.add_argument("--in", dest="inp", default="-", help="input file")
grp.add_argument("--fmt", choices=("json", "csv"), help="format: %(choices)s")
out = g.add_argument_group("output")
out.add_argument("--out", help="output, default %(default)r", default="x.txt")
mx = g.add_mutually_exclusive_group()
mx.add_argument("-a", action="store_true", help="mode a")
mx.add_argument("-b", action="store_true", help="mode b")
mx2 = g.add_mutually_exclusive_group(required=True)
mx2.add_argument("--red", action="store_const", const="r", dest="color")
mx2.add_argument("--blue", action="store_const", const="b", dest="color")
g.add_argument("files", nargs="+", metavar="FILE")
g.print_help()
run_err(g, ["--red", "f1", "f2"])
run_err(g, ["-a", "-b", "--red", "f"])
run_err(g, ["--red", "--blue", "f"])
run_err(g, ["f"])
run_err(g, ["--red"])
run_err(g, ["--fmt", "xml", "--red", "f"])

# parents and conflict handling
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--debug", action="store_true", help="debug mode")
child = argparse.ArgumentParser(prog="child", parents=[base])
child.add_argument("x", type=int)
child.print_help()
run_err(child, ["--debug", "7"])
run_err(child, ["seven"])
try:
    child.add_argument("--debug")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
r = argparse.ArgumentParser(prog="r", conflict_handler="resolve")
r.add_argument("-f", "--foo", help="old")
r.add_argument("--foo", help="new")
r.print_help()

# formatters
for cls in [argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter]:
    f = argparse.ArgumentParser(prog="fmt", formatter_class=cls,
                                description="line one\n   indented line two\n\nparagraph")
    f.add_argument("--level", type=int, default=3, help="the level\nsecond line")
    f.add_argument("name", type=str, nargs="?", default="bob", help="a name")
    f.print_help()
    print("----")

# BooleanOptionalAction, extend, append_const, metavar tuples, abbreviations
b = argparse.ArgumentParser(prog="b")
b.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use color")
b.add_argument("--item", action="extend", nargs="+", type=int)
b.add_argument("--py", action="append_const", const="py", dest="langs")
b.add_argument("--c", action="append_const", const="c", dest="langs")
b.add_argument("--point", nargs=2, metavar=("X", "Y"), type=int)
b.add_argument("--opt", nargs="?", const="C", default="D")
b.add_argument("--verbose-mode", action="store_true")
b.add_argument("--verbose-level", type=int)
b.print_help()
run_err(b, ["--no-color", "--item", "1", "2", "--item", "3", "--py", "--c", "--py"])
run_err(b, ["--point", "1", "2", "--opt"])
run_err(b, ["--opt", "val", "--verbose-m"])
run_err(b, ["--verbose", "x"])
run_err(b, ["--point", "1", "x"])
run_err(b, ["--item"])
run_err(b, ["--color=yes"])

# exit_on_error=False and other errors
e = argparse.ArgumentParser(prog="e", exit_on_error=False)
e.add_argument("--n", type=int)
e.add_argument("pos")
for args in [["--n", "q", "p"], ["p", "extra"]]:
    try:
        e.parse_args(args)
    except argparse.ArgumentError as err:
        print("ArgumentError", err, "|", err.argument_name, "|", err.message)
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v
t = argparse.ArgumentParser(prog="t")
t.add_argument("n", type=even)
run_err(t, ["3"])
run_err(t, ["4"])
for kwargs in [dict(action="store", nargs=0), dict(action="nope"), dict(type="int"),
               dict(action="store", const=1)]:
    try:
        t.add_argument("--bad", **kwargs)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
try:
    t.add_argument("x", required=True)
except TypeError as err:
    print("TypeError", err)
try:
    t.add_argument("bad-opt", "--x")
except ValueError as err:
    print("ValueError", err)
ns = argparse.Namespace(a=1, b="x")
print(ns, "a" in ns, ns == argparse.Namespace(a=1, b="x"), vars(ns))
print(repr(t)[:40])
print(t.get_default("n"), argparse.SUPPRESS, argparse.REMAINDER, argparse.ONE_OR_MORE)
rem = argparse.ArgumentParser(prog="rem")
rem.add_argument("cmd")
rem.add_argument("rest", nargs=argparse.REMAINDER)
print(rem.parse_args(["run", "-x", "--y", "z"]))
print(rem.format_usage(), end="")
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("n", type=int)
neg.add_argument("-x", type=float)
print(neg.parse_args(["-5", "-x", "-2.5"]))
