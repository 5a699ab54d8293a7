import textwrap

s = ("The quick brown fox jumps over the lazy dog. It was a well-known "
     "fact that self-driving cars--and their makers--were here. Hello world! "
     "Supercalifragilisticexpialidocious-antidisestablishmentarianism is long.")
for w in (10, 20, 33, 50, 70):
    print(w, textwrap.wrap(s, w))
print(textwrap.fill(s, 30))
print(textwrap.fill(s, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(s, 15, break_on_hyphens=False))
print(textwrap.wrap(s, 15, break_long_words=False))
print(textwrap.wrap("a-b-c-d e--f g---h ab-cd-ef x-yz abc--def", 4))
print(textwrap.wrap("well-known, re-enter, --option, 123-456, a--b", 6))
print(textwrap.wrap("one. two! three? four.\" five", 12, fix_sentence_endings=True))
print(textwrap.wrap("\ttab\there\nnew line\r\x0bvt", 10))
print(textwrap.wrap("\ttab\there", 20, expand_tabs=False))
print(textwrap.wrap("a\tb\nc", 20, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("a\tb", 20, tabsize=4))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap(s, 20, max_lines=3))
print(textwrap.wrap(s, 20, max_lines=2, placeholder='...'))
print(textwrap.wrap("short text", 20, max_lines=1))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 8, max_lines=2))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(repr(textwrap.shorten("   lots   of\n\nspace   here  ", 15)))
for bad in (0, -3):
    try:
        textwrap.wrap("abc", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.shorten("hello world foo", 3)
except ValueError as e:
    print("ValueError", e)
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  a\n\t b\n")))
print(repr(textwrap.dedent("    a\n   \n      b\n")))
print(repr(textwrap.dedent("\t\ta\n\t\tb\n\t  c")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("")), repr(textwrap.dedent("   ")))
print(repr(textwrap.indent("a\nb\n\nc\n", "> ")))
print(repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\n", "  ")))
w = textwrap.TextWrapper(width=12, initial_indent='>> ')
print(w.wrap("alpha beta gamma delta epsilon"))
w.width = 20
print(w.fill("alpha beta gamma delta epsilon"))
print(w.width, w.break_long_words, w.placeholder, w.max_lines, w.tabsize)
print(textwrap.wrap("x" * 25, 10))
print(textwrap.wrap("aaa-bbb-ccc-ddd-eee", 9))
print(textwrap.wrap("----------", 4))
print(textwrap.wrap("Ünïcödé wörds äré fïné-ënöügh hérë", 10))
print(textwrap.fill("a b c d e f g h", 8, max_lines=2))
print(textwrap.wrap("aa bb cc dd ee ff", 7, max_lines=2, placeholder=" ~"))
print(textwrap.wrap("Hello there,  how are you?", 12, drop_whitespace=False))
