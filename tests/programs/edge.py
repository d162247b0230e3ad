print(-0.0, 1e300 * 1e10, -1e300 * 1e10, 2 ** 0.5, 10 / 4, 7 // -2, 7 % -2, -7.5 // 2)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: 1/0); attempt(lambda: 1.0/0); attempt(lambda: 1//0); attempt(lambda: 1%0)
attempt(lambda: [] < 1); attempt(lambda: hash([])); attempt(lambda: {}[1]); attempt(lambda: [1][5])
attempt(lambda: 'ab' * -1); attempt(lambda: int('z')); attempt(lambda: (1,2)[2])
attempt(lambda: 'abc'.index('z')); attempt(lambda: len(1)); attempt(lambda: iter(1)); attempt(lambda: next(iter([])))
attempt(lambda: 1 + None); attempt(lambda: -'a'); attempt(lambda: [].pop()); attempt(lambda: {}.popitem())
attempt(lambda: set().pop()); attempt(lambda: float('x')); attempt(lambda: chr(-1)); attempt(lambda: ord('ab'))
attempt(lambda: divmod(1, 0)); attempt(lambda: 2 ** -1); attempt(lambda: 0 ** -1); attempt(lambda: int(float('inf')))
attempt(lambda: int(float('nan'))); attempt(lambda: round(float('inf'))); attempt(lambda: list(1)); attempt(lambda: tuple(5))
attempt(lambda: dict(1)); attempt(lambda: sorted([1, 'a'])); attempt(lambda: max([])); attempt(lambda: sum(['a']))
attempt(lambda: '%d' % 'x'); attempt(lambda: '{}'.format()); attempt(lambda: '{0}{}'.format(1, 2)); attempt(lambda: [1, 2, 3][1:2:0])
attempt(lambda: abs('x')); attempt(lambda: bytes(-1)); attempt(lambda: range(1, 2, 0)); attempt(lambda: object().x)
attempt(lambda: type('A', (), {})().y); attempt(lambda: int.nope); attempt(lambda: (lambda: 0)(1)); attempt(lambda: print(end=5))
attempt(lambda: {1: 2}.__getitem__(3)); attempt(lambda: getattr(1, 2)); attempt(lambda: [1, 2].remove(3)); attempt(lambda: 'a' < 1)
attempt(lambda: [x for x in 5]); attempt(lambda: {**1}); attempt(lambda: f(*1)); attempt(lambda: 1 in 2); attempt(lambda: 'a' in ['a'])
def modify():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
attempt(modify)
def sort_mod():
    l = [3, 2, 1]
    l.sort(key=lambda v: l.append(v) or v)
attempt(sort_mod)
attempt(lambda: isinstance(True, int)); attempt(lambda: str(b'x')); attempt(lambda: int('1_000')); attempt(lambda: 0.1 + 0.2 == 0.3)
attempt(lambda: [1, 2, 3].__len__()); attempt(lambda: int.__add__(1, 2)); attempt(lambda: str.upper('a')); attempt(lambda: (1).__class__)
attempt(lambda: type(None)()); attempt(lambda: NotImplemented); attempt(lambda: ...)
class X: pass
attempt(lambda: X.__dict__["__module__"]); attempt(lambda: X().__dict__); attempt(lambda: X.__name__); attempt(lambda: repr(X)[:17])
