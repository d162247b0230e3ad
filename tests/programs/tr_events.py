import sys

events = []

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]))
    elif event == 'return' or event == 'call':
        arg = repr(arg)
    print(f"{event:9} {name:8} {frame.f_lineno - base:3} {arg}")
    return tracer

def add(a, b):
    c = a + b
    return c

def loop(n):
    total = 0
    for i in range(n):
        total += i
    while n > 0:
        n -= 1
    return total

def fails():
    x = 1
    raise ValueError("boom")

def catches():
    try:
        fails()
    except ValueError as e:
        r = str(e)
    return r

def gen():
    yield 1
    x = yield 2
    return 3

base = sys._getframe().f_lineno
sys.settrace(tracer)
add(1, 2)
loop(3)
catches()
g = gen()
next(g)
g.send(None)
try:
    g.send(5)
except StopIteration as e:
    pass
for v in gen():
    pass
sys.settrace(None)
print(sys.gettrace())
