# flags: --allow-read=data --allow-write=out
# shutil and tempfile within a writable directory.
import os
import shutil
import tempfile

os.makedirs("out/src/sub/deep")
for name, text in [("src/a.txt", "alpha\n"), ("src/b.log", "beta\n"), ("src/sub/c.txt", "gamma\n"),
                   ("src/sub/deep/d.txt", "delta\n")]:
    with open("out/" + name, "w") as f:
        f.write(text)
print(shutil.copyfile("out/src/a.txt", "out/copy.txt"), open("out/copy.txt").read(), end="")
print(shutil.copy("out/src/a.txt", "out/src/sub"), shutil.copy2("out/src/b.log", "out/c2.log"))
try:
    shutil.copyfile("out/src/a.txt", "out/src/a.txt")
except shutil.SameFileError as e:
    print(type(e).__name__, e, isinstance(e, OSError))
try:
    shutil.copyfile("out/none.txt", "out/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
print(shutil.copytree("out/src", "out/dst"))
print(sorted((t, sorted(d), sorted(f)) for t, d, f in os.walk("out/dst")))
print(shutil.copytree("out/src", "out/dst2", ignore=shutil.ignore_patterns("*.log", "deep")))
print(sorted((t, sorted(d), sorted(f)) for t, d, f in os.walk("out/dst2")))
try:
    shutil.copytree("out/src", "out/dst")
except FileExistsError as e:
    print(type(e).__name__, e)
shutil.copytree("out/src", "out/dst", dirs_exist_ok=True)
print(shutil.move("out/dst2", "out/moved"), sorted(os.listdir("out")))
print(shutil.move("out/copy.txt", "out/moved"), sorted(os.listdir("out/moved")))
shutil.rmtree("out/dst")
print(os.path.exists("out/dst"))
try:
    shutil.rmtree("out/none")
except FileNotFoundError as e:
    print(type(e).__name__, e)
shutil.rmtree("out/none", ignore_errors=True)
seen = []
shutil.rmtree("out/none", onexc=lambda f, p, e: seen.append((p, type(e).__name__)))
print(seen)
try:
    shutil.rmtree("out/c2.log")
except NotADirectoryError as e:
    print(type(e).__name__, e)
buf = []
with open("out/src/a.txt") as src, open("out/cat.txt", "w") as dst:
    shutil.copyfileobj(src, dst, 2)
print(open("out/cat.txt").read(), end="")
print(shutil.which("definitely-no-such-program-xyz"))
tempfile.tempdir = os.path.abspath("out")
print(tempfile.gettempdir() == os.path.abspath("out"), tempfile.gettempprefix(), tempfile.template)
with tempfile.TemporaryDirectory(prefix="pre", suffix="suf") as d:
    base = os.path.basename(d)
    print(os.path.isdir(d), base.startswith("pre"), base.endswith("suf"), len(base))
    with open(os.path.join(d, "f.txt"), "w") as f:
        f.write("x")
print(os.path.exists(d))
t = tempfile.TemporaryDirectory(dir="out")
print(repr(t).startswith("<TemporaryDirectory '"), os.path.dirname(t.name) == os.path.abspath("out"))
t.cleanup()
print(os.path.exists(t.name))
with tempfile.NamedTemporaryFile(mode="w+", suffix=".txt", dir="out") as f:
    f.write("named\n")
    f.seek(0)
    print(f.read(), end="")
    print(os.path.exists(f.name), f.name.endswith(".txt"), os.path.basename(f.name).startswith("tmp"))
print(os.path.exists(f.name))
f = tempfile.NamedTemporaryFile(dir="out", delete=False)
f.write(b"kept")
f.close()
print(open(f.name, "rb").read())
os.unlink(f.name)
with tempfile.TemporaryFile(dir="out") as f:
    f.write(b"anon")
    f.seek(0)
    print(f.read())
print(sorted(n for n in os.listdir("out") if n.startswith("tmp")))
with tempfile.SpooledTemporaryFile(max_size=10, mode="w+", dir="out") as f:
    f.write("abc")
    print(f._rolled, f.tell())
    f.write("x" * 20)
    print(f._rolled, f.tell())
    f.seek(0)
    print(f.read())
d = tempfile.mkdtemp(dir="out", prefix="m")
print(os.path.isdir(d), os.path.basename(d)[:1])
os.rmdir(d)
fd, path = tempfile.mkstemp(dir="out", suffix=".dat")
with os.fdopen(fd, "w") as fh:
    fh.write("via fdopen\n")
print(open(path).read(), end="")
os.unlink(path)
print(len(tempfile.mktemp(dir="out")) > 0)
