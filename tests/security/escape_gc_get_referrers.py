# expect: ok
# stdout: refused
# sandbox: no heap introspection
try:
    import gc
    gc.get_referrers
    print('HAS get_referrers')
except (ImportError, AttributeError):
    print('refused')
