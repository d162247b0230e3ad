class Point:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    @property
    def norm(self):
        return self.x ** 2 + self.y ** 2
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def helper(a):
        return a * 2
p = Point(1, 2) + Point(3, 4)
print(p, p.norm, Point.origin(), Point.helper(21), Point.count)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 1): "a"}[Point(1, 1)])
class Animal:
    def speak(self):
        return "..."
    def describe(self):
        return f"{type(self).__name__} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in [Animal(), Dog(), Puppy()]:
    print(a.describe())
print(Puppy.__mro__)
print(isinstance(Puppy(), Animal), issubclass(Dog, Puppy))
class Stack(list):
    def push(self, x):
        self.append(x)
s = Stack(); s.push(1); s.push(2)
print(s, len(s), s[0], type(s).__name__)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class WithGetattr:
    def __getattr__(self, name):
        return name.upper()
print(WithGetattr().hello)
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()))
class D:
    def __init__(self, v): self.v = v
    def __del__(self): print("del", self.v)
d = D(1)
del d
print("after del")
def f():
    x = D(2)
f()
print("after f")
class Slots:
    __slots__ = ()
print(hasattr(Point(1,2), "x"), getattr(Point(1,2), "z", "dflt"))
print(Point.__name__, Point.__qualname__, Point.helper.__name__)
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(5)
except E as e:
    print(e, e.code, e.args, repr(e))
