# expect: ok
# stdout: True
# type.__subclasses__ is a method descriptor; calling it on type is legal
print(isinstance(type.__subclasses__(type), list))
