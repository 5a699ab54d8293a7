# matrices as nested lists
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]

def transpose(m):
    return [list(r) for r in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(mat_mul(a, b))
print(transpose(a))
print(mat_pow([[1, 1], [1, 0]], 10), mat_pow([[1, 1], [1, 0]], 90)[0][1])

def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print(det([[1, 2], [3, 4]]), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))

def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(width) for v in row))
show(mat_mul(b, a))
spiral = []
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
g = [row[:] for row in grid]
while g:
    spiral += g.pop(0)
    g = [list(r) for r in zip(*g)][::-1]
print(spiral)
print([[x * 0.5 for x in row] for row in identity(2)])
print(sum(map(sum, grid)), max(max(r) for r in grid), [r[::-1] for r in grid[:2]])
