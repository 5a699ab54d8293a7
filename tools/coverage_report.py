#!/usr/bin/env python3
"""Coverage report of src/ for `make coverage`, from the .gcda/.gcno files of
the gcov build in DIR (default build/coverage), with Debian's gcovr.

Writes DIR/report.txt (lines per file), DIR/report-branches.txt (branches
per file), DIR/summary.json and DIR/html/index.html, and prints the files
with the most uncovered lines, then the summary line, last:
    coverage: lines X% (a/b), branches Y% (c/d)

Usage: tools/coverage_report.py [DIR] [--top N]
"""
import argparse, json, os, shutil, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default="build/coverage")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("-j", type=int, default=2)
    args = ap.parse_args()
    if not shutil.which("gcovr"):
        print("coverage_report: gcovr is missing (apt-get install gcovr)", file=sys.stderr)
        return 2
    d = os.path.join(ROOT, args.dir)
    os.makedirs(os.path.join(d, "html"), exist_ok=True)
    # The .gcda files are read once into a JSON tracefile; every report is
    # made from it (gcov runs only once).
    trace = os.path.join(d, "coverage.json")
    common = ["gcovr", "-r", ROOT, "--filter", os.path.join(ROOT, "src") + "/",
              "--exclude-unreachable-branches"]
    # --gcov-ignore-parse-errors: calls that a longjmp unwinds (every raise)
    # can make gcov print a negative "call N returned" count, which gcovr
    # cannot parse; those lines hold call counts, not line or branch data.
    subprocess.run(common + ["-j", str(args.j), "--gcov-ignore-parse-errors",
                             "--object-directory", os.path.join(d, "obj"),
                             "--json", trace, os.path.join(d, "obj")], check=True, cwd=ROOT)
    subprocess.run(common + ["-a", trace, "--txt", os.path.join(d, "report.txt"),
                             "--json-summary", os.path.join(d, "summary.json"),
                             "--html-details", os.path.join(d, "html", "index.html")],
                   check=True, cwd=ROOT)
    subprocess.run(common + ["-a", trace, "-b", "--txt", os.path.join(d, "report-branches.txt")],
                   check=True, cwd=ROOT)
    with open(os.path.join(d, "summary.json")) as fh:
        s = json.load(fh)
    files = sorted(s["files"], key=lambda f: f["line_total"] - f["line_covered"], reverse=True)
    print("most uncovered lines (file: uncovered lines, line%, branch%):")
    for f in files[:args.top]:
        print("  %-32s %5d  %5.1f%%  %5.1f%%" % (f["filename"], f["line_total"] - f["line_covered"],
                                                 f["line_percent"], f["branch_percent"]))
    print("coverage: lines %.1f%% (%d/%d), branches %.1f%% (%d/%d)" % (
        s["line_percent"], s["line_covered"], s["line_total"],
        s["branch_percent"], s["branch_covered"], s["branch_total"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
