# expect: exception ModuleNotFoundError
# sandbox: no posix module
import posix
