# Raw carriage returns and other control characters reach stdout unchanged.
print("progress 10%\rprogress 100%")
print("dos line\r\nnext")
print("trailing\r")
print(repr("a\rb"), len("a\rb"))
import sys
sys.stdout.write("no newline translation\r\n")
print("tab\there", "bell\a", "vt\v", "ff\f", sep="|")
