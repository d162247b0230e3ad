"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.deepcopy(y, memo)      # make a deep copy of y, using memo

For module specific errors, copy.Error is raised.
"""

import types as _types


class Error(Exception):
    pass


error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]

dispatch_table = {}

# Immutable values are their own copies, shallow or deep.
_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), _types.FunctionType,
           _types.BuiltinFunctionType, property)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x, cls))


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        # A tuple that contains only itself-copies is returned unchanged.
        if d in memo:
            y = memo[d]
        elif all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x, cls))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive while memo lives, so its id is not reused during the copy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _defined_below_object(cls, name):
    """Whether a class in cls's MRO other than object defines name (compared by
    owner: the VM makes a new wrapper for each lookup of a built-in method)."""
    for base in cls.__mro__:
        if base is object:
            return False
        if name in base.__dict__:
            return True
    return False


def _reduce(x, cls):
    """(callable, args, state, listiter, dictiter) describing how to rebuild x."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    else:
        rv = None
        if _defined_below_object(cls, '__reduce_ex__'):
            rv = x.__reduce_ex__(4)
        elif _defined_below_object(cls, '__reduce__'):
            rv = x.__reduce__()
        else:
            rv = _default_reduce(x, cls)
    if isinstance(rv, str):
        return (lambda: x, (), None, None, None)
    rv = tuple(rv) + (None,) * (5 - len(rv))
    return rv


def _default_reduce(x, cls):
    """What object.__reduce_ex__(4) gives for plain instances: __new__ plus state."""
    if hasattr(x, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, '__getnewargs__'):
        args, kwargs = x.__getnewargs__(), {}
    else:
        args, kwargs = (), {}
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getattr(type(x), '__getstate__', None) is not getattr(object, '__getstate__', None):
        state = getstate()
    else:
        state = getattr(x, '__dict__', None) or None
        slots = _slot_state(x, cls)
        if slots:
            state = (state, slots)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None

    def rebuild(cls, args, kwargs):
        return cls.__new__(cls, *args, **kwargs)
    return rebuild, (cls, args, kwargs), state, listiter, dictiter


def _slot_state(x, cls):
    slots = {}
    for base in cls.__mro__:
        names = base.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + base.__name__.lstrip('_') + name
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    return slots


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
