# flags: --allow-read=data --allow-write=out
# Binary files.
with open("data/crlf.txt", "rb") as f:
    print(type(f).__name__, f.mode, f.name)
    print(f.read(4), f.tell(), f.readline(), f.readlines())
    f.seek(-4, 2)
    print(f.read(), f.tell())
    f.seek(2)
    print(f.read(100), f.read(), f.read(3))
with open("out/b.bin", "wb") as f:
    print(type(f).__name__, f.mode)
    print(f.write(b"\x00\x01\xff"), f.write(bytearray(b"ab")))
    f.writelines([b"c", b"d"])
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
with open("out/b.bin", "rb") as f:
    data = f.read()
    print(data, len(data))
with open("out/b.bin", "r+b") as f:
    print(type(f).__name__, f.mode)
    f.seek(1)
    f.write(b"ZZ")
    f.seek(0)
    print(f.read())
    print(f.truncate(2), f.tell())
with open("out/b.bin", "ab") as f:
    print(f.mode)
    f.write(b"++")
print(open("out/b.bin", "rb").read())
print(repr(open("data/hello.txt", "rb")))
with open("data/hello.txt", "rb") as f:
    for line in f:
        print(line)
