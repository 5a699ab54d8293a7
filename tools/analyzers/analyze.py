#!/usr/bin/env python3
"""Static analysis of src/: gcc -fanalyzer, clang-tidy and cppcheck.

Usage: tools/analyzers/analyze.py [-j N] [--only TEXT]... [--show-suppressed] TOOL...
TOOL is gcc, tidy or cppcheck (`make analyze` runs all three; `make
analyze-gcc` etc. one).  Every finding is printed as
    path:line:col: TOOL CHECK: message
and compared with tools/analyzers/suppressions.txt, the one file where false
positives and deliberate patterns are accepted, each with its reason (its
header explains the format).  The last line is
    analyze: N findings, M suppressed (TOOLS)
and the exit status is 1 when N > 0 (or when a suppression has no reason).
Suppressions that matched nothing are listed as a reminder to remove them,
without failing (another tool or version may still need them).  --only
restricts gcc and tidy to some files, for checking a fix quickly.

Each tool runs on every .c file under src/ separately, N at a time (the
whole run takes a few minutes on two cores).  Flags follow the Makefile's.
"""
import argparse, fnmatch, os, re, shutil, subprocess, sys, time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SUPP = os.path.join(ROOT, "tools", "analyzers", "suppressions.txt")
CFLAGS = ["-std=c11", "-D_DEFAULT_SOURCE", "-Iinclude", "-Isrc"]

# clang-tidy: every check of these families.  A suppression of a whole check
# (`tidy * CHECK -- reason` in suppressions.txt) also turns the check off, so
# that it costs no time and prints nothing.
TIDY_FAMILIES = ["bugprone-*", "cert-*", "clang-analyzer-*"]

# cppcheck: errors plus the warning and portability classes (the style and
# performance classes are advice, not defects).
CPPCHECK_ENABLE = "warning,portability"

FINDING = re.compile(r"^(?P<path>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): (?:warning|error): "
                     r"(?P<msg>.*?) \[(?P<check>[^\]]+)\]$")


def sources():
    out = []
    for d, _, fs in os.walk(os.path.join(ROOT, "src")):
        out += [os.path.relpath(os.path.join(d, f), ROOT) for f in fs if f.endswith(".c")]
    return sorted(out)


def run(cmd):
    # the C locale: plain ASCII quotes in messages, whatever the machine's
    p = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, env=dict(os.environ, LC_ALL="C"))
    return p.returncode, p.stdout.decode("utf-8", "replace")


def parse(tool, text):
    found = []
    for line in text.splitlines():
        m = FINDING.match(line)
        if not m:
            continue
        check = m["check"]
        if tool == "gcc":
            check = check.split(",")[-1].strip()   # "CWE-476] [-Wanalyzer-..." forms
            check = re.sub(r"^.*\[", "", check)
        path = os.path.relpath(os.path.join(ROOT, m["path"]), ROOT)
        found.append((path, int(m["line"]), int(m["col"]), tool, check, m["msg"]))
    return found


def gcc_one(src):
    # -fanalyzer works on GIMPLE, so the file is compiled (to /dev/null);
    # the ordinary warnings are the build's business (-Werror there).
    rc, out = run(["gcc", *CFLAGS, "-O1", "-fanalyzer", "-fdiagnostics-plain-output",
                   "-fno-diagnostics-show-caret", "-c", src, "-o", os.devnull])
    found = parse("gcc", out)
    if rc != 0 and not found:
        found.append((src, 0, 0, "gcc", "compile-error", out.strip().splitlines()[-1:] and out.strip().splitlines()[-1] or "failed"))
    return found


def tidy_one(src, checks):
    rc, out = run(["clang-tidy", "--quiet", "--checks=" + checks,
                   "--header-filter=^(src|include)/", src, "--", *CFLAGS])
    return parse("tidy", out)


