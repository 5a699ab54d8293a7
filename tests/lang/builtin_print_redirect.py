# print() follows sys.stdout when the program replaces it (a writer object, None, the original)
import sys
print("one")
class Cap:
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s)
    def flush(self): self.buf.append('<flush>')
c = Cap()
sys.stdout = c
print("captured", 1, flush=True)
sys.stdout = sys.__stdout__
print(c.buf)
sys.stdout = None
print("nothing")
sys.stdout = sys.__stdout__
print("back")
print("err", file=sys.stderr)
