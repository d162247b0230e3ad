"""deque: a list-backed double-ended queue with CPython's interface and messages."""


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ('_items', '_maxlen', '_state', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._maxlen = maxlen
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        self._items.insert(0, x)
        self._trim_right()

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop(0)

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            # One list.extend instead of an append call per item.
            self._state += 1
            self._items.extend(iterable)
            return
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._items.clear()

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self._items, self._maxlen) if type(self) is not deque else deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """D.count(value) -- return number of occurrences of value"""
        return self._items.count(value)

    def index(self, value, start=0, stop=None):
        """D.index(value, [start, [stop]]) -- return first index of value.
Raises ValueError if the value is not present."""
        n = len(self._items)
        if stop is None:
            stop = n
        try:
            return self._items.index(value, start, stop)
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None

    def insert(self, index, value):
        """D.insert(index, object) -- insert object before index"""
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._items.insert(index, value)

    def remove(self, value):
        """D.remove(value) -- remove first occurrence of value."""
        try:
            i = self._items.index(value)
        except ValueError:
            raise ValueError('deque.remove(x): x not in deque') from None
        self._state += 1
        del self._items[i]

    def reverse(self):
        """D.reverse() -- reverse *IN PLACE*"""
        self._state += 1
        self._items.reverse()

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        k = len(self._items)
        if k <= 1:
            return
        n %= k
        if n:
            self._state += 1
            self._items[:] = self._items[-n:] + self._items[:-n]

    def _index(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), '__index__'):
                i = i.__index__()
            else:
                raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, value):
        self._items[self._index(i)] = value

    def __delitem__(self, i):
        self._state += 1
        del self._items[self._index(i)]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __contains__(self, value):
        return value in self._items

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    def __repr__(self):
        name = type(self).__name__
        if self in _repr_running:
            return '[...]'
        _repr_running.append(self)
        try:
            body = repr(self._items)
        finally:
            _repr_running.remove(self)
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = deque((), self._maxlen)
        new.extend(self._items * n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items * n
        self._items.clear()
        self.extend(items)
        return self

    def __reduce__(self):
        # CPython's shape: no maxlen argument when unbounded; __dict__ as state.
        state = getattr(self, '__dict__', None) or None
        if self._maxlen is None:
            return type(self), (), state, iter(self._items)
        return type(self), ((), self._maxlen), state, iter(self._items)

    def __class_getitem__(cls, item):
        return cls


_repr_running = []


class _deque_iterator:
    """Iterates over a deque; the deque must not change meanwhile."""

    _step = 1

    def __new__(cls, dq, *args, **kwargs):
        # As CPython's, an index given by keyword is ignored.
        if not isinstance(dq, deque):
            raise TypeError(f"{cls.__name__}() argument 1 must be collections.deque, not {type(dq).__name__}")
        self = object.__new__(cls)
        self._deque = dq
        self._state = dq._state
        self._pos = 0
        index = args[0] if args else 0
        if index > 0:
            self._pos = min(index, len(dq._items))
        return self

    def __iter__(self):
        return self

    def __next__(self):
        dq = self._deque
        if dq._state != self._state:
            raise RuntimeError('deque mutated during iteration')
        n = len(dq._items)
        if self._pos >= n:
            raise StopIteration
        i = self._pos if self._step > 0 else n - 1 - self._pos
        self._pos += 1
        return dq._items[i]

    def __length_hint__(self):
        return max(0, len(self._deque._items) - self._pos)

    def __reduce__(self):
        return type(self), (self._deque, self._pos)


class _deque_reverse_iterator(_deque_iterator):
    """Iterates over a deque from its right end."""

    _step = -1
