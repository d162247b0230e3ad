'module doc'
x = 1
