# hand-written sorting algorithms agree with sorted()
def bubble(xs):
    xs = list(xs)
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs

def insertion(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs

def merge_sort(xs):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]

def quick(xs):
    if len(xs) <= 1:
        return list(xs)
    pivot = xs[len(xs) // 2]
    return (quick([x for x in xs if x < pivot]) + [x for x in xs if x == pivot]
            + quick([x for x in xs if x > pivot]))

seed = 12345
data = []
for _ in range(60):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 100)
print(data[:12])
expected = sorted(data)
for fn in (bubble, insertion, merge_sort, quick):
    print(fn.__name__, fn(data) == expected)
print(expected[:10], expected[-5:])
print(merge_sort(["pear", "apple", "fig"]), quick([3.5, -1, 2]))
print(bubble([]), insertion([1]), merge_sort([2, 1]), quick([1, 1, 1]))
