# an int subclass instance holding 0 converts to text as "0" (it printed "")
class X(int):
    pass

z = X(0)
print(str(z), repr(z), z, f"{z}", "%d" % z, format(z, "5d"), format(z, "x"))
print(hex(z), oct(z), bin(z), format(z, "#b"), format(z, ",d"), format(z, "08.0f"))
print(str(X(-0)), str(X(7)), str(X(-7)), hex(X(255)), str(X(10 ** 30)))

from enum import IntEnum

class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1

print(Day.MONDAY, str(Day.MONDAY), repr(Day.MONDAY), f"{Day.MONDAY}", Day.TUESDAY)
