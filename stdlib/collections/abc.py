"""Abstract Base Classes (ABCs) for collections, according to PEP 3119.

A class counts as an instance of an ABC when its type is a registered (or real)
subclass or, for the one-method "one-trick ponies", when it defines the method."""

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]



from abc import ABCMeta as _ABCMetaBase, abstractmethod as _abstractmethod


class _ABCMetaImpl(_ABCMetaBase):
    """abc.ABCMeta (abstract methods refuse instantiation) with isinstance/issubclass
    checks through registration and, for the ABCs that list `_required`, through the
    methods a class defines."""

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        cls._registry = []
        cls._children = []
        for base in bases:
            if isinstance(base, _ABCMeta):
                base._children.append(cls)
        return cls

    def register(cls, subclass):
        cls._registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        for reg in cls._registry:
            if issubclass(subclass, reg):
                return True
        for sub in cls._children:
            if sub.__subclasscheck__(subclass):
                return True
        if cls is Hashable and subclass in _UNHASHABLE:
            return False
        required = cls.__dict__.get('_required')
        if required:
            for method in required:
                for base in subclass.__mro__:
                    if method in base.__dict__:
                        if base.__dict__[method] is None:
                            return False
                        break
                else:
                    return False
            return True
        return False


# Shown as CPython's metaclass is: <class 'abc.ABCMeta'>.
_ABCMeta = type('ABCMeta', (_ABCMetaImpl,), {'__module__': 'abc'})


class Hashable(metaclass=_ABCMeta):
    __slots__ = ()
    _required = ('__hash__',)


class Awaitable(metaclass=_ABCMeta):
    __slots__ = ()
    _required = ('__await__',)


class Coroutine(Awaitable):
    __slots__ = ()
    _required = ('__await__', 'send', 'throw', 'close')


class AsyncIterable(metaclass=_ABCMeta):
    __slots__ = ()
    _required = ('__aiter__',)


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    _required = ('__aiter__', '__anext__')

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    _required = ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


class Iterable(metaclass=_ABCMeta):
    __slots__ = ()
    _required = ('__iter__',)


class Iterator(Iterable):
    __slots__ = ()
    _required = ('__iter__', '__next__')

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    _required = ('__reversed__', '__iter__')


class Generator(Iterator):
    __slots__ = ()
    _required = ('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(metaclass=_ABCMeta):
    __slots__ = ()
    _required = ('__len__',)


class Container(metaclass=_ABCMeta):
    __slots__ = ()
    _required = ('__contains__',)


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    _required = ('__len__', '__iter__', '__contains__')


class Callable(metaclass=_ABCMeta):
    __slots__ = ()
    _required = ('__call__',)


class Set(Collection):
    """A set is a finite, iterable container."""
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        return all(elem in other for elem in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        return all(elem in self for elem in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        return all(value not in self for value in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = (e for s in (self, other) for e in s)
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        return hash(frozenset(self))


class MutableSet(Set):
    __slots__ = ()

    def add(self, value):
        raise NotImplementedError

    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    """A Mapping is a generic container for associating key/value pairs."""
    __slots__ = ()
    __reversed__ = None

    def get(self, key, default=None):
        'D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.'
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return KeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return ItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """A MutableMapping is a generic container for associating
    key/value pairs."""
    __slots__ = ()

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    """All the operations on a read-only sequence."""
    __slots__ = ()

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# The abstract methods a structural check uses are the ones subclasses must define.
for _cls in (Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView,
             ValuesView, Sequence, MutableSequence, ByteString):
    _cls._required = ()
del _cls

for _t in (tuple, str, range):
    Sequence.register(_t)
if hasattr(__builtins__ if isinstance(__builtins__, dict) else vars(__builtins__), 'get') and 'memoryview' in (__builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)):
    Sequence.register(memoryview)
ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(list)
MutableSequence.register(bytearray)
Set.register(frozenset)
MutableSet.register(set)
Mapping.register(type(type.__dict__)) if type(type.__dict__) is not dict else None
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
# Built-in types whose __hash__ or __call__ this interpreter does not (yet) keep in
# the type's own namespace.
_UNHASHABLE = (list, dict, set, bytearray)
for _t in (type(len), type([].append), type(lambda: None), type(Set.__le__), type):
    Callable.register(_t)
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
del _t

def _abstract(cls, name, body):
    body.__name__ = name
    body.__qualname__ = cls.__name__ + '.' + name
    setattr(cls, name, _abstractmethod(body))


def _raise(exc):
    def body(self, *args):
        raise exc
    return body


def _returning(value):
    def body(self, *args):
        return value
    return body


def _empty_iter(self):
    return
    yield None


# CPython's abstract methods (with their default bodies), which a concrete subclass
# must override before it can be instantiated.
for _cls, _name, _body in (
        (Hashable, '__hash__', _returning(0)),
        (Awaitable, '__await__', _empty_iter),
        (Coroutine, 'send', _raise(StopIteration)),
        (Coroutine, 'throw', _raise(StopIteration)),
        (AsyncIterable, '__aiter__', lambda self: AsyncIterator()),
        (AsyncIterator, '__anext__', _raise(StopAsyncIteration)),
        (AsyncGenerator, 'asend', _raise(StopAsyncIteration)),
        (AsyncGenerator, 'athrow', _raise(StopAsyncIteration)),
        (Iterable, '__iter__', _empty_iter),
        (Iterator, '__next__', _raise(StopIteration)),
        (Reversible, '__reversed__', _empty_iter),
        (Generator, 'send', _raise(StopIteration)),
        (Generator, 'throw', _raise(StopIteration)),
        (Sized, '__len__', _returning(0)),
        (Container, '__contains__', _returning(False)),
        (Callable, '__call__', _returning(False)),
        (MutableSet, 'add', _raise(NotImplementedError)),
        (MutableSet, 'discard', _raise(NotImplementedError)),
        (Mapping, '__getitem__', _raise(KeyError)),
        (MutableMapping, '__setitem__', _raise(KeyError)),
        (MutableMapping, '__delitem__', _raise(KeyError)),
        (Sequence, '__getitem__', _raise(IndexError)),
        (MutableSequence, '__setitem__', _raise(IndexError)),
        (MutableSequence, '__delitem__', _raise(IndexError)),
        (MutableSequence, 'insert', _raise(IndexError))):
    if _name not in _cls.__dict__ or _name in ('add', 'discard', 'insert'):
        _abstract(_cls, _name, _body)


def _close(self):
    """Raise GeneratorExit inside generator."""
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError("generator ignored GeneratorExit")


def _gen_next(self):
    """Return the next item from the generator."""
    return self.send(None)


async def _agen_anext(self):
    """Return the next item from the asynchronous generator."""
    return await self.asend(None)


async def _agen_aclose(self):
    """Raise GeneratorExit inside generator."""
    try:
        await self.athrow(GeneratorExit)
    except (GeneratorExit, StopAsyncIteration):
        pass
    else:
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


Coroutine.close = _close
Generator.close = _close
Generator.__next__ = _gen_next
AsyncGenerator.__anext__ = _agen_anext
AsyncGenerator.aclose = _agen_aclose

import abc as _abc_module
for _cls in (Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
             Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable,
             Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView,
             ValuesView, Sequence, MutableSequence, ByteString):
    _abc_module.update_abstractmethods(_cls)
del _cls, _name, _body, _abc_module

for _c in (Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
           Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable,
           Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView,
           ValuesView, Sequence, MutableSequence, ByteString):
    _c.__module__ = 'collections.abc'
del _c
