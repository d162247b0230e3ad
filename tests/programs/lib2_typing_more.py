from __future__ import annotations
import typing
from typing import Protocol, TypeVar, Generic, Optional, Union, List, Dict, Callable, Iterator, Any, ClassVar
from dataclasses import dataclass, field, fields

T = TypeVar('T')
class SupportsClose(Protocol[T]):
    def close(self) -> T: ...
print(SupportsClose.__parameters__, SupportsClose[int])

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    parent: Optional[Item] = None
print(Item("a"), [f.name for f in fields(Item)], [f.type for f in fields(Item)])
print(typing.get_type_hints(Item))
def f(a: int, b: Optional[str] = None) -> Dict[str, int]: ...
print(f.__annotations__, typing.get_type_hints(f))
print(isinstance(1, Union[int, str]), isinstance(1.5, Union[int, str]), issubclass(bool, Union[int, str]))
print(isinstance(len, Callable), isinstance(iter([]), Iterator), isinstance(3, typing.Hashable))
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v
b: Box[int] = Box(3)
print(b.get(), Box[str]("x").get(), Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else None)
IntBox = Box[int]
print(IntBox, typing.get_origin(IntBox), typing.get_args(IntBox))
class Sub(Box[int]):
    pass
print(Sub(5).get(), Sub.__mro__[1].__name__, Sub.__parameters__)
print(Union[int, str] | None, Optional[List[int]], typing.Literal["a", "b"].__args__)
print(typing.Any, repr(typing.Optional), typing.Union)
U = TypeVar("U", bound="Box")
print(U.__bound__)
print(typing.get_type_hints(Sub.get))
