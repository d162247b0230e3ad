"""Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
"""

# The module body runs once at import; every class below is an iterator whose
# __next__ steps a private generator, which keeps each tool lazy.


def _no_kwargs(name, kw):
    if kw:
        raise TypeError(name + "() takes no keyword arguments")


def _nargs(name, args, lo, hi):
    n = len(args)
    if n < lo or n > hi:
        if lo == hi:
            raise TypeError("%s expected %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n))
        if n < lo:
            raise TypeError("%s expected at least %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n))
        raise TypeError("%s expected at most %d argument%s, got %d" % (name, hi, "" if hi == 1 else "s", n))


class _Base:
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class count(_Base):
    def __init__(self, start=0, step=1):
        for v in (start, step):
            t = type(v)
            if not isinstance(v, (int, float, complex)) and not any(hasattr(t, m) for m in ("__index__", "__int__", "__float__")):
                raise TypeError("a number is required")
        self._cur = start
        self._step = step
        self._it = None

    def __next__(self):
        v = self._cur
        self._cur = v + self._step
        return v

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "%s(%r)" % (type(self).__name__, self._cur)
        return "%s(%r, %r)" % (type(self).__name__, self._cur, self._step)


class cycle(_Base):
    def __init__(self, *args, **kw):
        _no_kwargs("cycle", kw)
        _nargs("cycle", args, 1, 1)
        self._it = self._run(iter(args[0]))

    @staticmethod
    def _run(it):
        saved = []
        for x in it:
            yield x
            saved.append(x)
        while saved:
            for x in saved:
                yield x


class repeat(_Base):
    def __init__(self, *args, **kw):
        if "object" in kw:
            args = (kw.pop("object"),) + args
        if "times" in kw:
            args = args + (kw.pop("times"),)
        if kw:
            raise TypeError("repeat() got an unexpected keyword argument '%s'" % next(iter(kw)))
        if not args:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError("repeat() takes at most 2 arguments (%d given)" % len(args))
        self._obj = args[0]
        self._times = None
        if len(args) == 2:
            t = args[1]
            if not isinstance(t, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
            self._times = t if t > 0 else 0
        self._it = None

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


class accumulate(_Base):
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        for x in it:
            total = total + x if func is None else func(total, x)
            yield total


class chain(_Base):
    def __init__(self, *iterables, **kw):
        _no_kwargs("chain", kw)
        self._it = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for s in sources:
            yield from iter(s)

    @classmethod
    def from_iterable(cls, iterable):
        c = cls()
        c._it = cls._run(iter(iterable))
        return c


class compress(_Base):
    def __init__(self, data, selectors):
        self._it = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_Base):
    def __init__(self, *args, **kw):
        _no_kwargs("dropwhile", kw)
        _nargs("dropwhile", args, 2, 2)
        self._it = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(pred, it):
        for x in it:
            if not pred(x):
                yield x
                break
        yield from it


class takewhile(_Base):
    def __init__(self, *args, **kw):
        _no_kwargs("takewhile", kw)
        _nargs("takewhile", args, 2, 2)
        self._it = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(pred, it):
        for x in it:
            if not pred(x):
                return
            yield x


class filterfalse(_Base):
    def __init__(self, *args, **kw):
        _no_kwargs("filterfalse", kw)
        _nargs("filterfalse", args, 2, 2)
        pred, it = args[0], iter(args[1])
        if pred is None:
            self._it = (x for x in it if not x)
        else:
            self._it = (x for x in it if not pred(x))


class _grouper(_Base):
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key
        self._it = None

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._has_cur is False:
            p._step()
        if p._done or p._curkey != self._key:
            raise StopIteration
        p._has_cur = False
        return p._curval


class groupby(_Base):
    def __init__(self, iterable, key=None):
        self._src = iter(iterable)
        self._keyfunc = key
        self._has_cur = False
        self._done = False
        self._curkey = self._curval = None
        self._tgtkey = None
        self._started = False
        self._grouper = None
        self._it = None

    def _step(self):
        try:
            v = next(self._src)
        except StopIteration:
            self._done = True
            raise
        self._curval = v
        self._curkey = v if self._keyfunc is None else self._keyfunc(v)
        self._has_cur = True

    def __next__(self):
        self._grouper = None
        if self._done:
            raise StopIteration
        while True:
            if not self._has_cur:
                self._step()
            if not self._started or self._curkey != self._tgtkey:
                break
            self._has_cur = False
        self._started = True
        self._tgtkey = self._curkey
        g = _grouper(self, self._tgtkey)
        self._grouper = g
        return (self._curkey, g)


class islice(_Base):
    def __init__(self, *args, **kw):
        _no_kwargs("islice", kw)
        _nargs("islice", args, 2, 4)
        it = iter(args[0])
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop = args[1], args[2]
            step = args[3] if len(args) == 4 else None
        if stop is not None and (not isinstance(stop, int) or stop < 0):
            raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        elif not isinstance(start, int) or start < 0:
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        elif not isinstance(step, int) or step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = self._run(it, start, stop, step)

    @staticmethod
    def _run(it, start, stop, step):
        i = 0
        nxt = start
        while stop is None or nxt < stop:
            while i < nxt:
                try:
                    next(it)
                except StopIteration:
                    return
                i += 1
            try:
                v = next(it)
            except StopIteration:
                return
            i += 1
            yield v
            nxt += step
        # CPython consumes up to `stop` even when the last step overshoots it.
        while stop is not None and i < stop:
            try:
                next(it)
            except StopIteration:
                return
            i += 1


class pairwise(_Base):
    def __init__(self, *args, **kw):
        _no_kwargs("pairwise", kw)
        _nargs("pairwise", args, 1, 1)
        self._it = self._run(iter(args[0]))

    @staticmethod
    def _run(it):
        for a in it:
            break
        else:
            return
        for b in it:
            yield (a, b)
            a = b


class starmap(_Base):
    def __init__(self, *args, **kw):
        _no_kwargs("starmap", kw)
        _nargs("starmap", args, 2, 2)
        func, it = args[0], iter(args[1])
        self._it = (func(*a) for a in it)


class _tee_dataobject:
    pass


class _tee(_Base):
    def __init__(self, src, buf, idx):
        self._src = src
        self._buf = buf
        self._idx = idx
        self._it = None

    def __next__(self):
        buf = self._buf
        if self._idx >= len(buf[0]) + buf[1]:
            buf[0].append(next(self._src))
        v = buf[0][self._idx - buf[1]]
        self._idx += 1
        return v

    def __copy__(self):
        return _tee(self._src, self._buf, self._idx)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    src = iter(iterable)
    if isinstance(src, _tee):
        return tuple([src] + [src.__copy__() for _ in range(n - 1)]) if n else ()
    buf = [[], 0]
    return tuple(_tee(src, buf, 0) for _ in range(n))


class zip_longest(_Base):
    def __init__(self, *iterables, fillvalue=None):
        self._it = self._run([iter(i) for i in iterables], fillvalue)

    @staticmethod
    def _run(its, fill):
        active = len(its)
        if not active:
            return
        while True:
            out = []
            for i, it in enumerate(its):
                if it is None:
                    out.append(fill)
                    continue
                try:
                    out.append(next(it))
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    its[i] = None
                    out.append(fill)
            yield tuple(out)


class product(_Base):
    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
        _ssize(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        nargs = len(iterables) if repeat else 0
        # Settled before any iterable is read, as CPython does.
        if repeat and nargs > (2**63 - 1) // 8 // repeat:
            raise OverflowError("repeat argument too large")
        _alloc_indices(nargs * repeat)
        pools = [tuple(p) for p in iterables] * repeat
        self._it = self._run(pools)

    @staticmethod
    def _run(pools):
        result = [()]
        for pool in pools:
            result = [x + (y,) for x in result for y in pool]
        for r in result:
            yield r


class permutations(_Base):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError("Expected int as r")
        else:
            _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        _alloc_indices(r)
        self._it = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


def _check_r(name, args, kw):
    if "r" in kw:
        args = args + (kw.pop("r"),)
    if "iterable" in kw:
        args = (kw.pop("iterable"),) + args
    if kw:
        raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, next(iter(kw))))
    if len(args) == 0:
        raise TypeError("%s() missing required argument 'iterable' (pos 1)" % name)
    if len(args) == 1:
        raise TypeError("%s() missing required argument 'r' (pos 2)" % name)
    if len(args) > 2:
        raise TypeError("%s() takes at most 2 arguments (%d given)" % (name, len(args)))
    r = args[1]
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    _ssize(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    pool = tuple(args[0])
    _alloc_indices(r)
    return pool, r


def _ssize(n):
    """CPython reads these counts as a C Py_ssize_t."""
    if not -2**63 <= n < 2**63:
        raise OverflowError("Python int too large to convert to C ssize_t")


# More index slots than this cannot be allocated (CPython's PyMem_New fails).
_MAX_INDICES = 2**40


def _alloc_indices(n):
    if n > _MAX_INDICES:
        raise MemoryError


class combinations(_Base):
    def __init__(self, *args, **kw):
        pool, r = _check_r("combinations", args, kw)
        self._it = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Base):
    def __init__(self, *args, **kw):
        pool, r = _check_r("combinations_with_replacement", args, kw)
        self._it = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)

