# flags: --allow-read=data --allow-write=out
# pathlib, glob, os.walk, os.scandir and os.rename over a tree made in out/.
import glob
import os
from pathlib import Path

out = Path("out")
(out / "t" / "a" / "b").mkdir(parents=True)
(out / "t" / ".h").mkdir()
for name in ["t/x.py", "t/a/y.py", "t/a/b/z.py", "t/.h/q.py", "t/.dot.py", "t/a/notes.txt"]:
    print(name, (out / name).write_text(name.upper() + "\n"))
print((out / "t" / "data.bin").write_bytes(b"\x00\x01\x02"), (out / "t" / "data.bin").read_bytes())
print((out / "t/x.py").read_text(), end="")
r = out / "t"
for pat in ["*", "**", "**/", "**/*.py", "a/*/", "*/b", "a/..", "*.txt", "**/*.txt", ".*", "[ax]*"]:
    print(pat, sorted(str(p) for p in r.glob(pat)))
print(sorted(str(p) for p in r.rglob("*.py")), sorted(str(p) for p in r.iterdir()))
for pat, kw in [("out/t/**", {"recursive": True}), ("out/t/**/*.py", {"recursive": True}),
                ("out/t/*", {}), ("out/t/*", {"include_hidden": True}), ("*.py", {"root_dir": "out/t"}),
                ("out/t/**/", {"recursive": True}), ("out/t/**", {}), ("**", {"root_dir": "out/t", "recursive": True}),
                ("out/t/a", {}), ("out/t/nothere", {}), ("out/t/a/", {}), ("out/t/x.py/", {}),
                ("out/t/?.py", {}), ("out/t/.*", {}), ("out/*/*/*.py", {}), ("data/*.txt", {})]:
    print(pat, kw, sorted(glob.glob(pat, **kw)))
print(sorted(glob.glob(b"out/t/*")), sorted(glob.iglob("out/t/a/*")))
for top, dirs, files in os.walk("out/t"):
    print(top, sorted(dirs), sorted(files))
print([(t, sorted(d), sorted(f)) for t, d, f in os.walk("out/t", topdown=False)][-1])
walked = []
for top, dirs, files in os.walk("out/t"):
    dirs[:] = [d for d in dirs if not d.startswith(".")]
    walked.append(top)
print(sorted(walked))
errors = []
print(list(os.walk("out/none", onerror=lambda e: errors.append(type(e).__name__))), errors)
with os.scandir("out/t") as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries], repr(entries[0]))
print(os.fspath(entries[0]), entries[0].stat().st_size)
for p, dirs, files in Path("out/t").walk():
    print(repr(p), sorted(dirs), sorted(files))
print(Path("out/t/x.py").exists(), Path("out/t/x.py").is_file(), Path("out/t").is_dir(), Path("out/none").exists(),
      Path("out/t/x.py").stat().st_size, Path("out/t/x.py").is_symlink())
q = (out / "t" / "x.py").rename(out / "t" / "moved.py")
print(repr(q), q.exists(), (out / "t" / "x.py").exists())
(out / "t" / "other.py").write_text("other\n")
print(repr((out / "t" / "other.py").replace(out / "t" / "moved.py")), (out / "t" / "moved.py").read_text(), end="")
os.rename("out/t/moved.py", "out/t/again.py")
print(sorted(os.listdir("out/t")))
try:
    os.rename("out/t/none.py", "out/t/z.py")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename, e.filename2, e)
(out / "t" / "touched").touch()
print((out / "t" / "touched").read_text() == "", (out / "t" / "touched").stat().st_size)
try:
    (out / "t" / "touched").touch(exist_ok=False)
except FileExistsError as e:
    print(type(e).__name__, e)
(out / "t" / "touched").unlink()
(out / "t" / "touched").unlink(missing_ok=True)
try:
    (out / "t" / "touched").unlink()
except FileNotFoundError as e:
    print(type(e).__name__, e)
(out / "t" / "a" / "b").mkdir(exist_ok=True)
try:
    (out / "t" / "a" / "b").mkdir()
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    (out / "u" / "v").mkdir()
except FileNotFoundError as e:
    print(type(e).__name__, e)
os.makedirs("out/m/n/o")
os.makedirs("out/m/n/o", exist_ok=True)
os.removedirs("out/m/n/o")
print(os.path.exists("out/m"), Path("out/t").resolve() == Path("out/t").absolute(),
      Path("out/t").absolute().is_absolute(), Path.cwd() == Path(os.getcwd()))
with (out / "t" / "w.txt").open("w") as f:
    f.write("via open\n")
with open(out / "t" / "w.txt") as f:
    print(f.read(), end="")
print((out / "t" / "w.txt").read_text(encoding="utf-8"), end="")
try:
    (out / "t" / "w.txt").write_text(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
(out / "t" / "w.txt").unlink()
print(sorted(p.name for p in Path("data").glob("*.txt")), Path("data/hello.txt").read_text()[:5])
