# expect: exception MemoryError
# expect: ok
# CPython presizes from the length hint (MemoryError); ignoring a hint is fine too
class A:
    def __len__(self): return 10**18
    def __iter__(self): return iter([1, 2])
print(list(A()))
