import statistics as st
from statistics import StatisticsError, NormalDist
from fractions import Fraction as F
import math

def show(label, fn):
    try:
        r = fn()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

datasets = [
    [1, 2, 3, 4, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [0.1, 0.2, 0.3, 0.4],
    [1e16, 1.0, -1e16, 3.0],
    [F(1, 2), F(3, 4), F(5, 8)],
    [1, 2.5, F(1, 3)],
    [True, False, True],
    [7],
    [],
    [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
    [1, math.inf],
    [1.0, math.nan, 2.0],
]
funcs = ["mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low", "median_high",
         "median_grouped", "mode", "multimode", "pstdev", "pvariance", "stdev", "variance"]
for d in datasets:
    print("data", d)
    for name in funcs:
        show("  " + name, lambda: getattr(st, name)(d))
    show("  quantiles", lambda: st.quantiles(d))
    show("  quantiles incl", lambda: st.quantiles(d, n=10, method="inclusive"))

print(st.mean(range(1, 1001)), st.mean([1, 2]), type(st.mean([1, 2])).__name__, type(st.mean([2, 4])).__name__)
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1.5, 2.5], 2), st.stdev([1, 2, 3], xbar=2), st.pstdev([F(1), F(3)]))
print(st.variance([F(1, 3), F(2, 3), F(5, 3)]), st.stdev([0.1] * 10), st.pstdev([1e300, -1e300]))
print(st.mean(iter([1.5, 2.5])), st.fmean(x for x in [1, 2, 3]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.fmean([0.1, 0.2], [1, 1]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 0, 3]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1e300, 1e300]), st.geometric_mean([0, math.inf]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1),
      st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([F(1), F(2)], 0.5))
print(st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode(""))
print(st.mode([1, 1, 2, 2]), st.mode(iter("abcab")))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
                    106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
                    103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2], n=5), st.quantiles([5], n=3), st.quantiles([1, 2, 3], n=1), st.quantiles([F(1), F(2), F(4)], n=3))
print(st.quantiles([1.5, 2.5, 10.0, 4.0], n=4, method="inclusive"))

for label, fn in [
    ("mean empty", lambda: st.mean([])),
    ("fmean empty", lambda: st.fmean([])),
    ("fmean weights len", lambda: st.fmean([1, 2], [1])),
    ("fmean weights zero", lambda: st.fmean([1, 2], [1, -1])),
    ("variance one", lambda: st.variance([1])),
    ("stdev one", lambda: st.stdev([1])),
    ("pvariance none", lambda: st.pvariance([])),
    ("pstdev none", lambda: st.pstdev([])),
    ("harmonic neg", lambda: st.harmonic_mean([1, -2])),
    ("harmonic neg1", lambda: st.harmonic_mean([-2])),
    ("harmonic str", lambda: st.harmonic_mean(["a"])),
    ("harmonic weights", lambda: st.harmonic_mean([1, 2], weights=[1])),
    ("harmonic zero weights", lambda: st.harmonic_mean([1, 2], weights=[0, 0])),
    ("geometric neg", lambda: st.geometric_mean([1, -1])),
    ("geometric empty", lambda: st.geometric_mean([])),
    ("median empty", lambda: st.median([])),
    ("median_low empty", lambda: st.median_low([])),
    ("median_high empty", lambda: st.median_high([])),
    ("median_grouped empty", lambda: st.median_grouped([])),
    ("median_grouped str", lambda: st.median_grouped(["a", "b", "c"])),
    ("mode empty", lambda: st.mode([])),
    ("quantiles n0", lambda: st.quantiles([1, 2], n=0)),
    ("quantiles empty", lambda: st.quantiles([], n=4)),
    ("quantiles method", lambda: st.quantiles([1, 2, 3], method="other")),
    ("mean str", lambda: st.mean(["a", "b"])),
    ("mean mix", lambda: st.mean([1.5, F(1, 2), 2])),
    ("mean coerce", lambda: st.mean([1.5, NormalDist()])),
    ("mean complex", lambda: st.mean([1j])),
    ("pstdev nan", lambda: st.pstdev([1.0, math.nan])),
]:
    show(label, fn)

