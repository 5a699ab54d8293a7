# sandbox
# flags: --allow-read
import os
print(open("../secret.txt").read(), open(os.path.abspath("../secret.txt")).read())
try:
    open("out/x.txt", "w")
except PermissionError as e:
    print("PermissionError:", e)
