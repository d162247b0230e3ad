x = 1
values = [1, 2,
print(x)
