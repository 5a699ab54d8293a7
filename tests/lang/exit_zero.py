# SystemExit(0) and SystemExit(None) end the program successfully
def work():
    total = 0
    for i in range(10):
        total += i * i
    return total

print("work", work())
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
try:
    raise SystemExit(None)
except SystemExit as e:
    print("None code:", e.code)
try:
    exit_code = 0
    raise SystemExit(exit_code)
finally:
    print("finally runs before exit")
print("never printed")
