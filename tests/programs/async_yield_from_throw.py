class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *a):
        print('It.throw', a[0].__name__ if isinstance(a[0], type) else repr(a[0]))
        if a[0] is KeyError:
            raise StopIteration('stop-from-throw')
        return 'thrown-value'
    def close(self):
        print('It.close')

class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 'nt'

def mid(sub):
    try:
        r = yield from sub
        print('mid got', r)
        yield 'after'
    finally:
        print('mid finally')

def top(sub):
    r = yield from mid(sub)
    return r

g = top(It()); print(next(g)); print(g.throw(ValueError)); print(g.throw(KeyError)); g.close()
g = top(NoThrow()); print(next(g))
try:
    g.throw(ValueError('v'))
except ValueError as e:
    print('raised', e)
def ignorer():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('ignoring')
ig = ignorer()
g = top(ig); next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)
def raiser():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('on close')
g = top(raiser()); next(g)
try:
    g.close()
except ValueError as e:
    print('ValueError', e)
def catcher():
    try:
        yield 1
    except ZeroDivisionError:
        return 'caught-return'
g = top(catcher()); next(g); print(g.throw(ZeroDivisionError))
g = top(catcher()); next(g)
try:
    g.throw(TypeError, TypeError('t'), None)
except TypeError as e:
    print('TypeError', e)
g = top(catcher()); next(g)
try:
    g.throw(1)
except TypeError as e:
    print(e)
print(g.gi_running, g.gi_yieldfrom)
