import math
print(math.fma(2,3,4), math.nextafter(1,2), math.nextafter(1,0,steps=3), math.ulp(1.0), math.ulp(0.0), math.ulp(float('inf')), math.remainder(10,3), math.remainder(-7, 2), math.remainder(5,2))
for f in [lambda: math.fma(float('inf'),0,1), lambda: math.remainder(1,0), lambda: math.nextafter(1,2,steps=-1), lambda: math.fma(1e308,10,0)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(math.nextafter(0.0, 1.0), math.nextafter(1.0, 1.0, steps=0), math.ulp(1e308), math.ulp(-2.5), math.nextafter(1.0, 2.0, steps=10**20), math.fma(0.1, 10, -1))
