match p:
    case [1, *rest] if rest: pass
    case {"k": v, **kw}: pass
    case Point(x=0, y=_) | Point(1, 2): pass
    case (a, b) as t: pass
    case -1j | 1.5 | "s" | None: pass
    case _: pass
