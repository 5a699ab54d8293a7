try:
    a = 1
except:
b = 1
