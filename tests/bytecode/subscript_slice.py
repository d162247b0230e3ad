a = x[1]
b = x[1:2]
c = x[::2]
d = x[a:b, c]
