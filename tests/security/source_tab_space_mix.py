# expect: exception TabError
if 1:
        x = 1
	x = 2
