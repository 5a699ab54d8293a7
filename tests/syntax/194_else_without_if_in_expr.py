x = a else b
