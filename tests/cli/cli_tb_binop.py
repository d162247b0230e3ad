def total(values):
    return values[0] + values[1] * 2

print("start")
total([1, None])
