o.x = 1
d[k] = v
d[1:2] = v
