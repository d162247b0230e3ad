def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 // n
    except ValueError as e:
        print("VE", e)
        return -1
    finally:
        print("finally", n)
print(f(0), f(2))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        x = undefined_name
except NameError as e:
    print(e, type(e.__context__).__name__)
def g():
    for i in range(5):
        try:
            if i == 2:
                continue
            if i == 4:
                break
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple catch", type(e).__name__, e.args)
class MyErr(ValueError): pass
try:
    raise MyErr("m")
except ValueError as e:
    print("sub", e)
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.code)
try:
    assert 1 == 2, "nope"
except AssertionError as e:
    print("assert", e)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen():
    print(v)
    break
print(int("12"), int("ff", 16), float("1.5"))
for bad in ["x", "1.2.3"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    [1,2].index(5)
except ValueError as e:
    print(e)
with_result = []
class CM:
    def __enter__(self):
        with_result.append("enter")
        return self
    def __exit__(self, t, v, tb):
        with_result.append(("exit", t.__name__ if t else None))
        return True
with CM() as c:
    raise ValueError("inside")
with CM():
    pass
print(with_result)
def h():
    try:
        return "try"
    finally:
        print("h finally")
print(h())
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, e.args)
print(sys.exc_info()[0])
