# sys.stdout / sys.stderr carry name, mode and encoding (logging shows the name)
import sys
import logging

print(sys.stdout.name, sys.stderr.name, sys.stdout.mode, sys.stderr.encoding)
print(logging.StreamHandler(sys.stdout), logging.StreamHandler())
try:
    sys.stdout.name = "x"
except AttributeError:
    print("AttributeError")
