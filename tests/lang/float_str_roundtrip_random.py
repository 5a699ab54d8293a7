# repr/str/float round trips and formatting of seeded pseudo-random doubles over many exponents
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
count = 0
for i in range(3000):
    bits = rnd()
    exp = (bits >> 52) & 0x7ff
    if exp == 0x7ff:
        continue
    mant = bits & ((1 << 52) - 1)
    sign = -1.0 if bits >> 63 else 1.0
    if exp == 0:
        x = sign * mant * 2.0 ** -1074
    else:
        x = sign * (1 + mant / 2.0 ** 52) * 2.0 ** (exp - 1023)
    r = repr(x)
    assert float(r) == x, r
    if i % 10 == 0:
        print(r, str(x), format(x, 'e'), format(x, '.3g'), format(x, '.17g'), x.hex(), float.fromhex(x.hex()) == x)
    count += 1
print(count)
for e in range(-330, 310, 7):
    x = 1.2345678901234567 * 10.0 ** e if e > -324 else 5e-324
    print(e, repr(x), f'{x:.6e}', f'{x:g}', round(x, 3) if abs(x) < 1e300 else '')
