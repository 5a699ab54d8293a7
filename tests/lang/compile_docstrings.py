"""  mod
   doc"""
def f():
    '''  a
	b
       c

      d'''
class C:
    '''x
    y'''
print(repr(f.__doc__), repr(C.__doc__), repr(__doc__))
def g(): pass
print(g.__doc__)
