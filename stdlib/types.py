"""
Define names for built-in types that aren't directly accessible as a builtin.
"""
import sys

SimpleNamespace = type(sys.implementation) if type(sys.implementation).__name__ == 'SimpleNamespace' else None

# Every type here is taken from a real object of that type, so each is exactly the
# interpreter's own type object.

def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
CellType = type((lambda x: lambda: x)(0).__closure__[0])

def _g():
    yield 1
GeneratorType = type(_g())

async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()  # Prevent ResourceWarning

class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)


def _type_of(make):
    """The type of what `make` builds, or None where this interpreter lacks it yet."""
    try:
        return type(make())
    except Exception:
        return None


async def _ag():
    yield
AsyncGeneratorType = _type_of(lambda: _ag())
MappingProxyType = _type_of(lambda: type.__dict__)
WrapperDescriptorType = _type_of(lambda: object.__init__)
MethodWrapperType = _type_of(lambda: object().__str__)
MethodDescriptorType = _type_of(lambda: str.join)
ClassMethodDescriptorType = _type_of(lambda: dict.__dict__['fromkeys'])
class _Slotted:
    __slots__ = 'slot'
GetSetDescriptorType = (_type_of(lambda: FunctionType.__dict__['__code__'])
                        or _type_of(lambda: memoryview.nbytes))
MemberDescriptorType = (_type_of(lambda: FunctionType.__dict__['__globals__'])
                        or _type_of(lambda: _Slotted.slot))
del _Slotted
GenericAlias = _type_of(lambda: list[int])
UnionType = _type_of(lambda: int | str)


def _placeholder(name, module):
    """A stand-in for a type this interpreter does not have yet: nothing is an
    instance of it and it cannot be instantiated, so isinstance() checks stay correct."""
    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create '{module}.{name}' instances")
    return type(name, (), {'__new__': __new__, '__module__': module})


for _n, _tn, _m in (('GetSetDescriptorType', 'getset_descriptor', 'builtins'),
                    ('MemberDescriptorType', 'member_descriptor', 'builtins'),
                    ('UnionType', 'UnionType', 'types')):
    if globals()[_n] is None:
        globals()[_n] = _placeholder(_tn, _m)
del _n, _tn, _m, _placeholder


def _traceback_types():
    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
        return type(tb), type(tb.tb_frame)
try:
    TracebackType, FrameType = _traceback_types()
except Exception:
    TracebackType = FrameType = None

del sys, _f, _g, _C, _c, _ag, _traceback_types


if SimpleNamespace is None:
    class SimpleNamespace:
        """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

        def __init__(self, /, *args, **kwargs):
            if args:
                raise TypeError('no positional arguments expected')
            self.__dict__.update(kwargs)

        def __repr__(self):
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            if self in _repr_running:
                return name + '(...)'
            _repr_running.append(self)
            try:
                items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
            finally:
                _repr_running.remove(self)
            return f'{name}({items})'

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None

        def __reduce__(self):
            return (type(self), (), self.__dict__)

    SimpleNamespace.__module__ = 'types'
    _repr_running = []


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i+shift:i+shift+1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__."""


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if (func.__class__ is FunctionType and
            getattr(func, '__code__', None).__class__ is CodeType):
        co_flags = func.__code__.co_flags
        # Already a coroutine function (CO_COROUTINE | CO_ITERABLE_COROUTINE).
        if co_flags & 0x180:
            return func
        # A generator function: mark its code CO_ITERABLE_COROUTINE so that `await`
        # accepts the generators it makes.
        if co_flags & 0x20:
            co = func.__code__
            func.__code__ = co.replace(co_flags=co.co_flags | 0x100)
            return func

    # Any other callable may return a generator-like object: wrap that so it can be awaited.
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if (coro.__class__ is CoroutineType or
                coro.__class__ is GeneratorType and coro.gi_code.co_flags & 0x100):
            return coro
        if coro.__class__ is GeneratorType or (
                hasattr(coro, 'send') and hasattr(coro, 'throw') and hasattr(coro, '__next__')
                and not hasattr(coro, '__await__')):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


class _GeneratorWrapper:
    """An awaitable view of a generator (what `types.coroutine` returns for callables
    that are not plain generator functions)."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


_name = None
for _name in [n for n, v in globals().items() if v is None and n[:1] != '_']:
    del globals()[_name]
del _name, _type_of
__all__ = [n for n in globals() if n[:1] != '_']
