[y := f(x) for x in data if (z := x)]
{k: v async for k, v in g}
(x for x in y)
