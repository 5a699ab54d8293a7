# pathlib's pure paths: parsing, components, derived paths, matching.
import os
import pathlib
from pathlib import PurePath, PurePosixPath, Path, PosixPath

for s in ["/a/b/c.tar.gz", "a//b/./c/", "", ".", "//a", "///a", "a/..", "~/x", "a/b.", ".bashrc",
          "/", "//", "a/.b.c", "x..y"]:
    p = PurePosixPath(s)
    print(repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.name),
          repr(p.stem), repr(p.suffix), p.suffixes, p.parent, list(p.parents), p.is_absolute())
print(PurePosixPath("a", "/b", "c"), PurePosixPath("a", PurePosixPath("b"), "c"), PurePath("x"),
      type(PurePath("x")).__name__, type(Path("x")).__name__)
print(PurePosixPath("a") / "b" / "c", "x" / PurePosixPath("y"), PurePosixPath("a").joinpath("b", "/c", "d"))
p = PurePosixPath("/a/b/c")
print(p.parents, len(p.parents), p.parents[0], p.parents[-1], p.parents[1:], p.parents[::-1])
try:
    p.parents[3]
except IndexError as e:
    print("IndexError", e)
print(p.relative_to("/a"), p.relative_to("/a/b/c"), p.is_relative_to("/a"), p.is_relative_to("/x"))
print(PurePosixPath("a/b").relative_to("a/c", walk_up=True), PurePosixPath("a/b").relative_to("x/y", walk_up=True))
for other, walk in [("/x", False), ("a", False), ("/a/x", False), ("/a/x/..", True)]:
    try:
        p.relative_to(other, walk_up=walk)
    except ValueError as e:
        print("ValueError:", e)
print(p.with_name("z.py"), p.with_stem("q"), p.with_suffix(".txt"), PurePosixPath("a/b.c").with_suffix(""),
      PurePosixPath("a/b.c").with_stem("d"), PurePosixPath("a/b.c.d").with_suffix(".e"))
for f, arg in [("with_name", ""), ("with_name", "x/y"), ("with_suffix", "txt"), ("with_suffix", "."),
               ("with_suffix", "./x")]:
    try:
        getattr(p, f)(arg)
    except ValueError as e:
        print("ValueError:", e)
for f, arg in [("with_name", "x"), ("with_suffix", ".x"), ("with_stem", "x")]:
    try:
        getattr(PurePosixPath("/"), f)(arg)
    except ValueError as e:
        print("ValueError:", e)
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b.py").match("/*.py"),
      PurePosixPath("/a/b.py").match("/a/*.py"), PurePosixPath("a/b.py").match("a/*"),
      PurePosixPath("a/b/c.py").match("b/*.py"), PurePosixPath("A.PY").match("*.py"),
      PurePosixPath("A.PY").match("*.py", case_sensitive=False), PurePosixPath("a/b").match("**"))
for pat in ["a/**", "**/c.py", "**", "*/c.py", "a/*/*.py", "/a/**", "a/b/c.py", "**/*", "a/**/c.py"]:
    print(pat, PurePosixPath("a/b/c.py").full_match(pat), PurePosixPath("/a/c.py").full_match(pat))
print(PurePosixPath("a") == PurePosixPath("a"), PurePosixPath("a") == "a", PurePosixPath("a/") == PurePosixPath("a"),
      PurePosixPath("a") < PurePosixPath("b"), PurePosixPath("a/b") < PurePosixPath("a.b"),
      sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]),
      hash(PurePosixPath("x/y")) == hash(PurePosixPath("x//y")), PurePosixPath("p") == Path("p"))
try:
    PurePosixPath("a") < "b"
except TypeError as e:
    print("TypeError:", e)
for bad in [(b"x",), (1,), ("a", None)]:
    try:
        PurePosixPath(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(os.fspath(PurePosixPath("a/b")), bytes(PurePosixPath("a/é")), PurePosixPath("/a b/c").as_uri(),
      PurePosixPath("a/b").as_posix(), str(PurePosixPath()), repr(PosixPath("q")))
try:
    PurePosixPath("a").as_uri()
except ValueError as e:
    print("ValueError:", e)
print(PurePosixPath("a").with_segments("b", "c"), Path("a").with_segments("x"), type(Path("a") / "b").__name__)
print(isinstance(Path("a"), PurePath), isinstance(Path("a"), PurePosixPath), isinstance(Path("a"), os.PathLike),
      issubclass(PosixPath, Path), pathlib.UnsupportedOperation.__mro__[1].__name__)
print({PurePosixPath("a"): 1}[PurePosixPath("a")], PurePosixPath("a/b").parent.parent.parent)
