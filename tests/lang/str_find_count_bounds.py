# count/find/rfind/index/rindex/startswith/endswith with start/end bounds
s = 'abracadabra'
for sub in ['a', 'abra', 'bra', '', 'z', 'abracadabrax']:
    for start, end in [(None, None), (1, None), (-4, None), (0, 4), (3, -3), (20, None), (-100, 100), (5, 2), (11, 11), (None, -1)]:
        print(repr(sub), start, end, s.count(sub, start, end), s.find(sub, start, end), s.rfind(sub, start, end),
              s.startswith(sub, start, end), s.endswith(sub, start, end))
print(s.startswith(('x', 'abr')), s.endswith(('ra', 'q'), 0, 5), s.startswith((), 0), s.endswith('', 11), s.endswith('', 12))
for f in [lambda: s.index('z'), lambda: s.rindex('z'), lambda: s.index('a', 1, 3), lambda: s.startswith(['a']),
          lambda: s.endswith(1), lambda: s.count(1), lambda: s.find('a', 'b'), lambda: s.find('a', 1.0),
          lambda: s.startswith(('a', 1)), lambda: s.index('c', -100), lambda: s.rindex('a', 0, -1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 3
print(s.find('a', Idx()), s.count('a', None, Idx()), s.find('a', 2**70), s.find('a', -2**70), s.count('', 2, 5), ''.count(''), ''.count('', 1))
u = 'ÉéÉé😀é😀'
print(u.count('é'), u.find('😀'), u.rfind('😀'), u.index('é', 2), u.count('😀é'), u.find('é', -2), u.rfind('É', 0, 2))
print('aaaa'.count('aa'), 'aaaa'.replace('aa', 'b'), 'aaaa'.replace('', '-'), 'aaaa'.replace('a', 'b', 2), 'aaaa'.replace('a', 'b', -1), 'abc'.replace('', '-', 2))
print('a'.replace('a', 'b', count=0), 'xax'.replace(old='a', new='b') if False else 'skip')
