"""Tools that operate on functions."""

# minipy: the implementation is functools.py; this is CPython's accelerator module's interface.
from functools import cmp_to_key, partial, reduce
