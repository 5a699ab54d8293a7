#!/usr/bin/env python3
"""Capability tests: programs that use files, imports, os, the environment,
input and the clocks, run by the `asp` command with the permissions their
first lines ask for, inside a scratch copy of tests/caps/fixture/.

Each tests/caps/X.py starts with header comments:
    # flags: --allow-read=data --allow-write=out     (asp options; default none)
    # stdin: text with \\n escapes                   (default: empty input)
    # sandbox                                        (the expectation is asp's own)
The scratch tree is TMP/work (a copy of fixture/work plus an empty out2/, the working directory,
where X.py is copied too), TMP/secret.txt and TMP/outside_mod.py outside it, and two symlinks:
work/data/link_out -> ../../secret.txt (leading out of the mount) and
work/data/link_in -> hello.txt, and more in work/data: sub/up_out ->
../../../secret.txt, sub/up_in -> ../hello.txt, dirlink -> sub, loop -> loop,
abs_link -> /etc/passwd, sub/top -> ../.. (see make_tree).  The environment has ASP_CAPS_VAR=granted-value
and ASP_CAPS_OTHER=hidden-value.  Output is rendered as in tests/run_lang.py
(stdout, then `--- exit N` and the last stderr line when the status is not 0)
with TMP replaced by <tmp>, and compared with X.expected.

X.expected comes from CPython 3.13 (`PYENV_VERSION=3.13.0 python3
tests/caps/run.py --gen X`, which runs the same interpreter in the same tree) unless the test says
`# sandbox`: then the expectation is what the sandbox promises (permission
errors on escapes, hidden variables, limits) and is written by hand.

Also here: check_nm(), the test that no object file of the library outside
src/cap/ references a libc function reaching the outside world.

Usage: tests/caps/run.py [--asp build/asp] [--gen NAME...] [FILTER...]
"""
import argparse, glob, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def headers(path):
    flags, stdin, sandbox = [], "", False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*flags:\s*(.*)", line)
            if m:
                flags = m.group(1).split()
            m = re.match(r"#\s*stdin:\s*(.*)", line)
            if m:
                stdin = m.group(1).rstrip("\n").encode().decode("unicode_escape")
            if re.match(r"#\s*sandbox\s*$", line):
                sandbox = True
    return flags, stdin, sandbox


def make_tree(name):
    tmp = tempfile.mkdtemp(prefix="aspcaps")
    tmp = os.path.realpath(tmp)
    work = os.path.join(tmp, "work")
    shutil.copytree(os.path.join(HERE, "fixture", "work"), work)
    with open(os.path.join(tmp, "secret.txt"), "w") as fh:
        fh.write("top secret\n")
    with open(os.path.join(tmp, "outside_mod.py"), "w") as fh:
        fh.write("print('escaped')\n")
    os.symlink("../../secret.txt", os.path.join(work, "data", "link_out"))
    os.symlink("hello.txt", os.path.join(work, "data", "link_in"))
    os.symlink("../../../secret.txt", os.path.join(work, "data", "sub", "up_out"))
    os.symlink("../hello.txt", os.path.join(work, "data", "sub", "up_in"))
    os.symlink("sub", os.path.join(work, "data", "dirlink"))
    os.symlink("loop", os.path.join(work, "data", "loop"))
    os.symlink("/etc/passwd", os.path.join(work, "data", "abs_link"))
    os.symlink("../..", os.path.join(work, "data", "sub", "top"))
    os.makedirs(os.path.join(work, "out"), exist_ok=True)
    os.makedirs(os.path.join(work, "out2"), exist_ok=True)   # a second writable mount
    with open(os.path.join(work, "data", "crlf.txt"), "wb") as fh:
        fh.write(b"one\r\ntwo\rthree\nfour")
    shutil.copy(os.path.join(HERE, name + ".py"), os.path.join(work, name + ".py"))
    return tmp


def render(rc, out, err, tmp):
    text = out
    if rc != 0:
        if text and not text.endswith("\n"):
            text += "\n"
        text += "--- exit %d\n" % rc
        lines = [l for l in err.splitlines() if l.strip()]
        if lines:
            text += lines[-1] + "\n"
    return text.replace(tmp, "<tmp>")


def run_one(cmd, name, timeout):
    flags, stdin, _ = headers(os.path.join(HERE, name + ".py"))
    tmp = make_tree(name)
    env = dict(os.environ, ASP_CAPS_VAR="granted-value", ASP_CAPS_OTHER="hidden-value")
    try:
        p = subprocess.run(cmd + flags + [name + ".py"], cwd=os.path.join(tmp, "work"),
                           input=stdin.encode(), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=env)
        return render(p.returncode, p.stdout.decode("utf-8", "replace"),
                      p.stderr.decode("utf-8", "replace"), tmp)
    except subprocess.TimeoutExpired:
        return "--- timeout\n"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def names():
    return sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "*.py"))
                  if os.path.basename(p) != "run.py")


