# uncaught ZeroDivisionError after some output
def average(values):
    return sum(values) / len(values)

results = []
for data in ([1, 2, 3], [10, 20], [5]):
    results.append(average(data))
    print("average of", data, "is", results[-1])

def safe_avg(values):
    try:
        return average(values)
    except ZeroDivisionError:
        return None

print("safe:", safe_avg([]))
print("totals:", sum(results))
counter = 0
for i in range(5):
    counter += i
print("counter", counter)
print("about to fail")
print(average([]))
print("never printed")
