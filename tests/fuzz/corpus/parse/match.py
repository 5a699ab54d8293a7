match p:
    case {"x": [1, *rest], **kw} if rest:
        pass
    case Point(x=0, y=_) | (1 | 2) as q:
        pass
    case -1+2j | "s" b"" | None:
        pass
    case _:
        pass
