#!/usr/bin/env python3
"""Run the hostile programs of tests/security/ and check their declared outcomes.

Every tests/security/X.py starts with comment lines that declare what must
happen when `$ASP ARGS tests/security/X.py` runs (from the repository root,
stdin closed):

    # expect: ok                      exit status 0
    # expect: exception NAME          an uncaught NAME: the last stderr line is
                                      "NAME" or starts with "NAME:" (exit status 1)
    # expect: limit KIND              a --max-* limit ended the run: exit status 3
                                      and the last stderr line names KIND
                                      (time, instructions, output, ...)
    # stdout: TEXT                    TEXT is a line of stdout (several such
                                      lines must appear in this order)
    # stderr-contains: TEXT           TEXT occurs in stderr
    # args: --max-memory=64M ...      options put before the script path
    # max-seconds: 1.2                the run takes at most this wall time
    # max-rss: 64M+base               peak RSS at most 64 MiB plus the RSS of
                                      `$ASP -c pass` (the interpreter's baseline)
    # timeout: 30                     seconds before the run counts as hung
                                      (default --timeout)
    # sandbox: WHY                    CPython 3.13 behaves differently (the
                                      outcome is a rule of the sandbox); other
                                      programs' declarations are CPython's own
                                      behaviour, checked with --cpython

Several `expect` lines are alternatives (used only where CPython's outcome
depends on its C stack, e.g. parser recursion).  A run killed by a signal, a
hang, or a sanitizer report always fails.  The four groups are the name
prefixes escape_, bomb_, crash_ and source_.

tests/security/skip.txt lists programs (`NAME: reason`) that fail only
because a feature has not landed yet: they still run, their failures are
reported as "skipped" and do not count; a listed program that passes is
reported so the line can be removed.

Usage: tests/security/run.py [-j N] [--timeout S] [--no-timing] [--cpython]
                             [--counts FILE] [NAME-FILTER ...]
--no-timing drops the max-seconds and max-rss checks (sanitizer builds).
--cpython runs the programs without a `sandbox` line under
`PYENV_VERSION=3.13.0 python3` (without ARGS) to check the declarations.
The last line printed is `N passed, M failed`; exit status 1 if anything failed.
"""

import argparse
import concurrent.futures
import glob
import os
import re
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAN_RE = re.compile(rb"ERROR: (Address|Leak|Thread|Memory)Sanitizer|runtime error:")
LIMIT_WORDS = {"instructions": "instruction", "time": "time", "output": "output",
               "memory": "memory", "recursion": "recursion"}


def parse_header(data):
    """The declarations of one program (a dict of lists)."""
    decl = {}
    text = data.decode("latin-1")
    if text.startswith("\xef\xbb\xbf"):
        text = text[3:]
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"#\s*([a-z-]+):\s?(.*)$", line)
        if m:
            decl.setdefault(m.group(1), []).append(m.group(2).rstrip())
    return decl


def parse_size(s):
    mul = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    if s and s[-1] in mul:
        return int(float(s[:-1]) * mul[s[-1]])
    return int(s)


