import sys

# Frame identity and live attributes.
def f():
    a = 1
    fr = sys._getframe()
    print(fr is sys._getframe())
    print(fr.f_lineno - fr.f_code.co_firstlineno)
    b = 2
    print(sorted(fr.f_locals))
    print(fr.f_locals is fr.f_locals)
    print(fr.f_lineno - fr.f_code.co_firstlineno)
    print(fr.f_back is sys._getframe(1))
    print(fr.f_back.f_code.co_name)
    return fr

fr = f()
print(fr.f_lineno - fr.f_code.co_firstlineno, sorted(fr.f_locals))
print(fr.f_back is sys._getframe())
print(type(fr).__name__, fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)

def outer():
    x = 10
    def inner():
        return sys._getframe(1)
    return inner(), sys._getframe()

a, b = outer()
print(a is b, a.f_locals['x'])

# gi_frame is one object for the generator's life.
def gen():
    me = sys._getframe()
    yield me
    yield sys._getframe()

g = gen()
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
f1 = g.gi_frame
m = next(g)
print(m is f1, g.gi_frame is f1)
m2 = next(g)
print(m2 is f1, sorted(f1.f_locals))
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
list(g)
print(g.gi_frame)

# Traceback frames are the frames that raised.
def boom():
    fr = sys._getframe()
    try:
        1 / 0
    except ZeroDivisionError as e:
        return fr, e.__traceback__.tb_frame

x, y = boom()
print(x is y)

try:
    sys._getframe(1000)
except ValueError as e:
    print(e)

# f_locals changes made by a trace function reach the frame.
def setter(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'target':
        if 'v' in frame.f_locals and frame.f_locals['v'] == 1:
            frame.f_locals['v'] = 42
    return setter

def target():
    v = 1
    w = 0
    return v

sys.settrace(setter)
print(target())
sys.settrace(None)
fr = sys._getframe()
try:
    fr.clear()
except RuntimeError as e:
    print(e)
