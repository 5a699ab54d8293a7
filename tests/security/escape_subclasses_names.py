# expect: ok
# stdout: clean
# sandbox: CPython's object.__subclasses__() lists loader and os classes
bad = {'Popen', '_wrap_close', 'BuiltinImporter', 'FileLoader', 'catch_warnings',
       'SourceFileLoader', 'FileFinder', 'Quitter', '_Printer', 'CDLL', 'PyCSimpleType'}
names = set()
todo = list(object.__subclasses__())
while todo:
    c = todo.pop()
    if c.__name__ in names:
        continue
    names.add(c.__name__)
    try:
        todo.extend(c.__subclasses__())
    except TypeError:
        pass
print('clean' if not (names & bad) else sorted(names & bad))
