"""Telling coroutines and coroutine functions apart."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

import types

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100
_is_coroutine = object()


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    f = func
    while isinstance(f, __import__('functools').partial):
        f = f.func
    f = getattr(f, '__func__', f)
    code = getattr(f, '__code__', None)
    if code is not None and code.co_flags & _CO_COROUTINE:
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if isinstance(obj, _COROUTINE_TYPES):
        return True
    # Objects that follow the coroutine protocol (send/throw/close + __await__) count too.
    t = type(obj)
    return all(hasattr(t, n) for n in ('send', 'throw', 'close', '__await__'))


def _format_coroutine(coro):
    # "name() running at file:line" / "name() done, defined at file:line", as CPython's reprs.
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) \
        or type(coro).__name__
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        return name
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    filename = code.co_filename
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
