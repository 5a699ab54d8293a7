# expect: exception AttributeError
# sandbox: str.format reaches no interpreter internals beyond attributes; builtin functions have no __globals__
'{0.__globals__}'.format(len)
