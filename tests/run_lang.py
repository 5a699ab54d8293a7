#!/usr/bin/env python3
"""Run the asp test suite: tests/lang/*.py programs, tests/syntax/ cases and the C unit tests.

Needs only python3 >= 3.9 and its standard library.

Language tests: every tests/lang/X.py is run as `$ASP tests/lang/X.py`
(ASP defaults to build/asp; it may hold several words, e.g.
ASP="python3.13 -X dev"), from the repository root, with a timeout
(10 s by default).  Its result is rendered by render() below and compared
with tests/lang/X.expected, which tests/gen_expected.py produced by running
the same program under CPython 3.13.  The rendered result is the program's
stdout and, when the exit status N is not zero, a final section:
    --- exit N
    <last non-empty line of stderr, e.g. "ZeroDivisionError: division by zero">
(the second line is omitted when stderr is empty, as for `raise SystemExit(3)`).

Syntax-error tests: every case `FILE: RESULT` of tests/syntax/expected.txt
(made by tests/syntax/gen_expected.py under CPython 3.13) is one test: it
passes when `$ASP --syntax-error tests/syntax/FILE` prints exactly RESULT,
e.g. `SyntaxError: '(' was never closed (1, 5)`.  A case file NNN_*.py with
no line in expected.txt counts as a failure.

C unit tests: for every tests/unit/test_X.c the binary test_X in the unit
directory (default: <dirname of $ASP>/tests, e.g. build/tests or
build/san/tests, as built by `make unit-tests`) is run with the repository
root as working directory and no arguments.  It must print a line
`N passed, M failed` (its checks); the binary counts as one test, which passes when
no check failed.  A missing
binary, a missing count line or a non-zero exit status counts as a failure.

Capability tests: tests/caps/X.py programs run with permission flags in a
scratch tree, and the `nm` check that only src/cap/ reaches the outside
world (see tests/caps/run.py); named caps_X and caps_nm for the filters.

Usage: tests/run_lang.py [-j N] [--timeout S] [--unit-dir D] [--no-unit]
                         [--no-syntax] [--no-caps] [--counts FILE] [NAME-FILTER ...]
       tests/run_lang.py --combine FILE...
A test runs when its name (X, or FILE for a syntax case) contains one of the filters, or when no
filter is given.  The last line printed is exactly `N passed, M failed`;
the exit status is 1 when anything failed.  --counts FILE also writes
"N M" to FILE; --combine adds up such files (a missing file counts as one
failure) and prints the combined line.
"""

import argparse
import concurrent.futures
import difflib
import glob
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG_DIR = os.path.join(ROOT, "tests", "lang")
UNIT_DIR = os.path.join(ROOT, "tests", "unit")
SYNTAX_DIR = os.path.join(ROOT, "tests", "syntax")
COUNT_RE = re.compile(r"^(\d+) passed, (\d+) failed$")


def render(stdout, stderr, rc):
    """The comparable form of one run (bytes in, str out)."""
    out = stdout.decode("utf-8", errors="replace")
    if rc != 0:
        if out and not out.endswith("\n"):
            out += "\n"
        out += "--- exit %d\n" % rc
        lines = [l for l in stderr.decode("utf-8", errors="replace").splitlines()
                 if l.strip()]
        if lines:
            out += lines[-1].rstrip() + "\n"
    return out


def run_program(cmd, path, timeout, env=None):
    """Run cmd + [path] from ROOT; return the rendered result."""
    try:
        p = subprocess.run(cmd + [path], cwd=ROOT, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, env=env)
    except subprocess.TimeoutExpired as e:
        return render(e.stdout or b"", b"timeout after %gs" % timeout, 124)
    except OSError as e:
        return render(b"", str(e).encode(), 127)
    return render(p.stdout, p.stderr, p.returncode)


