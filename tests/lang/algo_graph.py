# BFS, DFS, topological sort, Dijkstra without imports
graph = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"],
    "d": ["f"], "e": ["f"], "f": [], "g": ["a"],
}

def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for n in graph[node]:
            if n not in seen:
                seen.add(n)
                queue.append(n)
    return order

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for n in graph[node]:
        if n not in seen:
            dfs(n, seen)
    return seen

print(bfs("a"), dfs("a"), bfs("g"))

def topo(g):
    indeg = {k: 0 for k in g}
    for k in g:
        for n in g[k]:
            indeg[n] += 1
    ready = sorted(k for k, d in indeg.items() if d == 0)
    out = []
    while ready:
        k = ready.pop(0)
        out.append(k)
        for n in g[k]:
            indeg[n] -= 1
            if indeg[n] == 0:
                ready.append(n)
                ready.sort()
    return out
print(topo(graph))

weighted = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15},
            "C": {"A": 9, "B": 10, "D": 11, "F": 2}, "D": {"B": 15, "C": 11, "E": 6},
            "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}}
def dijkstra(src):
    dist = {k: float("inf") for k in weighted}
    dist[src] = 0
    done = set()
    while len(done) < len(weighted):
        u = min((k for k in weighted if k not in done), key=lambda k: (dist[k], k))
        done.add(u)
        for v, w in weighted[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return dist
print(dijkstra("A"))
print(sorted(dijkstra("E").items()))

def has_cycle(g):
    state = {}
    def visit(k):
        if state.get(k) == 1:
            return True
        if state.get(k) == 2:
            return False
        state[k] = 1
        if any(visit(n) for n in g[k]):
            return True
        state[k] = 2
        return False
    return any(visit(k) for k in g)
print(has_cycle(graph), has_cycle({"x": ["y"], "y": ["x"]}))
