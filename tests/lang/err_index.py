# uncaught IndexError
items = ["a", "b", "c"]
for i in range(3):
    print(i, items[i])
print(items[-1], items[-3])

def nth(seq, n):
    return seq[n]

print(nth("hello", 1))
try:
    nth((), 0)
except IndexError as e:
    print("handled:", e)
matrix = [[1, 2], [3, 4]]
print(matrix[1][1])
row = 0
while True:
    print("row", row, matrix[row])
    row += 1
print("never printed")
