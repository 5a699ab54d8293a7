# expect: ok
# stdout: [1]*(-10**30) OverflowError cannot fit 'int' into an index-sized integer
# stdout: (1,)*(-10**30) OverflowError cannot fit 'int' into an index-sized integer
# stdout: b'a'*(-10**30) OverflowError cannot fit 'int' into an index-sized integer
# stdout: bytearray(b'a')*(-10**30) OverflowError cannot fit 'int' into an index-sized integer
# stdout: 'a'*(-10**30) OverflowError cannot fit 'int' into an index-sized integer
# stdout: (1).to_bytes(10**19) OverflowError Python int too large to convert to C ssize_t
# stdout: (1).to_bytes(-10**19) OverflowError Python int too large to convert to C ssize_t
# stdout: [1]*(-5) []
# repeat counts and lengths beyond 64 bits, either sign: OverflowError as CPython
for e in ['[1]*(-10**30)', '(1,)*(-10**30)', 'b\'a\'*(-10**30)', 'bytearray(b\'a\')*(-10**30)', '\'a\'*(-10**30)', '(1).to_bytes(10**19)', '(1).to_bytes(-10**19)', '[1]*(-5)']:
    try: print(e, eval(e))
    except Exception as x: print(e, type(x).__name__, x)
