# expect: exception ModuleNotFoundError
# sandbox: no marshal (code objects from bytes)
import marshal
marshal.loads(b'\xe3')
