# expect: exception EOFError
# no input on stdin (the runner closes it)
input()
