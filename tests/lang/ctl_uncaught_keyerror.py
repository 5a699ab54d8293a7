# uncaught KeyError shows the key's repr; exception in a nested call chain
def lookup(d, k):
    return d[k]
def outer():
    return lookup({"a": 1}, ("tuple", "key"))
print(lookup({"a": 1}, "a"))
outer()
