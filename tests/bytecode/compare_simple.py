a < b
a == b
a is not None
a not in b
