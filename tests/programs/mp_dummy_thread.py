# multiprocessing.dummy: the same API over threads (ThreadPool, thread 'processes', queue pipes).
from multiprocessing.dummy import Pool, Process, Queue, Pipe, active_children
import multiprocessing.dummy as d
print([n for n in dir(d) if not n.startswith('_')])
with Pool(3) as p:
    print(p.map(lambda x: x * 2, range(5)))
q = Queue()
t = Process(target=q.put, args=(5,)); t.start(); t.join(); print(q.get(), t.exitcode)
a, b = Pipe(); a.send(1); print(b.poll(), b.recv())
print(d.Namespace(a=1, b=2), d.Value('i', 3))
