# complex numbers (numbers helper)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for z in [1 + 2j, 2j, -1j, complex(-0.0, -1), 0j, complex(1.5, 0), complex(float('inf'), float('nan')),
          complex(0, -0.0), complex(-0.0, 0), 1e300 + 1e300j, complex(-1, float('inf'))]:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z != complex(1e300, 1e300) else 'big', bool(z), hash(z) if z == z else 'nan-hash')
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, a ** b, -a, +a, abs(a))
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a == 3 + 4j, a != b, (1 + 0j) == 1, (1 + 0j) == 1.0, 2j ** 2)
print(complex(), complex(1), complex(1, 2), complex('1+2j'), complex(' ( 1.5e3-2.5j ) '), complex('j'), complex('-j'),
      complex('1e5j'), complex('1_0+2_0j'), complex('inf+nanj'), complex(1 + 2j, 3 + 4j), complex(1, -0.0))
for bad in ['x', '1+', '2j+1', '()', '1+2', '']:
    show(lambda: complex(bad))
show(lambda: complex('1', 2))
show(lambda: complex(1, '2'))
show(lambda: complex([]))
show(lambda: (1 + 1j) / 0)
show(lambda: 0j ** -1)
show(lambda: (1 + 1j) // 2)
show(lambda: (1 + 1j) < (2 + 2j))
show(lambda: pow(1j, 2, 3))
class C:
    def __complex__(self):
        return 5 + 6j
print(complex(C()), (2 + 0j) ** 3, pow(2j, -2))
