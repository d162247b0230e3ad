import timeit, io, sys
print(sorted(n for n in dir(timeit) if not n.startswith('_')))
print(timeit.template == timeit.template, repr(timeit.reindent('a\nb', 4)))
t = timeit.Timer('x = sum(range(10))', 'y = 1')
print(type(t.timeit(100)).__name__, len(t.repeat(3, 10)), t.src.count('\n'))
print(type(timeit.timeit('pass', number=5)).__name__, len(timeit.repeat(lambda: None, repeat=2, number=3)))
calls = []
clock = [0.0]
def slow_timer():
    clock[0] += 0.0101 * (len(calls) + 1) ** 2
    return clock[0]
n, taken = timeit.Timer('pass', timer=slow_timer).autorange(lambda n, t: calls.append(n))
print(n, calls)
counter = [0]
def fake():
    counter[0] += 1
    return counter[0] * 0.5
print(timeit.Timer('pass', timer=fake).timeit(3))
for bad in (('x = (', 'pass'), ('pass', 'y = ('), (3, 'pass'), ('pass', 3), ('return 1', 'pass')):
    try:
        timeit.Timer(*bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
t = timeit.Timer('1/0')
try:
    t.timeit(1)
except ZeroDivisionError:
    err = io.StringIO()
    t.print_exc(err)
    print(err.getvalue().splitlines()[-1])
g = {'k': 7}
print(timeit.Timer('k * 2', globals=g).timeit(1) >= 0)
def wrap(timer):
    state = [0.0]
    def t():
        state[0] += 0.001
        return state[0]
    return t
out = io.StringIO(); old = sys.stdout; sys.stdout = out
r = timeit.main(['-n', '10', '-r', '2', 'pass'], _wrap_timer=wrap)
r2 = timeit.main(['-u', 'usec', '-n', '3', 'pass'], _wrap_timer=wrap)
r3 = timeit.main(['-x'])
r4 = timeit.main(['-v', '-v', '-n', '4', 'pass'], _wrap_timer=wrap)
sys.stdout = old
print(r, r2, r3, r4)
print(out.getvalue())
timeit.main(['-h'])
