"""Bisection algorithms.

This module provides support for maintaining a list in sorted order without
having to sort the list after each insertion. For long lists of items with
expensive comparison operations, this can be an improvement over the more
common approach."""

# minipy: the implementation is bisect.py; this is CPython's accelerator module's interface.
from bisect import bisect_left, bisect_right, insort_left, insort_right
