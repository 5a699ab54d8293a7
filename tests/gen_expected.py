#!/usr/bin/env python3
"""Regenerate tests/lang/X.expected from CPython 3.13 (never from asp).

Usage: PYENV_VERSION=3.13.0 python3 tests/gen_expected.py [NAME ...]
With no names, every tests/lang/*.py is regenerated; a name may be given as
X, X.py or tests/lang/X.py.  Each program is run twice under different
PYTHONHASHSEED values; if the two outputs differ the program depends on
hash ordering (e.g. iterates a set of strings) and no file is written.
The format of .expected files is defined by render() in run_lang.py.
"""

import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_lang import LANG_DIR, ROOT, run_program  # noqa: E402


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("gen_expected.py must run under CPython 3.13 "
                 "(PYENV_VERSION=3.13.0 python3), not %s" % sys.version.split()[0])
    if sys.argv[1:]:
        names = [os.path.basename(a)[:-3] if a.endswith(".py") else os.path.basename(a)
                 for a in sys.argv[1:]]
    else:
        names = sorted(os.path.basename(p)[:-3]
                       for p in glob.glob(os.path.join(LANG_DIR, "*.py")))
    bad = 0
    for name in names:
        path = os.path.join("tests", "lang", name + ".py")
        if not os.path.exists(os.path.join(ROOT, path)):
            print("missing:", path)
            bad += 1
            continue
        outs = []
        for seed in ("0", "4242"):
            env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONIOENCODING="utf-8",
                       PYTHONDONTWRITEBYTECODE="1")
            outs.append(run_program([sys.executable], path, 30, env))
        if outs[0] != outs[1]:
            print("NONDETERMINISTIC (hash seed):", name)
            bad += 1
            continue
        if "--- exit 124\ntimeout" in outs[0]:
            print("TIMEOUT:", name)
            bad += 1
            continue
        with open(os.path.join(LANG_DIR, name + ".expected"), "w",
                  encoding="utf-8", newline="\n") as f:
            f.write(outs[0])
    print("%d written, %d problems" % (len(names) - bad, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
