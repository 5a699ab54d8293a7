# string ordering by code point, comparisons of prefixes, sorting mixed scripts and cases, casefold keys, min/max
words = ['apple', 'Apple', 'APPLE', 'äpple', 'banana', 'Banana', 'band', 'ban', '', ' ', 'zebra', 'Zebra', 'éclair', 'eclair', '😀', '\U00010000']
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len), sorted(words, reverse=True)[:3])
print(min(words), max(words), min(words, key=len), max(words, key=lambda w: w[-1:] or ' '))
pairs = [('a', 'b'), ('a', 'a'), ('ab', 'a'), ('', 'a'), ('Z', 'a'), ('\xff', '\u0100'), ('\uffff', '\U00010000')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
