"""Topological sorting of graphs of hashable nodes (asp's own
implementation of CPython's `graphlib`, written from its documented and
observable behaviour).

Each node records how many predecessors are not yet done and its
successors in insertion order.  A node's count becomes _OUT once
get_ready() has handed it out and _DONE once done() was called for it.
Cycle detection is an iterative depth-first search, so deep graphs
cannot exhaust the C stack."""

__all__ = ["TopologicalSorter", "CycleError"]

_OUT = -1
_DONE = -2


class _NodeInfo:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is a list
    of nodes forming it, the first and last being the same."""
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable
    nodes."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Add node and the edges predecessor -> node."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [i.node for i in self._node2info.values()
                             if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Return a tuple of all the nodes that are ready."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """True while nodes are ready or handed out and not yet done."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _DONE
            for succ in info.successors:
                sinfo = n2i[succ]
                sinfo.npredecessors -= 1
                if sinfo.npredecessors == 0:
                    self._ready_nodes.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        n2i = self._node2info
        path = []           # the current DFS path
        iters = []          # successor iterators, parallel to path
        on_path = {}        # node -> its index in path
        seen = set()
        for start in n2i:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in on_path:
                        return path[on_path[node]:] + [node]
                else:
                    seen.add(node)
                    iters.append(iter(n2i[node].successors))
                    on_path[node] = len(path)
                    path.append(node)
                # advance to the next unexplored successor, backtracking
                # over exhausted nodes
                node = None
                while path:
                    nxt = next(iters[-1], _END)
                    if nxt is not _END:
                        node = nxt
                        break
                    del on_path[path.pop()]
                    iters.pop()
                if not path and node is None:
                    break
        return None

    def static_order(self):
        """Iterate the nodes in a topological order."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_END = object()
