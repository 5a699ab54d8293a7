# sandbox
# No permission flags: the script imports from its own directory and reads only itself.
import os, sys
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
attempt("open data", lambda: open("data/hello.txt").read())
attempt("open itself", lambda: open(__file__).read()[:10])
attempt("write", lambda: open("out/x.txt", "w"))
attempt("listdir", lambda: os.listdir("."))
attempt("stat", lambda: os.stat("data").st_size)
attempt("exists", lambda: os.path.exists("data/hello.txt"))
attempt("getenv", lambda: os.getenv("ASP_CAPS_VAR"))
attempt("environ", lambda: dict(os.environ))
import mymod
print(mymod.NAME)
from pkg.sub import leaf
print(leaf.double(2))
for name in ["system", "fork", "popen", "execv", "execve", "spawnv", "kill", "getpid", "putenv", "chdir"]:
    print(name, hasattr(os, name))
attempt("os.system", lambda: os.system("echo hi"))
