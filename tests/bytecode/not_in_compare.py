x = not a in b
y = not a is b
