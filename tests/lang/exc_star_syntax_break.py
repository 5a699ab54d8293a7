# except*: break in an except* block is a compile-time SyntaxError
print("never printed")
for x in range(3):
    try:
        pass
    except* ValueError:
        break
