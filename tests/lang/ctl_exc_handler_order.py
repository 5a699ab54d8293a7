# handler selection order, else/finally ordering, and exceptions raised in handlers
def run(exc):
    log = []
    try:
        try:
            log.append("try")
            if exc: raise exc
        except KeyError:
            log.append("KeyError handler")
        except LookupError:
            log.append("LookupError handler")
        except (ValueError, TypeError) as e:
            log.append(f"Value/Type handler {type(e).__name__}")
            if isinstance(e, TypeError):
                raise RuntimeError("from handler")
        except Exception:
            log.append("generic handler")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except RuntimeError as e:
        log.append(f"outer caught {e} (context {type(e.__context__).__name__})")
    return log
for exc in [None, KeyError(), IndexError(), ValueError(), TypeError(), OSError(), ]:
    print(type(exc).__name__, run(exc))
# first matching clause wins even if a later one is more specific
try:
    raise KeyError
except LookupError:
    print("LookupError first")
except KeyError:
    print("not reached")
# exception raised in else goes to outer handlers, finally still runs
def f():
    try:
        try:
            pass
        except Exception:
            print("no")
        else:
            raise ValueError("else raised")
        finally:
            print("finally after else")
    except ValueError as e:
        print("outer", e)
f()
# exception in finally replaces the pending one
try:
    try:
        raise KeyError("pending")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print("ValueError", e, "context", repr(e.__context__))
# return in except after an exception in try
def g():
    try:
        raise ValueError
    except ValueError:
        return "returned from handler"
    finally:
        print("g finally")
print(g())
