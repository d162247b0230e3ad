class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
    def norm(self):
        return self.x

p = Point()
print(p.nrom())
