a = o.b.c
