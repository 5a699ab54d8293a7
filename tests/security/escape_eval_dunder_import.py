# expect: exception ModuleNotFoundError
# sandbox: __import__ through eval finds no os-level modules
eval("__import__('subprocess')")
