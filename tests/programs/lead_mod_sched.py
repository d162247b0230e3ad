import sched
print(sorted(n for n in dir(sched) if not n.startswith('_')))
print(sched.Event._fields, sched.Event.priority.__doc__)
clock = [0]
log = []
def timefunc(): return clock[0]
def delay(d): log.append(('sleep', d)); clock[0] += d
s = sched.scheduler(timefunc, delay)
e1 = s.enter(5, 1, log.append, ('five',))
s.enter(2, 2, log.append, ('two-b',))
s.enter(2, 1, log.append, ('two-a',))
s.enterabs(3, 1, lambda **k: log.append(k), kwargs={'k': 3})
e9 = s.enter(9, 1, log.append, ('nine',))
print([ (e.time, e.priority, e.sequence) for e in s.queue ], s.empty())
s.cancel(e9)
try:
    s.cancel(e9)
except ValueError as e:
    print('ValueError', e)
print(s.run(blocking=False), log)
s.run()
print(log, s.empty(), s.run(blocking=False))
print(e1 < e9, e1 == e1, e1.action is log.append)
p = property(lambda self: 1, doc='first')
p.__doc__ = 'second'
print(p.__doc__, p.getter(lambda self: 2).__doc__)
class C:
    @property
    def x(self):
        "x doc"
        return 1
C.x.__doc__ = 'changed'
print(C.x.__doc__, C().x)
