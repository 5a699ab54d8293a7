x = 'a\xZ'
