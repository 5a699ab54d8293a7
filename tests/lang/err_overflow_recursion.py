# uncaught RecursionError
def depth(n):
    return depth(n + 1) + 1

def safe_depth(n):
    if n == 0:
        return 0
    return 1 + safe_depth(n - 1)

print(safe_depth(100))
try:
    depth(0)
except RecursionError:
    print("handled RecursionError")
print(safe_depth(50))
class Loop:
    @property
    def value(self):
        return self.value
print("going infinite")
Loop().value
print("never printed")