def short_diff(expected, got, regions=2, per_side=4):
    """The first differing regions, a few lines of each side apiece."""
    exp, out = expected.splitlines(), got.splitlines()
    ops = [op for op in difflib.SequenceMatcher(None, exp, out, autojunk=False)
           .get_opcodes() if op[0] != "equal"]
    lines = []
    for tag, i1, i2, j1, j2 in ops[:regions]:
        lines.append("@ line %d:" % (i1 + 1))
        for side, seq, a, b in (("-", exp, i1, i2), ("+", out, j1, j2)):
            for l in seq[a:min(b, a + per_side)]:
                lines.append(side + " " + l)
            if b - a > per_side:
                lines.append(side + " ... (%d more lines)" % (b - a - per_side))
    if len(ops) > regions:
        lines.append("... (%d more differing regions)" % (len(ops) - regions))
    return "\n".join("    " + l for l in lines)


def lang_test(cmd, name, timeout):
    """Return (name, ok, message)."""
    path = os.path.join("tests", "lang", name + ".py")
    exp_path = os.path.join(LANG_DIR, name + ".expected")
    try:
        # newline="": a program may print a raw "\r", which must not read as "\n"
        with open(exp_path, encoding="utf-8", newline="") as f:
            expected = f.read()
    except OSError:
        return name, False, "FAIL %s: no %s.expected" % (name, name)
    got = run_program(cmd, path, timeout)
    if got == expected:
        return name, True, ""
    return name, False, "FAIL %s\n%s" % (name, short_diff(expected, got))


