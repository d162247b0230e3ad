import math
def area(r):
    return math.pi * r.radius ** 2
print(area(3))
