# int <-> str round trips in bases 2..36 for seeded big integers; bin/oct/hex and format types
state = 987654321
def rnd(bits):
    global state
    out = 0
    for _ in range((bits + 63) // 64):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out = (out << 64) | state
    return out >> ((bits + 63) // 64 * 64 - bits)
digits = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, b):
    if n == 0:
        return '0'
    s = []
    neg = n < 0
    n = abs(n)
    while n:
        n, d = divmod(n, b)
        s.append(digits[d])
    return ('-' if neg else '') + ''.join(reversed(s))
for i in range(24):
    n = rnd(1 + i * 60)
    if i % 3 == 1:
        n = -n
    for b in (2, 3, 7, 8, 10, 16, 36):
        s = to_base(n, b)
        assert int(s, b) == n, (n, b)
        assert int(s.upper(), b) == n
    assert int(bin(n), 0) == n and int(oct(n), 0) == n and int(hex(n), 0) == n
    assert int(str(n)) == n
    print(i, len(str(n)), str(n)[:20], hex(n)[:20], format(n, 'o')[-10:], format(n, '_x')[-14:])
for n in [0, 1, -1, 2**64, -2**64, 10**50]:
    print(n, format(n, 'b')[:20], format(n, '#o'), format(n, 'X'), format(n, ',')[:30], format(n, '_d')[:30])
print(int('z' * 20, 36), int('-' + '1' * 64, 2), int('0b' + '1' * 70, 0), int('0o777', 0), int('0xdead_beef', 0))
