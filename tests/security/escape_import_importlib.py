# expect: exception ModuleNotFoundError
# sandbox: no importlib
import importlib
