# module-level names, globals modified from functions, order of definition
CONFIG = {"debug": False}
VERSION = 1
items = []

def enable_debug():
    CONFIG["debug"] = True

def bump_version():
    global VERSION
    VERSION += 1
    return VERSION

def add(item):
    items.append(item)
    return len(items)

enable_debug()
print(CONFIG, bump_version(), bump_version(), VERSION)
print(add("a"), add("b"), items)

def use_before_def():
    return helper() * 2
def helper():
    return 21
print(use_before_def())

def reassign_list():
    global items
    items = ["replaced"]
reassign_list()
print(items)

def make_global_func():
    global dynamic_func
    def dynamic_func():
        return "defined inside another function"
make_global_func()
print(dynamic_func())

if VERSION > 2:
    def conditional():
        return "version > 2"
else:
    def conditional():
        return "old version"
print(conditional())

for i in range(3):
    last_i = i
print(i, last_i)
counter = 0
def increment_many(n):
    global counter
    for _ in range(n):
        counter += 1
increment_many(5)
increment_many(3)
print(counter)
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
x = 1
def read_then_global():
    global x
    x = x + 1
    return x
print(read_then_global(), x)
