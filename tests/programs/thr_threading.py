# threading: Thread lifecycle and the synchronisation classes.
import threading
import time

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, threading.active_count())
print(repr(main).startswith("<_MainThread(MainThread, started "))

results = []
lock = threading.Lock()

def work(n, scale=1):
    for i in range(3):
        with lock:
            results.append(n * scale)

threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10}) for i in range(4)]
print([t.name for t in threads])
print(repr(threads[0]))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], repr(threads[0]).split(",")[1].split()[0])
print(threading.active_count(), len(threading.enumerate()))
try:
    threads[0].start()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError", e)

class Counter(threading.Thread):
    def __init__(self):
        super().__init__(name="counter")
        self.total = 0

    def run(self):
        for i in range(1000):
            self.total += i

c = Counter()
c.start()
c.join()
print(c.name, c.total, c.ident is not None, c.native_id is not None)

# join with a timeout on a thread that is still sleeping.
slow = threading.Thread(target=time.sleep, args=(0.3,))
slow.start()
slow.join(0.01)
print("alive after short join:", slow.is_alive())
slow.join()
print("alive after join:", slow.is_alive())

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
threading.Thread(target=lambda: (time.sleep(0.05), ev.set())).start()
print(ev.wait(5), ev.is_set())
ev.clear()
print(ev.is_set())

# Condition: a consumer waits for items a producer adds.
cond = threading.Condition()
items = []
got = []

def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        got.extend(items)

t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    time.sleep(0.01)
    with cond:
        items.append(i)
        cond.notify_all()
t.join()
print("consumer got", got)
with cond:
    print("wait timeout", cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)

# Semaphores
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)

# Barrier: every party gets a distinct index; the action runs once.
actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("go"))
indexes = []

def party():
    i = barrier.wait()
    with lock:
        indexes.append(i)

ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(indexes), actions, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(0.01)
except threading.BrokenBarrierError:
    print("broken", b2.broken)

# Timer
fired = []
tm = threading.Timer(0.02, fired.append, args=["fired"])
tm.start()
tm.join()
cancelled = threading.Timer(10, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

# RLock through threading
rl = threading.RLock()
with rl:
    with rl:
        print("rlock nested ok")
