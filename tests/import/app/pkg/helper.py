try:
    LOADS += 1
except NameError:
    LOADS = 1
print("init helper", __name__, __package__)
def twice(x):
    return 2 * x
