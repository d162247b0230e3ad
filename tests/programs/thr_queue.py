# queue: producers and consumers, task_done/join, timeouts, the queue variants.
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()

workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
q.join()
print(sorted(results))
for w in workers:
    q.put(None)
for w in workers:
    w.join()
print(q.empty(), q.qsize(), q.unfinished_tasks)

small = queue.Queue(maxsize=2)
small.put(1)
small.put_nowait(2)
print(small.full())
for call in [lambda: small.put(3, timeout=0.01), lambda: small.put_nowait(3)]:
    try:
        call()
    except queue.Full:
        print("Full")
print(small.get(), small.get_nowait())
for call in [lambda: small.get(timeout=0.01), small.get_nowait, lambda: small.get(False)]:
    try:
        call()
    except queue.Empty:
        print("Empty")
try:
    small.task_done()
    small.task_done()
    small.task_done()
except ValueError as e:
    print("ValueError", e)
try:
    small.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)

# A blocked put wakes up when a consumer makes room.
bounded = queue.Queue(1)
bounded.put("a")
taken = []
t = threading.Thread(target=lambda: taken.append(bounded.get()))
t.start()
bounded.put("b", timeout=5)
t.join()
print(taken, bounded.get())

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in [3, 1, 2]:
    lifo.put(x)
    prio.put((x, str(x)))
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])

sq = queue.SimpleQueue()
print(sq.empty())
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
got = []
t = threading.Thread(target=lambda: got.append(sq.get()))
t.start()
sq.put("late")
t.join()
print(got)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
