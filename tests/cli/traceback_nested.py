def inner(x):
    return 10 / x

def outer(values):
    total = 0
    for v in values:
        total += inner(v)
    return total

print("start")
print(outer([1, 2, 0]))
