#!/usr/bin/env python3
"""How much of each module in src/modules/py/ repeats CPython's own Lib/
text, line for line.

asp's rule is that code from elsewhere is never copied in, and that includes
writing a module from memory of CPython's source.  This tool makes that
checkable: for each src/modules/py/NAME.py it finds CPython 3.13's module
of the same name (a package's __init__.py and its submodules, or the
_pyNAME/_NAME pure-Python twin), and counts the lines of asp's file that
occur verbatim (whitespace aside) in CPython's.  Only lines that carry
implementation are counted: blank lines, comments, docstrings, imports,
`def`/`class` headers, `__all__` entries, raise and warning lines, lines
that are mostly string literals (messages, formats) and `self.x = x` are
API surface or behaviour any faithful reimplementation shares, so they are
left out.  Generic lines (`except OSError as e:`, delegation such as
`return self._file.tell()`) still match in any implementation, so a module
of our own lands around 20-40%.  A share above --limit (default 45%) in a
module of at least 20 counted lines is reported: such a module
was most likely written from memory of CPython's file and should be
rewritten in its own structure.

Usage: PYENV_VERSION=3.13.0 python3 tools/lib_similarity.py [-v] [--limit PCT] [NAME...]
Prints one line per module (percent, counted lines, identical lines) and,
with -v, the identical lines.  Exit status 1 when a module is over the
limit.
"""
import argparse
import glob
import os
import re
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY_DIR = os.path.join(ROOT, "src", "modules", "py")


def counted(line):
    """The normalised line, or None when it is API surface or trivia."""
    t = re.sub(r"\s+", " ", line.strip())
    if len(t) < 20 or t.startswith(("#", "def ", "class ", "import ", "from ", "@", "__all__")):
        return None
    if re.fullmatch(r"[rbfu]*('''|\"\"\"|'|\").*", t) or t.endswith(('"""', "'''")):
        return None   # docstrings and lines of lone strings
    if re.fullmatch(r"['\"][\w.]+['\"],?( ['\"][\w.]+['\"],?)*\)?\]?", t):
        return None   # lists of names
    if t.startswith(("raise ", "warnings.warn(", "_warnings.warn(")) or "stacklevel=" in t:
        return None   # messages are behaviour: they must be CPython's
    m = re.fullmatch(r"self\.(_?)(\w+) = (\w+)", t)
    if m and m.group(2) == m.group(3):
        return None   # storing an argument under its own name
    strings = sum(len(x) for x in re.findall(r"'[^']*'|\"[^\"]*\"", t))
    if strings * 2 > len(t):
        return None   # mostly text: a message, a format, a table entry
    return t


def cpython_sources(name, lib):
    parts = name.split(".")
    base = os.path.join(lib, *parts)
    found = []
    for cand in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.exists(cand):
            found.append(cand)
    if os.path.isdir(base):
        found += glob.glob(os.path.join(base, "*.py"))
    for twin in ("_py" + parts[-1], "_" + parts[-1]):
        cand = os.path.join(lib, *parts[:-1], twin + ".py")
        if os.path.exists(cand):
            found.append(cand)
    return sorted(set(found))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=float, default=45.0)
    ap.add_argument("-v", action="store_true")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    if sys.version_info[:2] != (3, 13):
        sys.exit("run under CPython 3.13: PYENV_VERSION=3.13.0 python3 tools/lib_similarity.py")
    lib = sysconfig.get_paths()["stdlib"]
    names = a.names or sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(PY_DIR, "*.py")))
    over = 0
    for name in names:
        srcs = cpython_sources(name, lib)
        if not srcs:
            continue
        theirs = set()
        for s in srcs:
            with open(s, encoding="utf-8") as fh:
                theirs |= {c for c in map(counted, fh) if c}
        with open(os.path.join(PY_DIR, name + ".py"), encoding="utf-8") as fh:
            ours = [c for c in map(counted, fh) if c]
        same = [c for c in ours if c in theirs]
        pct = 100.0 * len(same) / len(ours) if ours else 0.0
        flag = "  OVER" if pct > a.limit and len(ours) >= 20 else ""
        over += bool(flag)
        print("%5.1f%%  %4d lines  %4d identical  %s%s" % (pct, len(ours), len(same), name, flag))
        if a.v:
            for c in same:
                print("        " + c[:110])
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
