class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("rex")
print(d.speak(), d.kind, Dog.kind, isinstance(d, Animal), type(d).__name__, [d])
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __str__(self):
        return f"({self.x}, {self.y})"
print(Point(1, 2) + Point(3, 4), Point(1, 1) == Point(1, 1), Point(1, 1) != Point(1, 2))
class Stack:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def push(self, x):
        self.items.append(x)
        return self
print(len(Stack().push(1).push(2)), bool(Stack()))
