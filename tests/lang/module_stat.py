# stat: mode constants, S_IS* tests, S_IMODE/S_IFMT, filemode
import stat

names = sorted(n for n in dir(stat) if n[:1].isupper())
print(len(names))
for n in names:
    v = getattr(stat, n)
    if isinstance(v, int):
        print(n, v, oct(v))
modes = [0o040755, 0o100644, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755,
         0o102711, 0o041777, 0o041776, 0o106000, 0o170777, 0, 0o7777, 2 ** 32 - 1, True]
tests = ["S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK", "S_ISSOCK",
         "S_ISDOOR", "S_ISPORT", "S_ISWHT"]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m),
          [t for t in tests if getattr(stat, t)(m)])
for f in ["S_ISDIR", "S_IMODE", "S_IFMT", "filemode", "S_ISDOOR"]:
    for a in ["x", -1, 2 ** 70, 2 ** 40, 2 ** 32, 1.5, None]:
        try:
            print(f, a, getattr(stat, f)(a))
        except (TypeError, OverflowError) as e:
            print(f, a, type(e).__name__, e)
print(stat.S_IRWXU | stat.S_IRGRP | stat.S_IROTH == 0o744, stat.S_ENFMT == stat.S_ISGID)
