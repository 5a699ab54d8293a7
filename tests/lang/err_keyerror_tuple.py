# uncaught KeyError with a tuple key and with a non-string key
table = {(0, 0): "origin", (1, 0): "east"}
print(table[0, 0], table[(1, 0)])
try:
    table[2, 2]
except KeyError as e:
    print("handled:", e, e.args)
try:
    {}[42]
except KeyError as e:
    print("handled:", e)
try:
    {}[""]
except KeyError as e:
    print("handled:", repr(e))
codes = {1: "one"}
print(codes[1])
print("looking up (3, 4)")
table[3, 4]
print("never printed")
