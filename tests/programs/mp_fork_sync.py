# Locks, semaphores, conditions, events, barriers and shared values/arrays used by
# forked processes (POSIX semaphores and MAP_SHARED memory).
import multiprocessing as mp
import signal
import time

signal.alarm(60)  # a hung test fails instead of hanging the suite


def incr(v, arr, lock, n):
    for _ in range(n):
        with lock:
            v.value += 1
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = arr[i] * 2


def unsafe_add(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


def hold(lock, ev_locked, ev_go):
    with lock:
        ev_locked.set()
        ev_go.wait(20)


def waiter(cond, ready, out, i):
    with cond:
        ready.release()
        cond.wait(20)
        out.put(i)


def at_barrier(b, out):
    out.put(b.wait(20) >= 0)


def sem_user(sem, v):
    with sem:
        with v.get_lock():
            v.value += 1


if __name__ == '__main__':
    v = mp.Value('i', 0)
    arr = mp.Array('d', [1.0, 2.0, 3.0])
    lock = mp.Lock()
    ps = [mp.Process(target=incr, args=(v, arr, lock, 300)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, arr[:], list(arr), len(arr), arr[-1])

    c = mp.Value('q', 0)
    ps = [mp.Process(target=unsafe_add, args=(c, 200)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(c.value)

    print(v, mp.RawValue('h', 70000), mp.RawValue('B', -1), mp.RawValue('c', b'x'))
    print(mp.RawValue('d', 2.5), mp.RawValue('f', 0.1).value == 0.1, mp.RawValue('u', 'z'))
    print(mp.RawValue('l', 7), mp.RawValue('Q', 8), mp.RawValue('I', -1))
    print(mp.Value('i', lock=False), mp.Value('d', 1.25).get_obj())
    s = mp.Array('c', b'hello')
    print(s.value, s.raw, s[1], s[1:3], len(s))
    s.value = b'hi'
    print(s.value, s.raw)
    ra = mp.RawArray('i', 4)
    ra[1:3] = [7, 8]
    print(ra[:], ra[-1], ra[::2])
    try:
        ra[4]
    except IndexError as e:
        print("IndexError", e)
    try:
        ra[0:2] = [1]
    except ValueError as e:
        print("ValueError", e)
    a2 = mp.Array('i', range(5), lock=False)
    print(a2[:], type(mp.Array('b', 3)).__name__)

    l = mp.Lock()
    print(l)
    l.acquire()
    print(l, l.acquire(False), l.acquire(timeout=0.05))
    l.release()
    try:
        l.release()
    except ValueError as e:
        print("ValueError", e)

    rl = mp.RLock()
    print(rl)
    rl.acquire()
    rl.acquire()
    print(rl)
    rl.release()
    rl.release()
    try:
        rl.release()
    except AssertionError as e:
        print("AssertionError", e)

    s = mp.Semaphore(2)
    print(s, s.get_value(), s.acquire(), s.acquire(), s.acquire(timeout=0.01), s)
    s.release()
    s.release()
    s.release()
    print(s.get_value())
    bs = mp.BoundedSemaphore(1)
    print(bs)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)

    e = mp.Event()
    print(e.is_set(), e.wait(0.01))
    e.set()
    print(e.is_set(), e.wait(1))
    e.clear()
    print(e.is_set())

    # A lock held by another process.
    locked, go = mp.Event(), mp.Event()
    lk = mp.Lock()
    p = mp.Process(target=hold, args=(lk, locked, go))
    p.start()
    locked.wait(20)
    print("held elsewhere", lk.acquire(timeout=0.05), lk)
    go.set()
    p.join()
    print("free again", lk.acquire(timeout=5))
    lk.release()

    # Condition: wake every waiter in other processes.
    cond = mp.Condition()
    ready = mp.Semaphore(0)
    out = mp.Queue()
    ps = [mp.Process(target=waiter, args=(cond, ready, out, i)) for i in range(3)]
    for p in ps:
        p.start()
    for _ in ps:
        ready.acquire()
    with cond:
        cond.notify_all()
    print(sorted(out.get(timeout=20) for _ in ps))
    for p in ps:
        p.join()
    with cond:
        print(cond.wait(0.01), cond.wait_for(lambda: True))

    b = mp.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    ps = [mp.Process(target=at_barrier, args=(b, out)) for _ in range(3)]
    for p in ps:
        p.start()
    print([out.get(timeout=20) for _ in ps])
    for p in ps:
        p.join()

    sem = mp.BoundedSemaphore(2)
    n = mp.Value('i', 0)
    ps = [mp.Process(target=sem_user, args=(sem, n)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(n.value, sem.get_value())
