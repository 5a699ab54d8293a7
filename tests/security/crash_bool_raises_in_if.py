# expect: exception ZeroDivisionError
class A:
    def __bool__(self): return 1 // 0
if A(): pass
