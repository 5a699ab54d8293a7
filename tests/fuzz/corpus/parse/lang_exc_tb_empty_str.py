# uncaught exception whose str is empty: only the type name is printed
class Quiet(Exception):
    def __str__(self):
        return ""
print("x")
raise Quiet(1, 2)
