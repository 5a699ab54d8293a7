class A:
  def __hash__(self): return 2**61-1+5
class B:
  def __hash__(self): return -1
class C:
  def __hash__(self): return 2**64+3
class D:
  def __hash__(self): return True
print(hash(A()), hash(B()), hash(C()), hash(D()))
