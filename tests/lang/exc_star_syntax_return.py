# except*: return in an except* block is a SyntaxError, even inside a loop
print("never printed")
def f():
    try:
        pass
    except* ValueError:
        while True:
            return 1
