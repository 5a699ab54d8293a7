# except*: runtime TypeErrors for invalid types
def attempt(t):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* t:
            print("caught")
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(ExceptionGroup)
attempt(BaseExceptionGroup)
attempt((ValueError, ExceptionGroup))
attempt(int)
attempt((ValueError, 3))
attempt("ValueError")
attempt(ValueError)

class MyGroup(ExceptionGroup):
    pass
attempt(MyGroup)

# the type check happens even when everything was already handled
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("first")
except* ExceptionGroup:
    print("never")
