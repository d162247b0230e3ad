d = {'a': 1, 'b': 2}
print(d | {'c': 3}, {'z': 0} | d)
d |= [('x', 9)]
print(d, list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
k = d.keys()
print(sorted(k & {'a', 'q'}), sorted(k | {'q'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), sorted({'a'} & k), k.isdisjoint({'zz'}), k <= {'a','b','x','y'}, k == {'a', 'b', 'x'})
print(d.items() & {('a', 1)}, sorted(d.items() - {('a', 1)}), ('a', 1) in d.items())
print(dict.fromkeys('abc', 0), d.setdefault('n', 5), d.popitem(), d)
try:
    for x in d: d['new'] = 1
except RuntimeError as e: print(e)
s = {1, 2, 3}
s &= [2, 3, 4] if False else {2, 3, 4}
print(s, s.__iand__({3}), s)
s = {1, 2}
s.symmetric_difference_update([2, 5]); print(s)
print({1} <= {1, 2}, {1, 2} < {1, 2}, frozenset([1]) | {2}, {2} | frozenset([1]), sorted(set('ab').union('bc', 'x')), set('abc').intersection('bc', 'c'))
print(set.__rsub__({1, 2}, {2, 3}), frozenset({1, 2}).__rand__({2}))
l = [3, 1, 2]
l.__iadd__([4]); l.__imul__(2); print(l, list(l.__reversed__()))
l = [1, 2, 3, 4, 5, 6]
l[::2] = 'abc'; print(l)
try: l[::2] = [1]
except ValueError as e: print(e)
del l[::-2]; print(l)
r = range(0, 20, 3)
print(len(r), r.index(9), r.count(9), r[2:5], r[::-1], 12 in r, 13 in r, r == range(0, 19, 3), hash(range(0, 3)) == hash(range(0, 3)), list(reversed(r)), r.start, r.stop, r.step, repr(range(5)))
sl = slice(1, 10, 2)
print(sl.indices(5), sl.start, sl.stop, sl.step, slice(None).indices(3), slice(-1, None, -1).indices(4))
c = 1 + 2j
print(c.__neg__(), c.__pos__(), c.__bool__(), complex('1+2j'), complex(' 3j '), c.conjugate(), abs(3+4j), hash(1+2j), hash(1.5), hash(-1), hash((1, 2)), hash(frozenset([1, 2])))
lst = [1, 2]
def k(x):
    lst.append(1); return x
try: lst.sort(key=k)
except ValueError as e: print(e)
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=lambda t: t[0], reverse=True))
print(int('  12  '), int('0x_1f', 0), int('z', 36), int('-0b101', 0), float('nan'), float(' -inf '), float('1_000.5'))
for f in [lambda: int('12', 1), lambda: int('9', 8), lambda: int(''), lambda: float('x'), lambda: int('1__0'), lambda: str(10**5000), lambda: 1/0, lambda: 1.0/0, lambda: 1%0, lambda: 2.0**10000, lambda: divmod(1, 0), lambda: 1 // 0.0]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print((-7) // 2, (-7) % 2, 7 % -2, -7 >> 1, ~5 & -3, (-5) ^ 3, 2**100 % 7, pow(3, 200, 10**9+7), pow(3, -1, 7), round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(12345, -2), round(1e300, -300))
print(2**64 == 2.0**64, 2**64 + 1 > 2.0**64, 10**400 > 1e308, float(2**53 + 1), (2**1000).bit_length(), (-255).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\x01', 'little', signed=True))
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(10**4500)))
for v in [0, 640, -1, 'x']:
    try: sys.set_int_max_str_digits(v); print(sys.get_int_max_str_digits())
    except Exception as e: print(type(e).__name__, e)
sys.set_int_max_str_digits(0); print(len(str(10**5000)))
sys.set_int_max_str_digits(1000)
try: int('1'*1001)
except Exception as e: print(e)
try: str(10**1001)
except Exception as e: print(e)
