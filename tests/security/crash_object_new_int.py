# expect: exception TypeError
# object.__new__(int) would make an int without digits (was a SIGSEGV)
x = object.__new__(int)
x + 1
