import timeit
print(sorted(n for n in dir(timeit) if not n.startswith('_')), timeit.__all__)
print(timeit.dummy_src_name, timeit.default_number, timeit.default_repeat)
t = timeit.Timer('x = y * 2', setup='y = 21')
print(sorted(n for n in dir(t) if not n.startswith('__')))
print(type(t.timeit(100)).__name__, len(t.repeat(3, 10)))
calls = []
print(timeit.timeit(lambda: calls.append(1), number=7) >= 0, len(calls))
print(timeit.timeit('z', setup='z = 5', number=3) >= 0, len(timeit.repeat('pass', repeat=2, number=5)))
print(timeit.timeit('w', globals={'w': 1}, number=2) >= 0)
n, secs = timeit.Timer('pass').autorange()
print(n >= 1, secs >= 0.2)
for bad in (dict(stmt=5), dict(setup=None), dict(stmt='return')):
    try:
        timeit.Timer(**bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
try:
    timeit.Timer('1/0').timeit(1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(timeit.reindent('a\nb', 4))
