"""Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience."""

# minipy: the functions are operator.py's; only _compare_digest lives here.
from operator import *


def _compare_digest(a, b, /):
    """Return 'a == b'.

This function uses an approach designed to prevent
timing analysis, making it appropriate for cryptography.

a and b must both be of the same type: either str (ASCII only),
or any bytes-like object.

Note: If a and b are of different lengths, or if an error occurs,
a timing attack could theoretically reveal information about the
types and lengths of a and b--but not their values."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        def buffer(x):
            try:
                return memoryview(x).tobytes()
            except TypeError:
                return None
        va, vb = buffer(a), buffer(b)
        if va is None and vb is None:
            raise TypeError("unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        if va is None or vb is None:
            bad = a if va is None else b
            raise TypeError(f"a bytes-like object is required, not '{type(bad).__name__}'")
        a, b = va, vb
    # Look at every byte whatever the outcome, so the time depends on lengths only.
    result = len(a) ^ len(b)
    left = b if len(a) != len(b) else a
    for x, y in zip(left, b):
        result |= x ^ y
    return result == 0
