o.m(1)
o.m(x, key=2)
a.b.c(1)
