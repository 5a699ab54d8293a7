type X[T = int] = list[T]
type Y = X | None
