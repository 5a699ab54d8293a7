if x:
    pass
