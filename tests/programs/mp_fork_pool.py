# multiprocessing.Pool over forked workers: map/starmap/imap/apply, async results,
# errors re-raised in the parent, initializer, maxtasksperchild, close/join.
import multiprocessing as mp
import time, os, signal
signal.alarm(90)  # a hung test fails instead of hanging the suite

def sq(x):
    return x * x

def add(a, b):
    return a + b

def boom(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x

def init(v):
    global G
    G = v

def getg(_):
    return G

def pid(_):
    time.sleep(0.01)
    return os.getpid()

if __name__ == '__main__':
    with mp.Pool(3) as pool:
        print(pool.map(sq, range(10)))
        print(pool.map(sq, range(20), chunksize=3))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(list(pool.imap(sq, range(5))))
        print(list(pool.imap(sq, range(7), chunksize=2)))
        print(sorted(pool.imap_unordered(sq, range(6))))
        print(pool.apply(add, (5, 6)))
        r = pool.apply_async(sq, (9,))
        print(r.get(timeout=5), r.ready(), r.successful())
        m = pool.map_async(sq, [1, 2, 3])
        m.wait(5)
        print(m.get())
        try:
            pool.map(boom, range(5))
        except ValueError as e:
            print("ValueError", e, type(e.__cause__).__name__)
        r = pool.apply_async(boom, (3,))
        r.wait(5)
        print(r.successful())
        it = pool.imap(boom, range(5))
        out = []
        try:
            for x in it:
                out.append(x)
        except ValueError as e:
            print(out, e)
        got = []
        pool.apply_async(sq, (4,), callback=got.append).get()
        pool.apply_async(boom, (3,), error_callback=lambda e: got.append(repr(e))).wait()
        time.sleep(0.1)
        print(got)
        print(pool.map(sq, []))
    print(pool)
    p = mp.Pool(2, initializer=init, initargs=(42,))
    print(p.map(getg, range(4)))
    p.close(); p.join()
    try:
        p.map(sq, [1])
    except ValueError as e:
        print(e)
    p = mp.Pool(2, maxtasksperchild=1)
    print(len(set(p.map(pid, range(6), chunksize=1))) >= 3)
    p.close(); p.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print(e)
    print(len(mp.active_children()))
    from multiprocessing.pool import ThreadPool
    with ThreadPool(3) as tp:
        print(tp.map(sq, range(6)), tp.apply(add, (1, 1)))
        try:
            tp.apply(boom, (3,))
        except ValueError as e:
            print("ThreadPool", e, e.__cause__)
    pool = mp.Pool(2)
    r = pool.apply_async(time.sleep, (0.3,))
    try:
        r.successful()
    except ValueError as e:
        print("ValueError", "not ready" in str(e))
    try:
        r.get(timeout=0.01)
    except mp.TimeoutError:
        print("TimeoutError")
    try:
        pool.join()
    except ValueError as e:
        print(e)
    pool.close()
    pool.join()
    print(r.ready(), r.get())
