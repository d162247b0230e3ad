a = ...
b = b'hi'
c = 1.5
d = 1e100
