import types
print(types.FunctionType, types.LambdaType, types.GeneratorType, types.CoroutineType, types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.GenericAlias, types.UnionType, types.NoneType, types.EllipsisType, types.CodeType)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), types.SimpleNamespace({'q': 2}))
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 0), mp)
try:
    mp['x'] = 1
except TypeError as e:
    print(e)
C = types.new_class('C', (object,), exec_body=lambda ns: ns.update(x=5))
print(C.x, C.__name__, types.resolve_bases((int, list[int])), isinstance(len, types.BuiltinFunctionType))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance((x for x in ()), types.GeneratorType), type(types) is types.ModuleType)
