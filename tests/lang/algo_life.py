# Conway's game of life on a small torus
def step(grid):
    h, w = len(grid), len(grid[0])
    new = []
    for r in range(h):
        row = []
        for c in range(w):
            n = sum(grid[(r + dr) % h][(c + dc) % w]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
            row.append(1 if n == 3 or (n == 2 and grid[r][c]) else 0)
        new.append(row)
    return new

def show(grid):
    for row in grid:
        print("".join("#" if v else "." for v in row))
    print()

grid = [[0] * 8 for _ in range(8)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
show(grid)
for gen in range(4):
    grid = step(grid)
show(grid)
print("alive:", sum(map(sum, grid)))
blinker = [[0] * 5 for _ in range(5)]
for c in range(1, 4):
    blinker[2][c] = 1
b1 = step(blinker)
b2 = step(b1)
show(b1)
print("period 2:", b2 == blinker, b1 != blinker)
block = [[0, 0, 0, 0], [0, 1, 1, 0], [0, 1, 1, 0], [0, 0, 0, 0]]
print("still life:", step(block) == block)
g = grid
for _ in range(28):
    g = step(g)
print("glider still alive after 32 steps:", sum(map(sum, g)))
