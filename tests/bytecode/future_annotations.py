"""doc"""
from __future__ import annotations
import typing
x: Undefined[int] = 1
class A:
    y: A | None
    def m(self, a: A, *args: int, b: "str" = 'x', **kw: Dict[
            str, int]) -> A:
        z: int = 1
        return self
