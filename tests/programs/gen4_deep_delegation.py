# Deep `yield from` chains: creation, send, throw, close and the return value through
# 10,000 and 100,000 levels. (CPython needs a raised recursion limit and a big thread
# stack for this; minipy resumes delegates without native recursion.)
import sys, threading

def leaf(log):
    try:
        x = yield 'first'
        try:
            y = yield ('got', x)
        except ValueError as e:
            y = 'caught %s' % e
            yield y
        return ('leaf', y)
    finally:
        log.append('leaf finally')

def chain(n, log):
    if n == 0:
        r = yield from leaf(log)
    else:
        r = yield from chain(n - 1, log)
    return r

def counting(n):
    if n == 0:
        yield from range(3)
        return 'bottom'
    r = yield from counting(n - 1)
    return r

def run():
    for n in (10, 10000, 100000):
        log = []
        g = chain(n, log)
        print(n, next(g), g.send(5))
        try:
            g.send('end')
        except StopIteration as e:
            print('  return value', e.value)
        g = chain(n, log)
        next(g); next(g)
        print('  throw ->', g.throw(ValueError('boom')))
        try:
            next(g)
        except StopIteration as e:
            print('  after throw', e.value)
        g = chain(n, log)
        next(g)
        g.close()
        print('  closed', g.gi_frame is None, log)
        g = chain(n, log)
        next(g)
        try:
            g.throw(KeyError('k'))
        except KeyError as e:
            print('  propagated', repr(e))
        c = counting(n)
        print('  list', list(c))
        def outer():
            r = yield from counting(n)
            print('  counting returned', r)
        print('  sum', sum(outer()))

sys.setrecursionlimit(400000)
threading.stack_size(1 << 29)
t = threading.Thread(target=run)
t.start()
t.join()
