# help() on built-in functions, methods and descriptors prints python3's pydoc text
# (no pager: stdout is not a terminal), from CPython's docstrings and text signatures.
import inspect

help(len)
help(print)
help(str.split)
help("abc".split)
help(dict.fromkeys)
help(int.__add__)
help(sorted)
help(divmod)


def area(width, height=2, *rest, unit="m", **extra):
    """Area of a rectangle.

    More words, indented
        further here.
    """
    return width * height


class Shape:
    def scale(self, factor):
        "Scale by factor."


help(area)
help(Shape().scale)
help(lambda x, y=1: x)

print(len.__doc__)
print(len.__text_signature__, str.split.__text_signature__, print.__text_signature__)
print(len.__module__, "abc".split.__module__)
print(inspect.signature(len), inspect.signature(str.split), inspect.signature("a".split))
print(inspect.signature(print), inspect.signature(dict.fromkeys), inspect.signature(sorted))
params = inspect.signature(str.replace).parameters
print([(p.name, str(p.kind)) for p in params.values()])
print(int.__doc__.splitlines()[0], "|", str.__doc__.splitlines()[0])
print(ValueError.__doc__, "|", KeyError.__doc__)
try:
    inspect.signature(int)
except ValueError as e:
    print("ValueError:", e)
