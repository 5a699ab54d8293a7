# except*: continue in an except* block (even nested in an if) is a SyntaxError
print("never printed")
for x in range(3):
    try:
        pass
    except* ValueError:
        if x:
            continue
