# Caret positions under lines with wide characters: traceback's display
# width counts East Asian Wide and Fullwidth characters twice (exact
# unicodedata.east_asian_width data, including rare and unassigned ones).
import traceback

def show(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE").split("\n", 3)[3])

def a(): return "𘴀𚿰" + 1 + ""
def b(): return "⺚⻴ab" + 1 + ""
def c(): return "㉐｡￠　" + 1 + ""
def d(): return "🀄🃏🇦⌚" + 1 + ""
def e(): return ("ᄀᅟᅠ", 1)[2] + ("x", 2)[5]

for f in (a, b, c, d, e):
    show(f)
