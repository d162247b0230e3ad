# _thread: locks, RLocks, start_new_thread, errors; deterministic through joins by locks.
import _thread
import time

lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
for bad in [lambda: lock.release(), lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-2),
            lambda: _thread.LockType(), lambda: _thread.RLock().release(),
            lambda: _thread.start_new_thread(1, ()), lambda: _thread.start_new_thread(print, []),
            lambda: _thread.start_new_thread(print, (), 1), lambda: _thread.stack_size(100)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with lock:
    print("inside", lock.locked())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock())

r = _thread.RLock()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at "))
with r:
    with r:
        print(r._is_owned())
print(r._is_owned())

# Four threads increment a shared counter under a lock; the main thread waits on a
# lock each worker releases when done.
total = 0
count_lock = _thread.allocate_lock()
done = [_thread.allocate_lock() for _ in range(4)]
for d in done:
    d.acquire()

def worker(k, step=1):
    global total
    for _ in range(2000):
        with count_lock:
            total += step
    done[k].release()

idents = set()
for k in range(4):
    idents.add(_thread.start_new_thread(worker, (k,), {"step": k + 1}))
for d in done:
    d.acquire()
print(total, len(idents), type(_thread.get_ident()).__name__)

# A thread blocked on a lock wakes up when another thread releases it.
gate = _thread.allocate_lock()
gate.acquire()
order = []
finished = _thread.allocate_lock()
finished.acquire()

def waiter():
    gate.acquire()
    order.append("waiter")
    finished.release()

_thread.start_new_thread(waiter, ())
time.sleep(0.05)
order.append("main")
gate.release()
finished.acquire()
print(order)

# _thread.exit() and SystemExit end a thread quietly.
quiet = _thread.allocate_lock()
quiet.acquire()

def exits():
    quiet.release()
    _thread.exit()
    print("not reached")

_thread.start_new_thread(exits, ())
quiet.acquire()
time.sleep(0.02)
print("stack", _thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size())
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError)
