# uncaught TypeError from a bad call
def area(width, height):
    return width * height

print(area(2, 3), area(width=4, height=5), area(*[6, 7]))
try:
    area(1)
except TypeError as e:
    print("handled:", e)
try:
    area(1, 2, depth=3)
except TypeError as e:
    print("handled:", e)
class Shape:
    def __init__(self, name):
        self.name = name
print(Shape("sq").name)
shapes = [("a", 1, 2), ("b", 3)]
for s in shapes:
    print(s[0], area(*s[1:]))
print("never printed")
