"""minipy: CPython's _contextvars (PEP 567) in Python.

Each thread has a current Context (see `_current`); a Context's mapping is a dict that is never mutated, only replaced, so
copy_context() is O(1) and a copy never sees later writes."""

import _thread

_serial = _thread._serial
_ident = _thread.get_ident
# thread ident -> (thread serial, its current Context). Keyed by ident so the table
# stays as small as the set of live threads (idents are reused); the serial, never
# reused, tells a new thread from a dead one that had the same ident.
_current = {}


def _current_context():
    entry = _current.get(_ident())
    s = _serial()
    if entry is not None and entry[0] == s:
        return entry[1]
    ctx = _new_context({})
    _current[_ident()] = (s, ctx)
    return ctx


def _new_context(data):
    ctx = object.__new__(Context)
    ctx._data = data
    ctx._entered = False
    return ctx


def _final(cls):
    def __init_subclass__(sub, **kwargs):
        raise TypeError(f"type '_contextvars.{cls.__name__}' is not an acceptable base type")
    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls


@_final
class Context:
    __slots__ = ('_data', '_entered')

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        return _new_context({})

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        self._entered = True
        k = _ident()
        s = _serial()
        prev = _current.get(k)
        if prev is not None and prev[0] != s:
            prev = None
        _current[k] = (s, self)
        try:
            return callable(*args, **kwargs)
        finally:
            if prev is None:
                _current.pop(k, None)
            else:
                _current[k] = prev
            self._entered = False

    def copy(self):
        return _new_context(self._data)

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, key, default=None, /):
        if not isinstance(key, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {key!r}")
        return self._data.get(key, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None

    def __repr__(self):
        return f"<_contextvars.Context object at {hex(id(self))}>"


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


@_final
class ContextVar:
    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """Return a value for the context variable for the current context.

If there is no value for the variable in the current context, the method will:
 * return the value of the default argument of the method, if provided; or
 * return the default value for the context variable, if it was created
   with one; or
 * raise a LookupError."""
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        data = _current_context()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value, /):
        """Call to set a new value for the context variable in the current context.

The required value argument is the new value for the context variable.

Returns a Token object that can be used to restore the variable to its previous
value via the `ContextVar.reset()` method."""
        ctx = _current_context()
        data = ctx._data
        old = data.get(self, _MISSING)
        new = dict(data)
        new[self] = value
        ctx._data = new
        return _new_token(ctx, self, old)

    def reset(self, token, /):
        """Reset the context variable.

The variable is reset to the value it had before the `ContextVar.set()` that
created the token was used."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current_context()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        new = dict(ctx._data)
        if token._old is _MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._data = new

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{default} at {hex(id(self))}>"


@_final
class Token:
    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at {hex(id(self))}>"


def _new_token(ctx, var, old):
    tok = object.__new__(Token)
    tok._ctx = ctx
    tok._var = var
    tok._old = old
    tok._used = False
    return tok


def copy_context():
    return _current_context().copy()


Context.__module__ = ContextVar.__module__ = Token.__module__ = '_contextvars'
del _final
