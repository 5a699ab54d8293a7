# expect: exception SyntaxError
x = '\N{NO SUCH CHARACTER NAME AT ALL}'