# Functions that reach the world outside the process's memory.
WORLD = {"open", "open64", "openat", "openat64", "fopen", "fopen64", "freopen", "creat",
         "getenv", "secure_getenv", "time", "clock_gettime", "gettimeofday", "clock",
         "socket", "connect", "bind", "listen", "accept", "system", "popen", "fork", "vfork",
         "execve", "execv", "execvp", "execvpe", "execl", "execlp", "execle", "posix_spawn",
         "dlopen", "dlsym", "getrandom", "getentropy", "readdir", "readdir64", "opendir",
         "fdopendir", "stat", "stat64", "lstat", "fstatat", "fstatat64", "syscall", "mkdirat",
         "unlinkat", "unlink", "mkdir", "rmdir", "read", "write", "lseek", "ftruncate",
         "nanosleep", "sleep", "usleep", "kill", "ptrace", "setlocale", "close", "fstat",
         "fcntl", "ioctl", "pipe", "dup", "dup2", "chdir", "chmod", "rename", "renameat",
         "symlink", "link", "truncate", "utime", "getcwd", "getpid", "environ", "realpath",
         "fread", "fwrite", "fgets", "getc", "putc", "puts", "printf", "fprintf",
         "statfs", "fstatfs"}


def check_nm(objdir):
    """(ok, message): no library object outside src/cap/ uses WORLD."""
    objs = sorted(glob.glob(os.path.join(objdir, "src", "**", "*.o"), recursive=True))
    objs = [o for o in objs if os.sep + "cli" + os.sep not in o]
    if not objs:
        return False, "caps_nm: no object files under %s" % objdir
    bad = []
    for o in objs:
        p = subprocess.run(["nm", "-u", o], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            return False, "caps_nm: nm failed on %s" % o
        for line in p.stdout.decode().splitlines():
            sym = line.split()[-1].split("@")[0]
            # fortified and versioned spellings: __open_2, __read_chk, open64
            plain = re.sub(r"(_chk|_2|64)$", "", sym.lstrip("_"))
            if (sym in WORLD or plain in WORLD) and os.sep + "cap" + os.sep not in o:
                bad.append("%s: %s" % (os.path.relpath(o, objdir), sym))
    if bad:
        return False, "caps_nm: outside src/cap/: " + ", ".join(bad)
    return True, "caps_nm: %d objects checked" % len(objs)


def run_caps(cmd, filters, timeout, objdir):
    """(passed, failed, messages) for tests/run_lang.py."""
    passed = failed = 0
    msgs = []
    for name in names():
        if filters and not any(f in "caps_" + name for f in filters):
            continue
        exp_path = os.path.join(HERE, name + ".expected")
        got = run_one(cmd, name, timeout)
        try:
            with open(exp_path, encoding="utf-8") as fh:
                exp = fh.read()
        except OSError:
            exp = None
        if got == exp:
            passed += 1
        else:
            failed += 1
            import difflib
            diff = "".join(difflib.unified_diff((exp or "").splitlines(True), got.splitlines(True),
                                                "expected", "got"))
            msgs.append("FAIL caps %s:\n%s" % (name, diff))
    if not filters or any(f in "caps_nm" for f in filters):
        ok, msg = check_nm(objdir)
        if ok:
            passed += 1
        else:
            failed += 1
            msgs.append("FAIL " + msg)
    return passed, failed, msgs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--asp", default=os.environ.get("ASP", "build/asp"))
    ap.add_argument("--gen", action="store_true", help="write X.expected from CPython 3.13")
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("filters", nargs="*")
    a = ap.parse_args()
    if a.gen:
        # the reference is the interpreter running this script: a "python3"
        # started from inside a pyenv-run process is 3.11 whatever
        # PYENV_VERSION says
        if sys.version_info[:2] != (3, 13):
            sys.exit("--gen must run under CPython 3.13 (PYENV_VERSION=3.13.0 python3 "
                     "tests/caps/run.py --gen NAME), not %s" % sys.version.split()[0])
        for name in a.filters:
            _, _, sandbox = headers(os.path.join(HERE, name + ".py"))
            if sandbox:
                print("%s: a sandbox test; write its expectation by hand" % name)
                continue
            env = dict(os.environ, PYENV_VERSION="3.13.0")
            tmp = make_tree(name)
            _, stdin, _ = headers(os.path.join(HERE, name + ".py"))
            try:
                env.update(ASP_CAPS_VAR="granted-value", ASP_CAPS_OTHER="hidden-value")
                p = subprocess.run([sys.executable, name + ".py"], cwd=os.path.join(tmp, "work"),
                                   input=stdin.encode(), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=env)
                out = render(p.returncode, p.stdout.decode(), p.stderr.decode(), tmp)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            with open(os.path.join(HERE, name + ".expected"), "w", encoding="utf-8") as fh:
                fh.write(out)
            print("wrote %s.expected" % name)
        return 0
    cmd = [os.path.join(ROOT, a.asp) if not os.path.isabs(a.asp) else a.asp]
    objdir = os.path.join(os.path.dirname(cmd[0]), "obj")
    p, f, msgs = run_caps(cmd, a.filters, a.timeout, objdir)
    for m in msgs:
        print(m)
    print("%d passed, %d failed" % (p, f))
    return 1 if f else 0


if __name__ == "__main__":
    sys.exit(main())
