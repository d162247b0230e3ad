# `x in {...}` of constants compiles to a frozenset constant: its table must hash like run time.
x = None
print(None in {None, 0}, x in {None, 0}, x in {0, None})
print((1, None) in {(1, None), b"x"}, b"x" in {(1, None), b"x"}, "s" in {"s", 1.5})
print(2**70 in {2**70, 1}, 1j in {1j, 2}, 1.5 in {"s", 1.5}, True in {1, None})
print(frozenset({None, (None,)}) == {None, (None,)}, (None,) in {(None,), 3})
for v in [None, 0, (None,), 2**70, -1, 1.0, "a", b"a", (1, (2, None))]:
    print(repr(v), v in {None, 0, (None,), 2**70, -1, 1.0, "a", b"a", (1, (2, None))})
