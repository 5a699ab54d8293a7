f('a' 'b' c)
