# sandbox
# flags: --allow-read=data --allow-write=out
# Escapes from the granted mounts: '..', absolute paths, symlinks, read-only writes.
import os, sys
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
secret = os.path.abspath("../secret.txt")
attempt("dotdot", lambda: open("../secret.txt").read())
attempt("dotdot inside", lambda: open("data/../../secret.txt").read())
attempt("dotdot from out", lambda: open("out/../../secret.txt").read())
attempt("absolute", lambda: open(secret).read())
attempt("etc", lambda: open("/etc/passwd").read())
attempt("proc", lambda: open("/proc/self/mem", "rb").read(1))
attempt("bytes path", lambda: open(b"../secret.txt").read())
attempt("symlink out", lambda: open("data/link_out").read())
attempt("symlink in", lambda: open("data/link_in").read())
attempt("write read-only", lambda: open("data/new.txt", "w"))
attempt("append read-only", lambda: open("data/hello.txt", "a"))
attempt("r+ read-only", lambda: open("data/hello.txt", "r+"))
attempt("write via dotdot", lambda: open("out/../data/new.txt", "w"))
attempt("remove read-only", lambda: os.remove("data/hello.txt"))
attempt("mkdir read-only", lambda: os.mkdir("data/d"))
attempt("listdir root", lambda: os.listdir("/"))
attempt("listdir parent", lambda: os.listdir(".."))
attempt("listdir cwd", lambda: os.listdir("."))
attempt("stat etc", lambda: os.stat("/etc/passwd"))
attempt("exists etc", lambda: os.path.exists("/etc/passwd"))
attempt("exists secret", lambda: os.path.exists(secret))
attempt("nul", lambda: open("data/hello.txt\0x"))
attempt("fd", lambda: open(1, "w"))
attempt("opener", lambda: open("data/hello.txt", opener=lambda p, f: 0))
attempt("read ok", lambda: open("data/hello.txt").read())
attempt("write ok", lambda: open("out/ok.txt", "w").write("fine"))
attempt("read back", lambda: open("out/ok.txt").read())
sys.path.insert(0, "..")
sys.path.insert(0, os.path.dirname(secret))
try:
    import outside_mod
except ImportError as e:
    print("import outside ->", type(e).__name__, e)
