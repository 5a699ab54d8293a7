import shlex

cases = [
    'a b c', '  leading   and trailing  ', 'echo "hello world"', "echo 'single quoted'",
    'a"b c"d', "a'b c'd", r'escaped\ space', r'"esc \" quote"', r"'no \ escape' x",
    r'"backslash \\ and \$ and \x"', 'mixed "dq" \'sq\' bare', '#comment here', 'cmd # trailing comment',
    'x=1 y="2 3"', '""', "''", 'a "" b', r'\\', 'tab\tsep\nnewline', 'ümlaut wörd',
    'ls -la | grep foo > out.txt', 'a;b&&c||d', '--opt=val "--quoted opt"', 'pre"mid"post',
]
for c in cases:
    print(repr(c), shlex.split(c), shlex.split(c, comments=True), shlex.split(c, posix=False))
for bad in ('"unterminated', "'open", 'trailing\\'):
    for posix in (True, False):
        try:
            print(shlex.split(bad, posix=posix))
        except ValueError as e:
            print("ValueError", e)
try:
    shlex.split(None)
except ValueError as e:
    print("ValueError", e)

for s in ('', 'simple', 'with space', "it's", 'a"b', '$HOME', 'a*b', '-flag', 'x@y%z+=:,./-_', 'ü', 'tab\t', None):
    print(repr(s), shlex.quote(s))
try:
    shlex.quote(12)
except TypeError as e:
    print("TypeError", e)
print(shlex.join(['echo', 'hello world', "it's", '', 'ok']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f', '\\'])))

lex = shlex.shlex('foo = bar + "baz qux"; x(1,2) # comment\nnext line')
print(list(lex))
lex = shlex.shlex('foo = bar + "baz qux"; x(1,2) # comment\nnext line', posix=True)
toks = []
while True:
    t = lex.get_token()
    if t is lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks)
lex = shlex.shlex("a && b || c; (d) > e 2>&1", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a&&b||c;(d)>e", posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("~/bin/x.sh --x=y *.py", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a|b", punctuation_chars="|")
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("one two three")
print(lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("a,b;c", posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("a,b;c d")
lex.whitespace = ' ,'
print(list(lex))
lex = shlex.shlex("x:y:z", posix=True)
lex.wordchars += ':'
print(list(lex))
lex = shlex.shlex("a 'b c'", infile="f.sh")
print(lex.error_leader(), lex.error_leader("g", 7), lex.infile, lex.posix, repr(lex.eof))
print(lex.commenters, lex.quotes, lex.escape, lex.escapedquotes, repr(lex.whitespace), lex.state, lex.lineno)
lex = shlex.shlex("a\nb\nc", posix=True)
print([(t, lex.lineno) for t in lex])
