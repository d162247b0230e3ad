class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0]); return False
def g(name):
    try:
        with Ctx():
            yield 1
            yield 2
    finally:
        print('finally', name)
a = g('a'); next(a)
b = g('b'); next(b)
_c = g('_c'); next(_c)
d = g('d'); next(d)
del d
class D:
    def __del__(self): print('del D')
obj = D()
print('end of main')
