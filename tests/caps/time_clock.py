import time
t = time.time()
print(t > 1.7e9, type(time.time_ns()))
a = time.monotonic()
time.sleep(0.01)
b = time.monotonic()
print(b - a >= 0.005, b >= a)
print(type(time.perf_counter()), type(time.perf_counter_ns()), type(time.monotonic_ns()))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
time.sleep(0)
