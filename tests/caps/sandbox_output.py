# sandbox
# flags: --max-output=25
for i in range(100):
    print("line", i)
