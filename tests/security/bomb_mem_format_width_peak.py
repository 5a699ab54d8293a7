# args: --max-memory=48M
# expect: ok
# stdout: 30000000 30000000 30000000 30000000
# sandbox: padding a value to a width needs about the width in memory, not
# three times it (the memory limit is asp's; 30 MB results fit in 48 MB)
a = len(format(0, "030000000"))
b = len(format(-1.5, "=30000000"))
c = len(format("x", "^30000000"))
d = len(f"{7:*<30000000}")
print(a, b, c, d)
