x = {
def f():
    pass
