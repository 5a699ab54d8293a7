import json
from json import dumps, loads, JSONDecodeError

data = {'name': 'asp', 'n': 3, 'pi': 3.14159, 'ok': True, 'none': None, 'list': [1, 2.5, 'x', [], {}],
        'nested': {'a': {'b': [1e100, -0.0, 1e-7]}}, 'uni': 'h\u00e9llo \u2603 \U0001f600', 'esc': 'q"\\\n\t\x01'}
s = dumps(data)
print(s)
print(loads(s) == data, dumps(data, ensure_ascii=False))
print(dumps(data, indent=2, sort_keys=True))
print(dumps([1, {'a': 2}], indent='\t'), dumps({'a': [1, 2]}, separators=(',', ':')))
print(dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}), dumps((1, 2)), dumps('text'), dumps(10**30))
print(dumps(float('nan')), dumps(float('inf')), dumps(-float('inf')), dumps([]), dumps({}), dumps({'a': []}, indent=2))
print(loads('[1, 2.0, -3e2, "a\\u00e9\\ud83d\\ude00", true, false, null, {"k": {}}]'))
print(loads('  {"a" : 1 , "b":[ ]}  '), loads('NaN') != loads('NaN'), loads('-Infinity'), loads(b'"bytes"'))
print(loads('1.5', parse_float=lambda t: 'F' + t), loads('7', parse_int=lambda t: int(t) * 2),
      loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p), loads('{"x": 1}', object_hook=lambda d: sorted(d)))
for bad in ['', '[1,]', '{"a" 1}', '{"a":1,}', '[1 2]', '"abc', '{1: 2}', 'nul', '[1] x', '"\\q"', '"a\x01"', '01', '\ufeff1']:
    try:
        loads(bad)
    except JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    loads('[\n1,\n  ]')
except ValueError as e:
    print(type(e).__name__, e)
class Obj:
    pass
for bad in [lambda: dumps(Obj()), lambda: dumps({(1, 2): 3}), lambda: dumps(float('nan'), allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
circ = []; circ.append(circ)
try:
    dumps(circ)
except ValueError as e:
    print(e)
print(dumps({(1, 2): 3, 'k': 1}, skipkeys=True), dumps(Obj(), default=lambda o: 'OBJ'))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(dumps({'s': {3, 1, 2}}, cls=Enc), json.JSONEncoder().encode([1, 'a']), json.JSONDecoder().decode('[2]'))
print(json.JSONDecoder().raw_decode('[1] tail'), issubclass(JSONDecodeError, ValueError))
try:
    loads(3)
except TypeError as e:
    print(e)
deep = '[' * 100000 + ']' * 100000
try:
    loads(deep)
except RecursionError:
    print('RecursionError')
