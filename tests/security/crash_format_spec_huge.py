# expect: exception ValueError
'{:{}}'.format(1, 10**30)