print(issubclass(StatisticsError, ValueError), StatisticsError.__mro__[1].__name__)

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(z, y), st.covariance([0.1, 0.2, 0.7], [3, 1.5, -2.25]))
print(st.correlation(x, x), st.correlation(x, y), st.correlation(x, z), st.correlation([0.1, 0.25, 0.7], [3, 1.5, -2.25]))
print(st.correlation([1, 2, 3, 4, 5], [1, 4, 9, 16, 25], method="ranked"), st.correlation([3, 1, 2, 2], [10, 30, 20, 25], method="ranked"))
print(st.linear_regression(x, y), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
lr = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(lr.slope, lr.intercept, round(lr.slope * 2019 + lr.intercept), type(lr).__name__, lr._fields)
for label, fn in [
    ("cov len", lambda: st.covariance([1, 2], [1])),
    ("cov short", lambda: st.covariance([1], [1])),
    ("corr const", lambda: st.correlation([1, 1, 1], [1, 2, 3])),
    ("corr len", lambda: st.correlation([1, 2], [1, 2, 3])),
    ("corr short", lambda: st.correlation([1], [2])),
    ("corr method", lambda: st.correlation([1, 2], [1, 2], method="x")),
    ("lr const", lambda: st.linear_regression([2, 2], [1, 2])),
    ("lr len", lambda: st.linear_regression([1, 2], [1])),
    ("lr short", lambda: st.linear_regression([1], [1])),
]:
    show(label, fn)

# NormalDist
n = NormalDist(100, 15)
print(n, repr(NormalDist()), n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.pdf(130), n.cdf(130), n.cdf(100), n.inv_cdf(0.5), n.inv_cdf(0.975), n.inv_cdf(0.01), n.inv_cdf(1e-10))
print(NormalDist().inv_cdf(0.3), NormalDist().inv_cdf(0.999999), NormalDist().inv_cdf(1e-300), NormalDist(2, 3).inv_cdf(0.9))
print(n.quantiles(), NormalDist().quantiles(10), n.zscore(130))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(1, 2).overlap(NormalDist(1, 2)))
a, b = NormalDist(10, 3), NormalDist(5, 4)
print(a + b, a - b, a + 2, 2 + a, a - 2, 20 - a, a * 3, 3 * a, a * -2, a / 2, a / -4, +a, -a)
print(a == NormalDist(10, 3), a == b, a == 10, hash(a) == hash(NormalDist(10.0, 3.0)), a != b)
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist.from_samples([1, 2, 3, 4]))
print(NormalDist(1, 0), NormalDist(mu=5))
s = NormalDist(5, 2).samples(5, seed=42)
print(s, len(NormalDist().samples(3)), NormalDist(5, 2).samples(3, seed=42) == s[:3])
for label, fn in [
    ("neg sigma", lambda: NormalDist(0, -1)),
    ("pdf zero", lambda: NormalDist(1, 0).pdf(1)),
    ("cdf zero", lambda: NormalDist(1, 0).cdf(1)),
    ("inv_cdf 0", lambda: n.inv_cdf(0)),
    ("inv_cdf 1", lambda: n.inv_cdf(1.0)),
    ("zscore zero", lambda: NormalDist(1, 0).zscore(1)),
    ("overlap type", lambda: n.overlap(3)),
    ("overlap zero", lambda: n.overlap(NormalDist(1, 0))),
    ("from_samples short", lambda: NormalDist.from_samples([1])),
    ("add str", lambda: n + "x"),
]:
    show(label, fn)
print(sorted(n for n in st.__all__ if not n.startswith("kde")))
nd = NormalDist(1.5, 2.5)
print([nd.cdf(-5 + i * 0.37) for i in range(30)])
print([round(nd.overlap(NormalDist(i * 0.3 - 2, 0.5 + i * 0.2)), 15) for i in range(15)])
