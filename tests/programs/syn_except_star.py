# try/except* (PEP 654): splitting groups, naked exceptions, re-raising, new raises.
def show(eg, indent=0):
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(f"{pad}{type(eg).__name__}({eg.message!r}) [")
        for e in eg.exceptions:
            show(e, indent + 2)
        print(f"{pad}]")
    else:
        print(f"{pad}{type(eg).__name__}({eg})")


try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as e:
    print("caught values:")
    show(e)
except* TypeError as e:
    print("caught types:")
    show(e)
except* KeyError:
    print("caught key errors")

# A naked exception is wrapped in a group for the handler.
try:
    raise ValueError("naked")
except* ValueError as e:
    show(e)
    print(repr(e.exceptions[0]))

# Unmatched parts propagate, keeping the nesting.
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
    except* ValueError:
        print("handled the values")
except ExceptionGroup as rest:
    print("left over:")
    show(rest)

# A handler that raises: the new exception is grouped with the unhandled rest.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    show(e)
    print(type(e.exceptions[0].__context__).__name__)

# Re-raising inside a handler keeps the original group's shape.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show(e)

# Naked exception re-raised unchanged when nothing matches.
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")
except KeyError as e:
    print("KeyError passed through:", e)

# else and finally.
for exc in [None, ValueError("v")]:
    try:
        if exc:
            raise exc
    except* ValueError:
        print("except*")
    else:
        print("else")
    finally:
        print("finally")

# Tuples of types, sys.exc_info inside a handler.
import sys
try:
    raise ExceptionGroup("t", [ValueError(), TypeError(), ZeroDivisionError()])
except* (ValueError, TypeError) as e:
    print(len(e.exceptions), sys.exc_info()[1] is e)
except* ArithmeticError as e:
    print("arith", len(e.exceptions))

# Invalid handler types.
for bad in (ExceptionGroup, int):
    try:
        try:
            raise ValueError()
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)
