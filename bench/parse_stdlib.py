#!/usr/bin/env python3
"""Parse-only benchmark: asp's front end against CPython 3.13's on the
standard library.

The file set is the one ../shared/tools/astdiff uses by default: every *.py
under CPython 3.13's stdlib directory (sysconfig's 'stdlib' path, which
holds Lib/ and Lib/test/), site-packages and __pycache__ left out.  In one
run it times
  (a) one `asp --parse-only FILE...` process parsing all of them (the same
      parse as --dump-ast, without the dump), and
  (b) one CPython 3.13 process running compile(src, path, "exec",
      ast.PyCF_ONLY_AST) over the same files (read as bytes, like asp),
both including process start and file reading, and prints both times (wall
clock, and the child's user+system CPU time, which other load on the
machine disturbs less) and their ratios.  Files either side rejects are only counted.

usage: python3 bench/parse_stdlib.py [--asp build/asp] [--repeat N] [DIR]
CPython 3.13 is $ASP_REF_PYTHON, else python3.13 on PATH, else pyenv's 3.13.
Runs with any python3."""
import argparse, glob, os, resource, shutil, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CPY_SCRIPT = r'''
import ast, sys, time
files = sys.stdin.read().split("\n")[:-1]
srcs = []
for p in files:
    with open(p, "rb") as f:
        srcs.append(f.read())
bad = 0
t0 = time.perf_counter()
for p, s in zip(files, srcs):
    try:
        compile(s, p, "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        bad += 1
print(bad, time.perf_counter() - t0)
'''


def reference_python():
    if os.environ.get("ASP_REF_PYTHON"):
        return os.environ["ASP_REF_PYTHON"]
    found = shutil.which("python3.13")
    if found and "/shims/" not in found:
        return found
    try:
        root = os.environ.get("PYENV_ROOT") or subprocess.run(
            ["pyenv", "root"], capture_output=True, text=True).stdout.strip()
    except OSError:
        root = os.path.expanduser("~/.pyenv")
    hits = sorted(glob.glob(os.path.join(root, "versions", "3.13*", "bin", "python3.13")))
    if not hits:
        sys.exit("no CPython 3.13 found: set ASP_REF_PYTHON to one")
    return hits[-1]


def collect(top):
    files = []
    for root, dirs, names in os.walk(top):
        dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__"))
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    return files


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--asp", default=os.path.join(ROOT, "build", "asp"))
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    ap.add_argument("dir", nargs="?", default=None)
    a = ap.parse_args()
    py = reference_python()
    top = a.dir or subprocess.run(
        [py, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
        capture_output=True, text=True, check=True).stdout.strip()
    files = collect(top)
    nbytes = sum(os.path.getsize(f) for f in files)
    print("files: %d under %s (%.1f MB)" % (len(files), top, nbytes / 1e6))

    best_asp = best_cpy = cpu_asp = cpu_cpy = None
    for _ in range(max(1, a.repeat)):
        c0, t0 = child_cpu(), time.perf_counter()
        p = subprocess.run([a.asp, "--parse-only"] + files, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        t_asp, c_asp = time.perf_counter() - t0, child_cpu() - c0
        asp_bad = sum(1 for l in p.stderr.decode("utf-8", "replace").splitlines()
                      if l.startswith(("SyntaxError", "IndentationError", "TabError",
                                       "ValueError", "RecursionError"))
                      or l.endswith("MemoryError"))
        if p.returncode not in (0, 1):
            sys.exit("asp --parse-only failed (exit %d)" % p.returncode)
        c0, t0 = child_cpu(), time.perf_counter()
        q = subprocess.run([py, "-c", CPY_SCRIPT], input="".join(f + "\n" for f in files),
                           capture_output=True, text=True, check=True)
        t_cpy, c_cpy = time.perf_counter() - t0, child_cpu() - c0
        cpy_bad, cpy_inner = q.stdout.split()
        best_asp = t_asp if best_asp is None else min(best_asp, t_asp)
        best_cpy = t_cpy if best_cpy is None else min(best_cpy, t_cpy)
        cpu_asp = c_asp if cpu_asp is None else min(cpu_asp, c_asp)
        cpu_cpy = c_cpy if cpu_cpy is None else min(cpu_cpy, c_cpy)
    print("rejected: asp %d, CPython %s" % (asp_bad, cpy_bad))
    print("best of %d runs each" % max(1, a.repeat))
    print("asp --parse-only (one process):       wall %.3f s, cpu %.3f s" % (best_asp, cpu_asp))
    print("CPython 3.13 compile(PyCF_ONLY_AST):  wall %.3f s, cpu %.3f s (parse loop alone: %.3f s wall)"
          % (best_cpy, cpu_cpy, float(cpy_inner)))
    print("ratio CPython / asp: wall %.2f, cpu %.2f  (above 1: asp is faster)"
          % (best_cpy / best_asp, cpu_cpy / max(cpu_asp, 1e-9)))


if __name__ == "__main__":
    main()
