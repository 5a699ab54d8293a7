# argparse: options, positionals, nargs, types, choices, actions; help, usage and error texts
import argparse, sys, io
def run(p, args):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
        print(sys.stderr.getvalue(), end="")
    finally:
        sys.stderr = old

p = argparse.ArgumentParser(prog="prog", description="A test program that does many things with files and other things too, to wrap.", epilog="See the docs.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out", help="destination (default %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-n", "--num", type=int, default=1, metavar="N", help="a number")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-q", action="store_true")
p.add_argument("--no-x", dest="x", action="store_false")
p.add_argument("--tag", action="append")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--pair", nargs=2, type=float)
p.add_argument("--many", nargs="*")
p.add_argument("--some", nargs="+")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.print_help()
print(p.format_usage())
run(p, ["a"])
run(p, ["a", "b", "-vvv", "-n", "5", "--mode=slow", "-q", "--no-x", "--tag", "t1", "--tag=t2", "--const"])
run(p, ["a", "--pair", "1", "2.5", "--many", "--some", "x", "y"])
run(p, [])
run(p, ["a", "-n", "x"])
run(p, ["a", "--mode", "medium"])
run(p, ["a", "b", "c"])
run(p, ["a", "--pair", "1"])
run(p, ["a", "--some"])
run(p, ["a", "--mo", "fast"])
run(p, ["a", "-n"])
run(p, ["--version"])
run(p, ["-h"])
run(p, ["a", "-n5", "-vq"])
run(p, ["--", "-a"])
print(p.parse_known_args(["a", "--unknown", "x"]))