def cppcheck_all(j, skip):
    # cppcheck parallelizes itself; --inline-suppr is not given: every
    # suppression lives in suppressions.txt.  cppcheck 2.10 does not read
    # C11's _Noreturn, so it is spelt as the attribute it knows (else every
    # `if (!p) err_no_memory(r);` looks like a possible NULL dereference).
    tpl = "{file}:{line}:{column}: warning: {message} [{id}]"
    rc, out = run(["cppcheck", "--quiet", "--std=c11", "--enable=" + CPPCHECK_ENABLE,
                   "-D_DEFAULT_SOURCE", "-D_Noreturn=__attribute__((noreturn))",
                   "-Iinclude", "-Isrc", "-j", str(j), *[a for p in skip for a in ("-i", p)],
                   "--template=" + tpl, "--error-exitcode=0", "src"])
    found = parse("cppcheck", out)
    # missingInclude & co. are information about cppcheck's own setup
    return [f for f in found if f[4] not in ("missingInclude", "missingIncludeSystem")]


def load_suppressions():
    """Each line: TOOL PATH-GLOB CHECK-GLOB [MESSAGE-SUBSTRING] -- REASON."""
    rules, errors = [], []
    with open(SUPP, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            left, sep, reason = s.partition(" -- ")
            fields = left.split(None, 3)
            if not sep or not reason.strip() or len(fields) < 3:
                errors.append("%s:%d: a suppression needs TOOL PATH CHECK [TEXT] -- REASON" % (SUPP, n))
                continue
            tool, path, check = fields[:3]
            text = fields[3] if len(fields) > 3 else ""
            rules.append({"n": n, "tool": tool, "path": path, "check": check, "text": text, "used": 0})
    return rules, errors


def suppressed(rules, f):
    path, line, col, tool, check, msg = f
    for r in rules:
        if r["tool"] == tool and fnmatch.fnmatchcase(path, r["path"]) \
                and fnmatch.fnmatchcase(check, r["check"]) and r["text"] in msg:
            r["used"] += 1
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--show-suppressed", action="store_true")
    ap.add_argument("--only", action="append", default=[],
                    help="analyze only the files whose path contains this (gcc, tidy)")
    ap.add_argument("tools", nargs="+", choices=["gcc", "tidy", "cppcheck"])
    args = ap.parse_args()
    rules, errors = load_suppressions()
    for e in errors:
        print(e)
    srcs = [s for s in sources() if not args.only or any(o in s for o in args.only)]
    findings = []
    for tool in args.tools:
        exe = {"gcc": "gcc", "tidy": "clang-tidy", "cppcheck": "cppcheck"}[tool]
        if not shutil.which(exe):
            print("analyze: %s is not installed" % exe)
            errors.append(exe)
            continue
        t0 = time.time()
        if tool == "cppcheck":
            # `cppcheck PATH SKIP -- reason`: a file cppcheck does not read
            skip = [r["path"] for r in rules if r["tool"] == "cppcheck" and r["check"] == "SKIP"]
            for r in rules:
                if r["check"] == "SKIP":
                    r["used"] = -1
            got = cppcheck_all(args.j, skip)
        else:
            if tool == "gcc":
                one = gcc_one
            else:
                off = ["-" + r["check"] for r in rules
                       if r["tool"] == "tidy" and r["path"] == "*" and not r["text"]]
                checks = ",".join(["-*"] + TIDY_FAMILIES + off)
                one = lambda src: tidy_one(src, checks)
                for r in rules:    # (they match nothing now: not worth a note)
                    if "-" + r["check"] in off:
                        r["used"] = -1
            with ThreadPoolExecutor(args.j) as ex:
                got = [f for fs in ex.map(one, srcs) for f in fs]
        got = sorted(set(got))    # a header's finding is seen from every file including it
        findings += got
        print("analyze: %s: %d raw findings in %.0f s" % (tool, len(got), time.time() - t0), flush=True)
    bad = shown = 0
    for f in findings:
        s = suppressed(rules, f)
        if s and not args.show_suppressed:
            continue
        print("%s:%d:%d: %s %s: %s%s" % (f[0], f[1], f[2], f[3], f[4], f[5], " (suppressed)" if s else ""))
        bad += not s
    for r in rules:
        if r["used"] == 0 and r["tool"] in args.tools:
            print("analyze: note: suppressions.txt:%d matched nothing (%s %s %s)" % (
                r["n"], r["tool"], r["path"], r["check"]))
    print("analyze: %d findings, %d suppressed (%s)" % (bad, len(findings) - bad, " ".join(args.tools)))
    return 1 if bad or errors else 0


if __name__ == "__main__":
    sys.exit(main())
