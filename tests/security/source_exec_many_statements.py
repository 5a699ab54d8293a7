# expect: ok
# stdout: 100000
n = 0
exec('n += 1\n' * 100000)
print(n)
