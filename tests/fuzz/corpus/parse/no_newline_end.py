if x:
    pass