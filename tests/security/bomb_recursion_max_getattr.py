# args: --max-recursion=100000
# expect: exception RecursionError
# recursion through C (attribute lookup calling __getattr__) at the highest limit
class A:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
A().y
