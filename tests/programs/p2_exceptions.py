try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e, type(e).__name__, e.args)
try:
    [][1]
except (KeyError, IndexError) as e:
    print("tuple match", repr(e))
try:
    {}["k"]
except LookupError as e:
    print("base match", repr(e), str(e))
else:
    print("no")
finally:
    print("finally")
try:
    pass
except Exception:
    print("no")
else:
    print("else ran")
class MyError(ValueError):
    pass
try:
    raise MyError("custom", 2)
except ValueError as e:
    print(type(e).__name__, e, e.args, isinstance(e, Exception))
def chain():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    chain()
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b")
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    int("12x")
except ValueError as e:
    print(e)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("recursion:", e)
try:
    raise
except RuntimeError as e:
    print(e)
e_saved = None
try:
    raise ValueError("v")
except ValueError as e:
    e_saved = e
print(repr(e_saved))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), BaseException.__name__)
try:
    raise StopIteration
except Exception as e:
    print(repr(e))
