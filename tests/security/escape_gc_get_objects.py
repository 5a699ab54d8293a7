# expect: ok
# stdout: refused
# sandbox: no heap introspection
try:
    import gc
    gc.get_objects
except (ImportError, AttributeError):
    print('refused')
else:
    print('HAS get_objects')
