# expect: exception TypeError
list.append(5, 1)
