import re, string, itertools, functools, operator, heapq, bisect
from collections import OrderedDict, deque
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = re.findall(r"[a-z']+", text.lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = heapq.nlargest(3, freq.items(), key=operator.itemgetter(1))
print(top, len(words), len(set(words)))
print(re.sub(r"(\w+) of (\w+)", r"\2-\1", text.splitlines()[0]))
print([list(g) for k, g in itertools.groupby(sorted(words, key=len), key=len)][:3])
print(functools.reduce(lambda a, b: a + len(b), words, 0), string.capwords("hello wide world"))
d = deque(maxlen=3)
for w in words[:6]:
    d.append(w)
print(d, list(itertools.accumulate([1, 2, 3, 4], operator.mul)), bisect.bisect([1, 3, 5], 4))
print(re.split(r"[,.]\s*", text)[:4], re.match(r"(?P<first>\w+) (?P<second>\w+)", text).groupdict())
od = OrderedDict(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(od.items())[:4])
print(f"{'word':<10}|{'n':>3}")
for w, n in list(od.items())[:3]:
    print(f"{w:<10}|{n:>3}")