def run(cmd, timeout):
    """(rc, stdout, stderr, seconds, maxrss_bytes); rc None on timeout."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        return None, out, err, time.monotonic() - t0, 0
    dt = time.monotonic() - t0
    # the child is reaped by communicate(); its peak RSS is in RUSAGE_CHILDREN
    # only as a maximum over all children, so wait4 is used instead when possible
    return p.returncode, out, err, dt, getattr(p, "_asp_rss", 0)


def run_rss(cmd, timeout):
    """Like run() under /usr/bin/time, which reports the peak RSS of the
    command itself (wait4 from here would include this Python's pages,
    inherited by the forked child before exec)."""
    rc, out, err, dt, _ = run(["/usr/bin/time", "-f", "ASP_MAXRSS %M"] + cmd, timeout)
    rss = 0
    lines = err.split(b"\n")
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].startswith(b"ASP_MAXRSS "):
            rss = int(lines[i].split()[1]) * 1024
            del lines[i]
            break
    err = b"\n".join(l for l in lines if not l.startswith(b"Command terminated by signal")
                     and not l.startswith(b"Command exited with non-zero status"))
    m = re.search(rb"Command terminated by signal (\d+)", b"\n".join(lines))
    if rc is not None and rc >= 128 and m:
        rc = -int(m.group(1))
    return rc, out, err, dt, rss


def outcome(rc, stderr):
    """The outcome of a run as an `expect` value."""
    if rc is None:
        return "hang"
    if rc < 0:
        return "signal %d" % -rc
    if rc == 0:
        return "ok"
    lines = [l for l in stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    last = lines[-1].strip() if lines else ""
    if rc == 3 and "exceeded" in last:
        return "limit " + last
    m = re.match(r"([A-Za-z_][A-Za-z0-9_.]*)(:|$)", last)
    return "exception " + (m.group(1) if m else last) if rc == 1 else "exit %d: %s" % (rc, last)


def matches(expect, got):
    if expect.startswith("limit "):
        word = LIMIT_WORDS.get(expect[6:].strip(), expect[6:].strip())
        return got.startswith("limit ") and word in got
    return expect.strip() == got


def check(path, args):
    """A list of problems of one program (empty: passed)."""
    name = os.path.basename(path)[:-3]
    with open(path, "rb") as f:
        decl = parse_header(f.read())
    expects = decl.get("expect")
    if not expects:
        return ["no `# expect:` line"]
    if args.cpython:
        cmd = ["python3", os.path.relpath(path, ROOT)]
    else:
        extra = shlex.split(" ".join(decl.get("args", [])))
        cmd = shlex.split(args.asp) + extra + [os.path.relpath(path, ROOT)]
    timeout = float(decl.get("timeout", [args.timeout])[0])
    want_rss = "max-rss" in decl and not args.no_timing and not args.cpython
    runner = run_rss if want_rss else run
    rc, out, err, dt, rss = runner(cmd, timeout)
    problems = []
    got = outcome(rc, err)
    if not any(matches(e, got) for e in expects):
        problems.append("expected %s, got %s" % (" or ".join(expects), got))
    if SAN_RE.search(err):
        problems.append("sanitizer report: " +
                        SAN_RE.search(err).group(0).decode())
    lines = out.decode("utf-8", "replace").splitlines()
    pos = 0
    for want in decl.get("stdout", []):
        try:
            pos = lines.index(want, pos) + 1
        except ValueError:
            problems.append("stdout lacks the line %r (got %r)" %
                            (want, "\n".join(lines)[-300:]))
            break
    for want in decl.get("stderr-contains", []):
        if want.encode() not in err:
            problems.append("stderr lacks %r (got %r)" %
                            (want, err.decode("utf-8", "replace")[-300:]))
    if not args.no_timing and not args.cpython:
        if "max-seconds" in decl and dt > float(decl["max-seconds"][0]):
            problems.append("took %.2f s, more than %s s" % (dt, decl["max-seconds"][0]))
        if want_rss:
            spec = decl["max-rss"][0]
            lim = parse_size(spec.split("+")[0])
            if spec.endswith("+base"):
                lim += args.base_rss
            if rss > lim:
                problems.append("peak RSS %.1f MiB, more than %.1f MiB" % (rss / 2**20, lim / 2**20))
    if problems and args.verbose:
        problems.append("stderr tail: %r" % err.decode("utf-8", "replace")[-400:])
    return problems


def load_skips():
    skips = {}
    p = os.path.join(HERE, "skip.txt")
    if os.path.exists(p):
        for line in open(p, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, why = line.partition(":")
                skips[name.strip()] = why.strip()
    return skips


def main():
    ap = argparse.ArgumentParser(description="tests/security runner")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--no-timing", action="store_true")
    ap.add_argument("--cpython", action="store_true")
    ap.add_argument("--counts")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("filters", nargs="*")
    args = ap.parse_args()
    args.asp = os.environ.get("ASP", "build/asp")
    if args.cpython:
        os.environ["PYENV_VERSION"] = "3.13.0"
    progs = sorted(glob.glob(os.path.join(HERE, "*.py")))
    progs = [p for p in progs if os.path.basename(p) != "run.py"]
    if args.filters:
        progs = [p for p in progs if any(f in os.path.basename(p) for f in args.filters)]
    if args.cpython:
        progs = [p for p in progs if "sandbox" not in parse_header(open(p, "rb").read())]
    args.base_rss = 0
    if not args.no_timing and not args.cpython:
        args.base_rss = run_rss(shlex.split(args.asp) + ["-c", "pass"], 30)[4]
    skips = {} if args.cpython else load_skips()
    passed = failed = skipped = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, args.j)) as ex:
        results = list(ex.map(lambda p: (p, check(p, args)), progs))
    for path, problems in results:
        name = os.path.basename(path)[:-3]
        if name in skips:
            if problems:
                skipped += 1
                if args.verbose:
                    print("SKIP %s (%s): %s" % (name, skips[name], "; ".join(problems)))
                continue
            print("NOTE %s is in skip.txt but passes" % name)
        if problems:
            failed += 1
            print("FAIL %s" % name)
            for pr in problems:
                print("    " + pr)
        else:
            passed += 1
    if skipped:
        print("%d skipped (tests/security/skip.txt)" % skipped)
    if args.counts:
        with open(args.counts, "w") as f:
            f.write("%d %d\n" % (passed, failed))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
