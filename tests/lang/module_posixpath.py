# os.path (posixpath) as text: the functions that do not ask the file system.
import os
import os.path
import posixpath

print(os.path is posixpath, os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep,
      os.path.pathsep, os.path.altsep, os.path.devnull)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


for p in ["a/b/c.txt", "/a/b/", "c", "/", "", "a.tar.gz", ".bashrc", "a/.b", "a/b.", "//x",
          "///x/y", "a//b", "..", "a/..b", "a/b..c"]:
    print(repr(p), posixpath.split(p), posixpath.basename(p), posixpath.dirname(p),
          posixpath.splitext(p), posixpath.splitroot(p), posixpath.splitdrive(p),
          posixpath.isabs(p))
for p in ["a/../b", "./a/./b/", "/../x", "a//b", "", "..", "../..", "/a/b/../../..", "//a",
          "///a/b", "a/b/c/../../d", "./", "a/./../..", "//a/../b"]:
    print(repr(p), repr(posixpath.normpath(p)), repr(posixpath.normpath(p.encode())))
print(posixpath.join("a", "b", "c"), posixpath.join("a/", "b"), posixpath.join("a", "/b"),
      posixpath.join("", "x"), posixpath.join("a", ""), posixpath.join("/"), posixpath.join(b"a", b"b"))
print(posixpath.join(P("x"), "y"), posixpath.basename(P("q/r.py")), posixpath.splitext(P("s.t")))
for args in [("a", b"b"), (b"a", "b"), ("a", 1)]:
    try:
        posixpath.join(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError:", e)


class Bad:
    def __fspath__(self):
        return 3


try:
    os.fspath(Bad())
except TypeError as e:
    print("TypeError:", e)
print(os.fspath(P("pp")), os.fspath(b"bb"), os.fsencode("é"), os.fsdecode(b"\xc3\xa9"))
print(isinstance(P("x"), os.PathLike), isinstance("x", os.PathLike), issubclass(P, os.PathLike))
print(posixpath.relpath("/a/b/c", "/a/d"), posixpath.relpath("/a/b", "/a/b"),
      posixpath.relpath("/x", "/a/b/c"), posixpath.relpath(b"/a/b", b"/a"))
try:
    posixpath.relpath("")
except ValueError as e:
    print("ValueError:", e)
print(posixpath.commonpath(["/a/b/c", "/a/b/d", "/a/b"]), posixpath.commonpath(["a/b", "a/c"]),
      repr(posixpath.commonpath(["a", "b"])), posixpath.commonpath([b"/x/y", b"/x/z"]))
for bad in [[], ["/a", "b"], ["a", b"b"]]:
    try:
        posixpath.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(posixpath.commonprefix(["abc", "abd", "ab"])), repr(posixpath.commonprefix([])),
      posixpath.commonprefix([["a", "b"], ["a", "c"]]))
print(posixpath.expandvars("$ASP_NO_SUCH_VAR/x"), posixpath.expandvars("${ASP_NO_SUCH_VAR}y"),
      posixpath.expandvars("no vars"), posixpath.expandvars("$"), posixpath.expandvars("${}"),
      posixpath.expandvars(b"$ASP_NO_SUCH_VAR"))
print(posixpath.expanduser("~nosuchuserxyz/a"), posixpath.expanduser("a/~"), posixpath.normcase("A/b"))
print(posixpath.islink("x"), posixpath.isjunction("x"), posixpath.ismount("/"))
print(os.sep, os.curdir, os.pardir, os.extsep, os.pathsep, os.linesep == "\n", os.name, os.devnull)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.unlink is os.remove or os.unlink.__name__, os.error is OSError)