def syntax_cases():
    """[(file, expected result or None)]: the lines of expected.txt, then
    the NNN_*.py case files that have none."""
    cases = []
    try:
        with open(os.path.join(SYNTAX_DIR, "expected.txt"), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line:
                    name, _, want = line.partition(": ")
                    cases.append((name, want))
    except OSError:
        pass
    listed = {n for n, _ in cases}
    for p in sorted(glob.glob(os.path.join(SYNTAX_DIR, "[0-9][0-9][0-9]_*.py"))):
        if os.path.basename(p) not in listed:
            cases.append((os.path.basename(p), None))
    return cases


def syntax_test(cmd, name, want, timeout):
    """Return (name, ok, message)."""
    if want is None:
        return name, False, "FAIL syntax %s: no line in tests/syntax/expected.txt" % name
    path = os.path.join("tests", "syntax", name)
    try:
        p = subprocess.run(cmd + ["--syntax-error", path], cwd=ROOT,
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=timeout)
        got = p.stdout.decode("utf-8", errors="replace").rstrip("\n")
        if p.returncode != 0:
            got += " [exit %d]" % p.returncode
    except subprocess.TimeoutExpired:
        got = "timeout after %gs" % timeout
    except OSError as e:
        got = str(e)
    if got == want:
        return name, True, ""
    return name, False, "FAIL syntax %s\n    expected: %s\n    got:      %s" % (
        name, want, got)


def unit_test(unit_dir, name, timeout):
    """Return (passed, failed, message)."""
    exe = os.path.join(unit_dir, name)
    if not os.path.exists(exe):
        return 0, 1, "FAIL unit %s: %s not built (make unit-tests)" % (name, exe)
    try:
        p = subprocess.run([exe], cwd=ROOT, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout * 6)
    except subprocess.TimeoutExpired:
        return 0, 1, "FAIL unit %s: timeout" % name
    out = p.stdout.decode("utf-8", errors="replace").splitlines()
    counts = [COUNT_RE.match(l.strip()) for l in out]
    counts = [m for m in counts if m]
    if not counts:
        tail = p.stderr.decode("utf-8", errors="replace").strip().splitlines()[-3:]
        return 0, 1, "FAIL unit %s: no count line (exit %d)\n    %s" % (
            name, p.returncode, "\n    ".join(tail))
    passed, failed = int(counts[-1].group(1)), int(counts[-1].group(2))
    msg = ""
    if p.returncode != 0 and failed == 0:
        failed = 1
    if failed:
        fails = [l for l in out if "FAIL" in l][:5]
        err = p.stderr.decode("utf-8", errors="replace").strip().splitlines()[-3:]
        msg = "FAIL unit %s: %d failed (exit %d)\n    %s" % (
            name, failed, p.returncode, "\n    ".join(fails + err))
    return passed, failed, msg


def combine(files):
    passed = failed = 0
    for fn in files:
        try:
            with open(fn) as f:
                a, b = f.read().split()
            passed += int(a)
            failed += int(b)
        except (OSError, ValueError):
            print("FAIL: no counts in %s (that run did not complete)" % fn)
            failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-j", type=int, default=2, help="parallel jobs (default 2)")
    ap.add_argument("--timeout", type=float,
                    default=float(os.environ.get("ASP_TEST_TIMEOUT", "10")))
    ap.add_argument("--unit-dir", default=None)
    ap.add_argument("--no-unit", action="store_true")
    ap.add_argument("--no-syntax", action="store_true")
    ap.add_argument("--no-caps", action="store_true")
    ap.add_argument("--counts", default=None)
    ap.add_argument("--combine", nargs="+", default=None)
    ap.add_argument("filters", nargs="*")
    args = ap.parse_args()
    if args.combine:
        return combine(args.combine)

    asp = os.environ.get("ASP", "build/asp")
    cmd = shlex.split(asp)
    if cmd and not os.path.isabs(cmd[0]) and os.sep in cmd[0]:
        cmd[0] = os.path.join(ROOT, cmd[0])

    def wanted(name):
        return not args.filters or any(f in name for f in args.filters)

    names = sorted(os.path.basename(p)[:-3]
                   for p in glob.glob(os.path.join(LANG_DIR, "*.py")))
    names = [n for n in names if wanted(n)]
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, args.j)) as ex:
        for name, ok, msg in ex.map(lambda n: lang_test(cmd, n, args.timeout),
                                    names):
            if ok:
                passed += 1
            else:
                failed += 1
                print(msg, flush=True)

    if not args.no_syntax:
        cases = [c for c in syntax_cases() if wanted(c[0])]
        with concurrent.futures.ThreadPoolExecutor(max(1, args.j)) as ex:
            for name, ok, msg in ex.map(
                    lambda c: syntax_test(cmd, c[0], c[1], args.timeout), cases):
                if ok:
                    passed += 1
                else:
                    failed += 1
                    print(msg, flush=True)

    if not args.no_unit:
        unit_dir = args.unit_dir or os.path.join(
            os.path.dirname(cmd[0]) if cmd else "build", "tests")
        units = sorted(os.path.basename(p)[:-2]
                       for p in glob.glob(os.path.join(UNIT_DIR, "test_*.c")))
        for name in units:
            if not wanted(name):
                continue
            # a unit binary counts as one test; its own check counts are shown
            p, f, msg = unit_test(unit_dir, name, args.timeout)
            if f:
                failed += 1
                print(msg, flush=True)
            else:
                passed += 1
                print("unit %s: %d checks passed" % (name, p), flush=True)

    if not args.no_caps and cmd and os.path.basename(cmd[-1]) == "asp":
        # tests/caps: files, imports, os, input under permission flags, and
        # the nm check of the library's objects (see tests/caps/run.py).
        # They run in a scratch directory: make the command's paths absolute
        # (under valgrind, which lacks openat2, they check the fallback walk).
        sys.path.insert(0, os.path.join(ROOT, "tests", "caps"))
        import run as caps_run
        ccmd = []
        for w in cmd:
            if w.startswith("--suppressions=") and not os.path.isabs(w[15:]):
                w = "--suppressions=" + os.path.join(ROOT, w[15:])
            elif w is cmd[-1] and not os.path.isabs(w) and os.sep in w:
                w = os.path.join(ROOT, w)
            ccmd.append(w)
        cmd = ccmd
        objdir = os.path.join(os.path.dirname(cmd[-1]), "obj")
        p, f, msgs = caps_run.run_caps(cmd, args.filters, args.timeout, objdir)
        passed += p
        failed += f
        for m in msgs:
            print(m, flush=True)

    if args.counts:
        with open(args.counts, "w") as fh:
            fh.write("%d %d\n" % (passed, failed))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
