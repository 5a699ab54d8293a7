import difflib
from difflib import SequenceMatcher

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 6), s.quick_ratio(), s.real_quick_ratio())
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for opcode in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % opcode)
m = s.find_longest_match(0, 10, 0, 20)
print(m, m.a, m.b, m.size, type(m).__name__)
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(None, "", "")
print(s.ratio(), s.get_opcodes(), s.get_matching_blocks())
s = SequenceMatcher(None, "abc", "")
print(s.ratio(), s.get_opcodes())
s = SequenceMatcher()
s.set_seqs("qabxcd", "abycdf")
print(s.get_opcodes())
s.set_seq1("abycdf")
print(s.ratio())
s.set_seq2([1, 2, 3])
s.set_seq1([3, 2, 1])
print(s.get_opcodes(), s.ratio())
print(sorted(SequenceMatcher(lambda c: c in "ab", "x", "aabbc").bjunk))
big = "a" * 300 + "b"
s = SequenceMatcher(None, big, big)
print(s.bpopular, s.ratio(), s.get_matching_blocks()[:2])
s = SequenceMatcher(None, big, big, autojunk=False)
print(s.bpopular, s.ratio(), s.get_matching_blocks())
a = list(map(str, range(1, 40)))
b = a[:]
b[5] = "x"
del b[20]
b.insert(30, "new")
s = SequenceMatcher(None, a, b)
for g in s.get_grouped_opcodes(2):
    print(g)
print(list(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))
print(list(SequenceMatcher(None, "", "").get_grouped_opcodes()))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword as _k
print(difflib.get_close_matches("wheel", _k.kwlist))
print(difflib.get_close_matches("pineapple", _k.kwlist))
print(difflib.get_close_matches("accept", _k.kwlist))
print(difflib.get_close_matches("lamda", ["lambda", "lam", "ladder", "llama"], n=2, cutoff=0.5))
for kw in ({'n': 0}, {'cutoff': 1.5}, {'cutoff': -0.1}):
    try:
        difflib.get_close_matches("x", ["y"], **kw)
    except ValueError as e:
        print("ValueError", e)

before = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n",
          "eight\n", "nine\n", "ten\n", "eleven\n", "twelve\n"]
after = ["zero\n", "one\n", "two\n", "tree\n", "four\n", "five\n", "six\n", "seven\n",
         "eight\n", "nine\n", "ten\n", "eleven!\n", "twelve\n", "thirteen\n"]
print("".join(difflib.unified_diff(before, after, "a.txt", "b.txt")), end="")
print("".join(difflib.unified_diff(before, after, "a.txt", "b.txt", "2024-01-01", "2024-01-02", n=1)), end="")
print("".join(difflib.unified_diff(before, after, n=0)), end="")
print("".join(difflib.context_diff(before, after, "a.txt", "b.txt")), end="")
print("".join(difflib.context_diff(before, after, n=1)), end="")
print(list(difflib.unified_diff("abc", "abd", lineterm="")))
print(list(difflib.context_diff(["a"], ["a", "b"], lineterm="")))
print(list(difflib.context_diff(["a", "b"], ["a"], lineterm="")))
print(list(difflib.unified_diff(["x"], ["x"])))
print(list(difflib.unified_diff([], ["new"], lineterm="")))
for args in (([1], ["a"]), (["a"], [b"b"]), (["a"], ["b"], 5)):
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print("TypeError", e)

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
print("".join(result), end="")
diff = list(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"]))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError", e)
print(list(difflib.ndiff(["abcDefghiJkl\n"], ["abcdefGhijkl\n"])))
print(list(difflib.ndiff(["a\n", "b\n", "c\n"], ["x\n", "b\n", "y\n", "z\n"])))
print(list(difflib.ndiff(["same\n", "completely different\n"], ["nothing alike\n", "same\n"])))
print(list(difflib.ndiff(["\tindented line here\n"], ["\tindented lines here\n"])))
print(list(difflib.Differ(linejunk=difflib.IS_LINE_JUNK).compare(["#\n", "a\n"], ["  \n", "a\n"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))
print(difflib.Match(1, 2, 3))
s = SequenceMatcher(None, "xabcdefghij", "yabcdefghik")
codes = s.get_opcodes()
print(codes, list(s.get_grouped_opcodes(1)))
print(codes, s.get_opcodes() is codes)
