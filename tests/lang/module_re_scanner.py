# re: re.Scanner tokenizer
import re

def s_ident(scanner, token): return ('ID', token)
def s_op(scanner, token): return ('OP', token)
def s_int(scanner, token): return ('INT', int(token))

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', s_ident),
    (r'\d+\.\d*', lambda s, t: ('FLOAT', float(t))),
    (r'\d+', s_int),
    (r'=|\+|-|\*|/', s_op),
    (r'\s+', None),
])
print(scanner.scan('sum = x + 3 * y2 - 4.5'))
print(scanner.scan('a = 1 ; b'))
print(scanner.scan(''))
sc = re.Scanner([(r'(a)(b)', lambda s, t: ('AB', t)), (r'c', lambda s, t: ('C', t))])
print(sc.scan('abcab'))
