# types.UnionType (`int | None`, PEP 604): built by type.__or__ / __ror__ (objects/union.rs).

_GenericAlias = type(list[int])


def _unionable(x):
    return x is None or isinstance(x, (type, _GenericAlias, UnionType))


def _args_of(x):
    if isinstance(x, UnionType):
        return x.__args__
    return (type(None) if x is None else x,)


def _or(a, b):
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in _args_of(a) + _args_of(b):
        if not any(x is y or (type(x) is _GenericAlias and x == y) for y in args):
            args.append(x)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, '_args', tuple(args))
    return u


def _repr_item(x):
    if x is type(None):
        return 'None'
    if isinstance(x, type) and not isinstance(x, _GenericAlias):
        if x.__module__ == 'builtins':
            return x.__qualname__
        return f'{x.__module__}.{x.__qualname__}'
    return repr(x)


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __slots__ = ('_args', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        params = []
        for a in self._args:
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        return tuple(params)

    def __repr__(self):
        return ' | '.join(_repr_item(a) for a in self._args)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __or__(self, other):
        return _or(self, other)

    def __ror__(self, other):
        return _or(other, self)

    def __instancecheck__(self, obj):
        for a in self._args:
            if isinstance(a, _GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
        return any(isinstance(obj, a) for a in self._args)

    def __subclasscheck__(self, cls):
        for a in self._args:
            if isinstance(a, _GenericAlias):
                raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
        return any(issubclass(cls, a) for a in self._args)

    def __reduce__(self):
        import functools, operator
        return (functools.reduce, (operator.or_, self._args))


UnionType.__module__ = 'types'
