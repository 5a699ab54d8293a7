# a tiny tokenizer and recursive-descent expression evaluator
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c in "+-*/()%^":
            toks.append(("op", c))
            i += 1
        else:
            raise SyntaxError("bad character %r at %d" % (c, i))
    return toks

class Parser:
    def __init__(self, toks):
        self.toks, self.pos = toks, 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("end", None)
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%") and self.peek()[0] == "op":
            op = self.take()[1]
            rhs = self.factor()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        kind, val = self.take()
        if (kind, val) == ("op", "-"):
            return -self.unary()
        if (kind, val) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        if kind == "num":
            return val
        raise SyntaxError("unexpected %r" % (val,))

def calc(s):
    try:
        return Parser(tokenize(s)).expr()
    except (SyntaxError, ZeroDivisionError) as e:
        return type(e).__name__ + ": " + str(e)

for s in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 % 3", "7 / 2", "1.5 * 4",
          "2 * (3 + (4 - 1)) ^ 2", "1 / 0", "3 + ", "4 $ 4", "((2))", "2 ^ 100"]:
    print(s, "=>", calc(s))
