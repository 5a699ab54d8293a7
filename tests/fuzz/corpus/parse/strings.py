a = b"\x00" rb"\d" u"\N{BULLET}\u1234\U0001F600" """tri
ple""" '\
x'
