def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, c=3))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter(); c1(); c1(); print(c1())
G = 0
def setg():
    global G
    G = 99
setg(); print(G)
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner()
    return mid()
print(outer())
adders = [lambda v, i=i: v + i for i in range(3)]
print([a(10) for a in adders])
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(90))
def doc():
    "docstring here"
print(doc.__doc__, doc.__name__, f.__name__)
def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def greet(n):
    return "hi " + n
print(greet("bob"))
sq = lambda x: x * x
print(sq(7), (lambda: 5)(), list(map(lambda x: x + 1, [1, 2])))
def gen(n):
    for i in range(n):
        yield i * 2
print(list(gen(4)), sum(gen(10)))
def early(xs):
    for x in xs:
        if x > 2:
            return x
    else:
        return None
print(early([1, 5]), early([]))
