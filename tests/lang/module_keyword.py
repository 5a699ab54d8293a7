import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.__all__))
for w in ("if", "None", "none", "match", "case", "type", "_", "print", "async", "await", "", "lambda"):
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError", e)
print(keyword.iskeyword(1))
