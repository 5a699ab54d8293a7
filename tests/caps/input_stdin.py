# stdin: Alice\nline two\r\nline three\nlast
import sys
print(input("name: "))
print(repr(sys.stdin.readline()))
print(list(sys.stdin))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
print(sys.stdin.readable(), sys.stdin.name)
