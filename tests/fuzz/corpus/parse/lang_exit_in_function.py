# SystemExit raised in a nested function runs finally blocks on the way out
def cleanup_log(msg):
    print("cleanup:", msg)

def inner(code):
    try:
        print("inner raising SystemExit", code)
        raise SystemExit(code)
    finally:
        cleanup_log("inner")

def outer():
    try:
        inner(4)
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        cleanup_log("outer")

try:
    inner(2)
except SystemExit as e:
    print("intercepted code", e.code)
outer()
print("never printed")
