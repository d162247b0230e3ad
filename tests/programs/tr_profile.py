import sys

def prof(frame, event, arg):
    if event.startswith('c_'):
        print(event, getattr(arg, '__name__', arg), frame.f_code.co_name)
    else:
        print(event, frame.f_code.co_name, repr(arg))

def f(x):
    l = []
    l.append(x)
    return len(l) + abs(-x)

def bad():
    return int("x")

sys.setprofile(prof)
f(3)
try:
    bad()
except ValueError:
    pass
sorted([3, 1, 2])
sys.setprofile(None)
print(sys.getprofile())
