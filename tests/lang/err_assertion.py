# uncaught AssertionError with a message
def mean(xs):
    assert xs, "mean of empty list"
    return sum(xs) / len(xs)

print(mean([1, 2, 3]), mean([2.5]))
try:
    mean([])
except AssertionError as e:
    print("handled:", e)

def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"not sorted at {a} > {b}"
    return True

print(check_sorted([1, 2, 2, 5]))
print(check_sorted([]))
print("checking unsorted")
check_sorted([1, 3, 2])
print("never printed")
