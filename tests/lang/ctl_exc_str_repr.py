# str/repr of built-in exceptions with various args
cases = [ValueError(), ValueError("m"), ValueError("a", "b"), ValueError(1), ValueError(None),
         KeyError(), KeyError("k"), KeyError(1, 2), KeyError(""), IndexError(5),
         OSError(), OSError("x"), OSError(2, "No such file or directory"), OSError(2, "msg", "file.txt"),
         FileNotFoundError(2, "nf", "f"), StopIteration(7), SystemExit(), SystemExit("bye"),
         UnicodeError("u"), SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3)), SyntaxError("only msg"),
         ExceptionGroup("g", [ValueError(1)]), AssertionError(), NameError("n", name="x"),
         ImportError("imp", name="mod", path="p"), ModuleNotFoundError("m")]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = OSError(2, "msg", "file.txt")
print(e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
e = OSError(2, "msg", "a", None, "b")
print(str(e), e.filename2)
s = SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)
i = ImportError("imp", name="mod", path="p")
print(i.name, i.path, i.msg)
print(NameError("n", name="x").name, AttributeError("a").name)
print(repr(BaseException()), repr(Exception("x", 1)), str(Exception(("tuple",))))
