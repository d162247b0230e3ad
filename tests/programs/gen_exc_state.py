import sys

def ctx():
    print("in gen", sys.exc_info()[0])
    try:
        raise KeyError
    except KeyError:
        yield 1
        print("resumed", sys.exc_info()[0])
    yield 2

c = ctx()
try:
    raise ValueError
except ValueError:
    next(c)
    print("outer sees", sys.exc_info()[0])
next(c)
print("after", sys.exc_info()[0])
try:
    raise IndexError
except IndexError:
    next(c, None)
    print("outer again", sys.exc_info()[0])

def reraiser():
    try:
        raise TypeError("inner")
    except TypeError:
        yield
        raise
r = reraiser(); next(r)
try:
    next(r)
except TypeError as e:
    print("reraised", e)

