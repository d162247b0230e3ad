def g(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("got", x)
    return "done"

it = g(3)
print(next(it), it.send("a"), next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
print(next(it, "default"))

it = g(2)
try:
    it.send(1)
except TypeError as e:
    print(e)

def gthrow():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield 2
    yield 3

t = gthrow(); next(t)
print(t.throw(ValueError))
t = gthrow(); next(t)
print(t.throw(ValueError("x")))
t = gthrow(); next(t)
print(t.throw(ValueError, "y"))
t = gthrow(); next(t)
print(t.throw(ValueError, ValueError("z")))
t = gthrow(); next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
try:
    t.throw(1)
except TypeError as e:
    print(e)
try:
    gthrow().throw(ValueError("a"), 1)
except TypeError as e:
    print(e)

def gclose():
    try:
        yield 1
    finally:
        print("finally")
c = gclose(); next(c); c.close(); c.close()
c = gclose(); c.close()

def ignore():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2
c = ignore(); next(c)
try:
    c.close()
except RuntimeError as e:
    print(e)

def pep479():
    yield 1
    raise StopIteration(5)
try:
    list(pep479())
except RuntimeError as e:
    print(e, repr(e.__cause__))

def running():
    print(r.gi_running)
    yield
r = running()
print(r.gi_running)
next(r)

def reenter():
    next(me)
    yield
me = reenter()
try:
    next(me)
except ValueError as e:
    print(e)

def drop():
    try:
        yield 1
    finally:
        print("dropped")
d = drop(); next(d); del d
print("after")

def w():
    class CM:
        def __enter__(self): print("enter")
        def __exit__(self, *a): print("exit", a[0]); return False
    with CM():
        yield 1
x = w(); next(x); x.close()

def named(): yield
n = named()
print(repr(n).startswith("<generator object named at 0x"), n.__name__, n.__qualname__, n.gi_code.co_name if hasattr(n.gi_code, "co_name") else "named")
print(type(n).__name__)
print(list(x * x for x in range(5)))
ge = (x for x in range(3))
print(repr(ge).startswith("<generator object <genexpr> at"))
print(sum(ge))
