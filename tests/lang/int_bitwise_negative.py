# bitwise operations on negative and big ints, shifts, bin/oct/hex of negatives, int.bit_count of negatives
vals = [0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -(2**64), 2**100 + 3, -(2**100) - 7, 0x5555555555555555, -0x123456789abcdef0123]
for a in vals:
    print(bin(a), oct(a), hex(a), a.bit_length(), a.bit_count(), ~a, -a)
for a in vals[:8]:
    for b in vals:
        print(a & b, a | b, a ^ b, a & ~b)
for a in [1, -1, 12345, -12345, 2**70, -(2**70)]:
    print([a << s for s in (0, 1, 7, 64, 100)], [a >> s for s in (0, 1, 7, 64, 100)])
print(format(-255, 'b'), format(-255, '#x'), format(-255, '08b'), f'{-1:#010x}', '%x' % -255, '%#o' % -8)
print(True << 3, False >> 1, True & 3, 6 & True, ~True)
for bad in ["1 & 1.0", "1.0 | 1", "'a' ^ 1", "1 << 1.0", "[] >> 1", "~1.0", "1 << -2**70"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(int.__and__(6, 3), int.__rxor__(6, 3), (6).__ror__(9), (-7).__rshift__(1), (3).__rlshift__(1))
print((1).__lshift__(2.0), (1).__and__('x'))
