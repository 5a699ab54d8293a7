import random
from random import Random

random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7),
      random.uniform(1, 2), random.getrandbits(70), random.choice('abcdef'))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample(range(10**6), 3), random.sample('abcdefg', 7),
      random.sample(['a', 'b'], 4, counts=[2, 3]))
print(random.choices('abc', k=5), random.choices('abc', weights=[1, 0, 5], k=5),
      random.choices(range(3), cum_weights=[1, 2, 10], k=4))
print(random.gauss(), random.gauss(10, 2), random.normalvariate(), random.expovariate(2),
      random.triangular(), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2),
      random.gammavariate(2, 3), random.gammavariate(0.5, 1), random.betavariate(2, 5),
      random.paretovariate(3), random.weibullvariate(1, 2))
print(random.binomialvariate(20, 0.3), random.binomialvariate(1000, 0.4), random.binomialvariate(5, 0.9),
      random.randbytes(6))
r = Random('hello world')
print(r.random(), Random(b'bytes').random(), Random(bytearray(b'ba')).randint(0, 10**20),
      Random(3.5).random(), Random(-17).random(), Random(2**200 + 1).random(), Random('x', ).getrandbits(5))
r1 = Random(99); st = r1.getstate(); a = [r1.random() for _ in range(3)]; r1.setstate(st)
print(a == [r1.random() for _ in range(3)], st[0], len(st[1]))
r2 = Random(); r2.seed('abc', version=1); print(r2.random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(0, 10, 0),
            lambda: random.randrange(1.5), lambda: random.choice([]), lambda: random.sample({1, 2}, 1),
            lambda: random.sample(range(3), 5), lambda: random.choices('ab', [1, 2, 3]),
            lambda: random.seed([1]), lambda: random.choices('ab', 1), lambda: random.gammavariate(0, 1)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
class MyRandom(Random):
    def random(self):
        return 0.5
print(MyRandom(1).uniform(0, 10), MyRandom(1).choice('abc'))
random.seed(12345)
print([random.randint(0, 9) for _ in range(20)])
