import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Protocol,
    NamedTuple, TypedDict, ClassVar, Final, Literal, Iterable, Iterator, Sequence, Mapping, Set,
    cast, overload, get_type_hints, get_origin, get_args, TYPE_CHECKING, NewType, runtime_checkable, Annotated, Type)

print(Optional[int], Union[int, str], Union[int], Union[int, Union[str, float]], Optional[Union[int, str]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int])
print(List, Dict, Any, ClassVar[int], Final[str], Literal[1, "a"], Iterable[int], Type[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]) is Union, get_args(Callable[[int], str]))
print(get_origin(int), get_args(int), get_args(Optional[int]))
T = TypeVar('T')
K = TypeVar('K', bound=str)
U = TypeVar('U', int, str)
print(T, K, U, T.__name__, K.__bound__, U.__constraints__, TypeVar('C', covariant=True))

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
print(s.pop(), Stack[int], Stack.__parameters__, type(s).__name__)

class Pair(Generic[T, K]):
    pass
print(Pair[int, str], Pair.__parameters__)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p, p.norm(), Point._fields, Point(1), p._asdict(), Point.__annotations__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1))

class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, Movie.__annotations__)
class Partial(TypedDict, total=False):
    a: int
print(Partial.__optional_keys__, Partial.__total__)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
try:
    Closer()
except TypeError as e:
    print("TypeError", e)

def f(a: int, b: "str" = "x") -> Optional[int]:
    return None
print(get_type_hints(f))
class A:
    x: int
    y: "List[int]"
    z: ClassVar[int] = 3
print(get_type_hints(A))
print(cast(int, "s"), TYPE_CHECKING)

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(5), len(typing.get_overloads(g)))

UserId = NewType('UserId', int)
print(UserId(5), UserId)
print(Annotated[int, "meta"], get_args(Annotated[int, "meta"]))
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping))
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError", e)
try:
    List()
except TypeError as e:
    print("TypeError", e)
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int])
print(typing.Text, typing.AnyStr, typing.Hashable, typing.Sized, typing.SupportsInt)
print(List["Foo"], Optional["Bar"])
print(typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.FrozenSet[int])
def h(x: List[int]) -> Dict[str, T]: pass
print(h.__annotations__)
try:
    typing.assert_never(3)
except AssertionError as e:
    print("AssertionError", e)
print(typing.NoReturn, typing.Never, typing.Self, typing.LiteralString)
class Node(Generic[T]):
    def __init__(self, v: T, nxt: "Optional[Node[T]]" = None):
        self.v, self.nxt = v, nxt
print(Node(1, Node(2)).nxt.v, Node.__orig_bases__ if hasattr(Node, '__orig_bases__') else None, Node.__mro__)
