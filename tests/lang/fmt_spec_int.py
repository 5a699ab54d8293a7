# format mini-language for int: fill, align, sign, #, 0, width, grouping, types
def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), '!', type(e).__name__, e)

for v in [0, 7, -7, 255, -255, 123456789, -(10**20), True]:
    print('--', v)
    for spec in ['', 'd', '5', '<5', '>5', '^5', '=8', '*^9', '0>6', '+', ' ', '-', '+08', '08', '#x', '#X', '#o', '#b',
                 'x', 'o', 'b', 'c' if 0 <= v < 0x110000 else 'd', 'n', ',', '_', '_x', '_b', '#_o', ',d', '015,', '015_',
                 'e', '.2e', 'f', '.3f', 'g', '%', '.1%', 'E', 'G', '#10x', '-#10b', 'z', '=+10', 'X']:
        t(v, spec)
for spec in ['s', '.2', ',x', ',b', '_c', '#c', 'z', 'zd', '=', '<<', '3.', '1000000000000000000000', ',_', '_,', '.5d', 'q', 'd ', ' d']:
    t(42, spec)
t(-1, 'c')
t(0x110000, 'c')
t(10**30, ',')
t(10**30, '_x')
t(-(10**30), '+_o')
t(12345, '^+12,')
t(12345, '\x00<8')
t(12345, '€^10')
print(format(3, '{}'.format('>4')), f'{5:{"0"}{3}}', f'{-5:0=4}', f'{5:#06x}', f'{5:{">"}{7}{"b"}}')
class I(int):
    def __format__(self, spec):
        return 'I(' + spec + ')'
print(format(I(3), 'x'), f'{I(4):>5}', '{:z}'.format(I(1)))
