# expect: exception TypeError
str.upper.__get__(5)()
