def countdown(n):
    while n > 0:
        got = yield n
        if got:
            n = got
        n -= 1
    return "done"
g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
o = outer()
print(next(o))
print(o.send("a"))
print(o.send("b"))
try:
    next(o)
except StopIteration as e:
    print("stop", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import sys
f = fib()
print([next(f) for _ in range(15)])
print(sum(x * x for x in range(10)))
print(list(zip("abc", range(10))), list(enumerate("xy", 1)))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(filter(None, [0, 1, "", "a"])))
print(list(reversed([1, 2, 3])), list(reversed(range(5))))
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield 2
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
t.close()
def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain(n - 1)
print(list(chain(50)))
d = {"a": 1, "b": 2}
print([k for k in d], [v for v in d.values()], list(d.items()))
print({x for x in "hello"} == set("hello"))
gen_exp = (i for i in range(3))
print(list(gen_exp), list(gen_exp))
