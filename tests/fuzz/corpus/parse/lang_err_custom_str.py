# uncaught custom exception whose __str__ is overridden
class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(line, col, msg)
        self.line, self.col, self.msg = line, col, msg
    def __str__(self):
        return f"line {self.line}, col {self.col}: {self.msg}"

def parse(text):
    for ln, line in enumerate(text.splitlines(), 1):
        for col, ch in enumerate(line, 1):
            if ch == "!":
                raise ParseError(ln, col, "unexpected '!'")
    return len(text.splitlines())

print(parse("a\nb\nc"))
try:
    parse("ok\nbad!")
except ParseError as e:
    print("handled:", e, e.args)
print(repr(ParseError(1, 2, "x")))
docs = ["first\nsecond", "x\ny\nz!"]
for d in docs:
    print("lines:", parse(d))
print("never printed")
