# complex repr/str with signed zeros, nan/inf, large/small parts; complex() round trips through repr
vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1, 0), complex(0, 1), complex(1.5, -2.5),
        complex(1e16, 1), complex(1e-5, 1e22), complex(float('inf'), 1), complex(1, float('-inf')), complex(float('nan'), float('nan')),
        complex(123456789.125, -0.001), complex(-1e-300, 1e300), complex(2**53, -2**53)]
for c in vals:
    r = repr(c)
    back = complex(r)
    same = (back == c) or (c != c)
    print(r, str(c), same, format(c, ''), format(c, '.3'), format(c, 'g'), f'{c:>30}')
print(complex('1e5+1e-5j'), complex('-1.5E+3-2e-3j'), complex('nanj'), complex('-infj'), complex('+inf+nanj'))
print((1 + 2j).__repr__(), (1 + 2j).__str__(), (1 + 2j).__format__('.1f'), complex.__new__(complex, 3), type(1j).__name__)
print(1j.real, 1j.imag, (-1j).imag, (2 - 0j).imag, repr((2 - 0j)), repr(-(0j)), repr(0j * -1))
