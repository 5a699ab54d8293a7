# sandbox
# flags: --max-time=0.3s
import time
print("start")
try:
    time.sleep(30)
finally:
    print("not reached")
