# how except clauses match
def catch(exc, clause):
    try:
        try:
            raise exc
        except clause:
            return "caught"
    except BaseException as e:
        return f"escaped {type(e).__name__}: {e}"
print(catch(KeyError("k"), LookupError))
print(catch(KeyError("k"), (TypeError, LookupError)))
print(catch(KeyError("k"), (TypeError, (ValueError, KeyError))))
print(catch(KeyError("k"), ()))
print(catch(KeyError("k"), 5))
print(catch(KeyError("k"), (TypeError, 5)))
print(catch(KeyError("k"), [KeyError]))
print(catch(KeyError("k"), object))
print(catch(KeyboardInterrupt(), Exception))
print(catch(KeyboardInterrupt(), BaseException))
print(catch(GeneratorExit(), Exception))
print(catch(SystemExit(1), Exception))
# dynamic clause expressions evaluated lazily
def clause(name):
    print("evaluating clause", name)
    return {"V": ValueError, "K": KeyError}[name]
try:
    raise KeyError
except clause("V"):
    print("no")
except clause("K"):
    print("matched K")
# metaclass __subclasscheck__ is NOT consulted by except (CPython uses real subclassing)
class Meta(type):
    def __subclasscheck__(cls, sub):
        print("subclasscheck called")
        return True
class Anything(Exception, metaclass=Meta): pass
print(catch(ValueError("v"), Anything))
# exception hierarchy spot checks
pairs = [(ZeroDivisionError, ArithmeticError), (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError),
         (UnicodeDecodeError, ValueError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (IndentationError, SyntaxError), (TabError, IndentationError), (StopAsyncIteration, Exception),
         (BrokenPipeError, ConnectionError), (TimeoutError, OSError), (KeyError, LookupError), (IndexError, LookupError),
         (UnboundLocalError, NameError), (FloatingPointError, ArithmeticError), (EnvironmentError, OSError)]
print([issubclass(a, b) for a, b in pairs])
print(IOError is OSError, EnvironmentError is OSError)
# handler variable scoping and deletion
e = "outer value"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
# except with no type after typed clauses
try:
    raise OSError("os")
except ValueError:
    print("no")
except:
    print("bare except caught")
# exceptions raised while matching propagate
class BadMeta(type):
    pass
try:
    try:
        raise ValueError
    except (lambda: (_ for _ in ()).throw(RuntimeError("clause eval failed")))():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
