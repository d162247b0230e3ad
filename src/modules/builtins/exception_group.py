# BaseExceptionGroup and ExceptionGroup (PEP 654), defined in Python at start-up and
# installed as builtins.

def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


def _derive_copy(group, excs):
    """A derived group that keeps the original's cause, context, traceback and notes."""
    eg = group.derive(excs)
    eg.__cause__ = group.__cause__
    eg.__context__ = group.__context__
    eg.__traceback__ = group.__traceback__
    notes = getattr(group, '__notes__', None)
    if notes is not None:
        eg.__notes__ = list(notes)
    return eg


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""

    def __new__(cls, message, exceptions, *rest):
        if rest:
            raise TypeError(f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({2 + len(rest)} given)")
        if not isinstance(message, str):
            raise TypeError(f"BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}")
        if not hasattr(exceptions, '__getitem__') or not hasattr(exceptions, '__len__') or isinstance(exceptions, (str, bytes, dict)):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
        if cls is BaseExceptionGroup:
            if all(isinstance(e, Exception) for e in excs):
                cls = ExceptionGroup
        elif issubclass(cls, Exception):
            for e in excs:
                if not isinstance(e, Exception):
                    if cls is ExceptionGroup:
                        raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
                    raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = BaseException.__new__(cls, message, exceptions)
        self._eg_message = message
        self._eg_exceptions = excs
        return self

    def __init__(self, *args):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        """exception message"""
        return self._eg_message

    @property
    def exceptions(self):
        """nested exceptions"""
        return self._eg_exceptions

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def __str__(self):
        n = len(self._eg_exceptions)
        return f"{self._eg_message} ({n} sub-exception{'s' if n > 1 else ''})"

    def derive(self, excs):
        return BaseExceptionGroup(self._eg_message, excs)

    def split(self, condition):
        match = _matcher(condition)
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._eg_exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        return (_derive_copy(self, matched) if matched else None,
                _derive_copy(self, rest) if rest else None)

    def subgroup(self, condition):
        return self.split(condition)[0]


# Native in CPython, without weak reference support (ExceptionGroup, a heap type, has it).
del BaseExceptionGroup.__weakref__


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


# A built-in type in CPython: its module comes from the type, not its namespace.
try:
    del BaseExceptionGroup.__module__
except (AttributeError, TypeError):
    pass
