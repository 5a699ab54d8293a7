# The first program asp runs: a greeting, a loop, a function and a class.
def greet(name):
    return f"Hello, {name}!"

class Counter:
    def __init__(self):
        self.n = 0
    def tick(self):
        self.n += 1
        return self.n

print(greet("world"))
c = Counter()
for word in ["asp", "runs", "python"]:
    print(c.tick(), word)
print("squares:", [i * i for i in range(6)])
