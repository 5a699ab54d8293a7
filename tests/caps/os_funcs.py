# flags: --allow-read=data --allow-write=out
# os and os.path.
import os, os.path
print(os.name, os.sep, os.curdir, os.pardir, os.linesep == "\n")
print(os.getcwd().endswith("/work"))
print(sorted(os.listdir("data")))
print(sorted(os.listdir("data/sub")))
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b"), os.path.join("", "x"))
for p in ["a/b/c.txt", "/a/b/", "c", "/", "", "a.tar.gz", ".bashrc", "a/.b", "a/b.", "//x"]:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.splitext(p))
for p in ["a/../b", "./a/./b/", "/../x", "a//b", "", "..", "../..", "/a/b/../../..", "//a"]:
    print(repr(p), os.path.normpath(p))
print(os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.abspath("data") == os.path.join(os.getcwd(), "data"))
print(os.path.exists("data/hello.txt"), os.path.exists("data/none"), os.path.isfile("data/hello.txt"), os.path.isdir("data"), os.path.isfile("data"), os.path.isdir("data/hello.txt"))
print(os.path.getsize("data/hello.txt"), os.stat("data/hello.txt").st_size)
os.mkdir("out/d")
print(os.path.isdir("out/d"))
with open("out/d/f.txt", "w") as f:
    f.write("x")
print(os.listdir("out/d"))
try:
    os.rmdir("out/d")
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove("out/d/f.txt")
os.rmdir("out/d")
print(os.path.exists("out/d"))
try:
    os.remove("out/none")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    os.mkdir("out")
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    os.listdir("data/hello.txt")
except NotADirectoryError as e:
    print("NotADirectoryError:", e)
os.makedirs("out/p/q/r")
os.makedirs("out/p/q/r", exist_ok=True)
print(os.path.isdir("out/p/q/r"))
print(len(os.urandom(8)), type(os.urandom(0)))
print(os.getenv("ASP_CAPS_NOT_SET"), os.getenv("ASP_CAPS_NOT_SET", "dflt"))
print(type(os.environ).__name__ in ("dict", "_Environ"))
