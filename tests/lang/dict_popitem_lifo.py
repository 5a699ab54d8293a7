# dict popitem LIFO order, interaction with updates/deletes/re-insertions, and order of keys()/values()/items() after mutations
d = dict.fromkeys('abcdef', 0)
order = []
d['b'] = 5
del d['c']
d['c'] = 1
d.update(g=2, a=9)
print(list(d))
while d:
    order.append(d.popitem())
print(order)
d = {}
for i in range(10):
    d[i] = i
    if i % 3 == 0:
        del d[i]
print(list(d), d.popitem(), list(d.values()), list(d.items())[-2:])
d[100] = 1
d[3] = 'back'
print(list(d), d.popitem(), d.popitem(), list(d))
e = {'x': 1}
print(e.popitem(), e, len(e))
try:
    e.popitem()
except KeyError as err:
    print('KeyError', err)
big = {i: -i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(big.popitem(), len(big), next(iter(big)), list(big)[-1])
