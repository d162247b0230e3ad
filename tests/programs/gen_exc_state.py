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

def context():
    try:
        yield
    except ValueError as e:
        print("context", repr(e.__context__))
k = context(); next(k)
try:
    raise KeyError("k")
except KeyError:
    try:
        k.throw(ValueError("v"))
    except StopIteration:
        pass
def own():
    try:
        raise IndexError("own")
    except IndexError:
        try:
            yield
        except ValueError as e:
            print("own context", repr(e.__context__))
o = own(); next(o)
try:
    o.throw(ValueError("v2"))
except StopIteration:
    pass
