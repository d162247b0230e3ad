import sys

# A trace function that raises turns tracing off; the error surfaces in the traced code.
def bad_tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'victim':
        raise KeyError('from tracer')
    return bad_tracer

def victim():
    x = 1
    return x

sys.settrace(bad_tracer)
try:
    victim()
except KeyError as e:
    print('caught', e, sys.gettrace())
sys.settrace(None)

# A profile function that raises is removed too.
def bad_prof(frame, event, arg):
    if event == 'call':
        raise RuntimeError('prof')

def p():
    return 1

sys.setprofile(bad_prof)
try:
    p()
except RuntimeError as e:
    print('caught', e, sys.getprofile())
sys.setprofile(None)

# Tracing the current frame: set f_trace on it and a global function.
log = []
def t(frame, event, arg):
    log.append((event, frame.f_lineno - base))
    return t

def here():
    global base
    base = sys._getframe().f_lineno
    sys.settrace(t)
    sys._getframe().f_trace = t
    a = 1
    b = 2
    sys.settrace(None)
    return a + b

here()
print(log)

# Returning None from the call event: no line events in that frame, calls still seen.
calls = []
def only_calls(frame, event, arg):
    calls.append((event, frame.f_code.co_name))

def leaf():
    return 1

def mid():
    leaf()
    return leaf()

sys.settrace(only_calls)
mid()
sys.settrace(None)
print(calls)

# Exceptions inside generators, and the return event of an abandoned frame.
ev = []
def gt(frame, event, arg):
    if frame.f_code.co_name in ('g', 'h'):
        if event == 'exception':
            arg = arg[0].__name__
        ev.append((frame.f_code.co_name, event, arg if event != 'line' else frame.f_lineno - gbase))
    return gt

gbase = sys._getframe().f_lineno
def g():
    try:
        yield 1
    except ValueError:
        yield 'handled'
    raise IndexError('done')

def h():
    raise TypeError('t')

sys.settrace(gt)
it = g()
next(it)
it.throw(ValueError)
try:
    next(it)
except IndexError:
    pass
try:
    h()
except TypeError:
    pass
sys.settrace(None)
for e in ev:
    print(e)

# Opcode events when asked for.
ops = []
def opt(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'small':
        frame.f_trace_opcodes = True
    if event == 'opcode':
        ops.append(frame.f_lasti >= 0)
    return opt

def small():
    return 1 + 2

sys.settrace(opt)
small()
sys.settrace(None)
print(len(ops) > 0, all(ops))

try:
    sys._getframe().f_trace_lines = 1
except TypeError as e:
    print(e)
