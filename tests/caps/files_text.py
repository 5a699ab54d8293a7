# flags: --allow-read=data --allow-write=out
# Text files: reading, universal newlines, writing, modes and their errors.
f = open("data/hello.txt")
print(type(f).__name__, f.name, f.mode, f.encoding, f.closed)
print(repr(f.read()))
print(repr(f.read()))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

with open("data/hello.txt") as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open("data/hello.txt") as f:
    print(f.readlines())
with open("data/hello.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open("data/crlf.txt") as f:
    print(repr(f.read()))
with open("data/crlf.txt", newline="") as f:
    print(f.readlines())
with open("data/crlf.txt") as f:
    print([f.readline() for _ in range(5)])
with open("data/utf8.txt", encoding="utf-8") as f:
    s = f.read()
    print(s, len(s))
with open("data/utf8.txt") as f:
    print(repr(f.read(4)), f.tell())

with open("out/new.txt", "w") as f:
    print(f.write("first line\n"), f.write("naïve\n"))
    f.writelines(["a\n", "b\n"])
with open("out/new.txt") as f:
    print(repr(f.read()))
with open("out/new.txt", "a") as f:
    f.write("appended\n")
print(open("out/new.txt").read().splitlines())
with open("out/new.txt", "r+") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
    print(f.tell())
    f.seek(0)
    f.truncate(5)
    f.seek(0, 2)
    print(f.tell())
with open("out/new.txt", "w+") as f:
    f.write("xyz")
    f.seek(0)
    print(repr(f.read()))
with open("out/x.txt", "x") as f:
    f.write("exclusive")
try:
    open("out/x.txt", "x")
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    open("data/missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
try:
    open("data")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
try:
    open("data/missing/deeper.txt")
except OSError as e:
    print(type(e).__name__, e)
for mode in ["rw", "q", "rr", "bt", "", "r+b+"]:
    try:
        open("data/hello.txt", mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    open("data/hello.txt", "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
with open("data/hello.txt") as f:
    try:
        f.write("no")
    except OSError as e:
        print(type(e).__name__, e)
with open("out/w.txt", "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
with open("out/w.txt") as f:
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
print(open("data/hello.txt").readable(), open("data/hello.txt").writable())
