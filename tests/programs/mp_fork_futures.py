# concurrent.futures: ThreadPoolExecutor and ProcessPoolExecutor (forked workers),
# Future states, wait, as_completed, map, shutdown, errors.
import concurrent.futures as cf
import os
import signal
import threading
import time

signal.alarm(90)  # a hung test fails instead of hanging the suite


def sq(x):
    return x * x


def boom(x):
    raise KeyError(x)


def slow(x):
    time.sleep(x)
    return x


def die():
    os._exit(7)


if __name__ == '__main__':
    f = cf.Future()
    r = repr(f)
    print(r[:8], r[r.index(' state'):])
    print(f.done(), f.running(), f.cancelled())
    seen = []
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
    f.set_result(5)
    r = repr(f)
    print(r[r.index(' state'):], seen, f.result(), f.exception())
    try:
        f.set_result(6)
    except cf.InvalidStateError as e:
        print("InvalidStateError", str(e)[:10])
    g = cf.Future()
    print(g.cancel(), g.cancelled(), g.done())
    try:
        g.result()
    except cf.CancelledError:
        print("CancelledError")
    h = cf.Future()
    try:
        h.result(timeout=0.01)
    except cf.TimeoutError:
        print("TimeoutError", cf.TimeoutError is TimeoutError)
    h.set_exception(ValueError("x"))
    r = repr(h)
    print(r[r.index(' state'):], repr(h.exception()))

    with cf.ThreadPoolExecutor(max_workers=3) as ex:
        futs = [ex.submit(sq, i) for i in range(10)]
        print(sorted(f.result() for f in cf.as_completed(futs)))
        print(list(ex.map(sq, range(5))))
        bad = ex.submit(boom, 'k')
        print(repr(bad.exception(5)))
        done, not_done = cf.wait(futs + [bad])
        print(len(done), len(not_done))
        names = ex.submit(lambda: threading.current_thread().name).result()
        print(names.startswith('ThreadPoolExecutor-'))
        d, nd = cf.wait([ex.submit(slow, 0.3), ex.submit(sq, 2)], return_when=cf.FIRST_COMPLETED)
        print(len(d) >= 1)
    try:
        ex.submit(sq, 1)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        cf.ThreadPoolExecutor(0)
    except ValueError as e:
        print("ValueError", e)

    def bad_init():
        raise OSError("no")
    ex = cf.ThreadPoolExecutor(1, initializer=bad_init)
    try:
        ex.submit(sq, 1).result(5)
    except cf.BrokenExecutor as e:
        print(type(e).__name__, e)
    ex.shutdown()

    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(sq, i) for i in range(8)]
        print([f.result(20) for f in futs])
        print(list(ex.map(sq, range(7), chunksize=3)))
        try:
            ex.submit(boom, 'p').result(20)
        except KeyError as e:
            print("KeyError", e)
        print(sorted(f.result() for f in cf.as_completed([ex.submit(slow, 0.01 * i) for i in range(4)], timeout=20)))
    ex = cf.ProcessPoolExecutor(max_workers=1)
    f = ex.submit(die)
    try:
        f.result(20)
    except cf.process.BrokenProcessPool as e:
        print("BrokenProcessPool", e)
    try:
        ex.submit(sq, 2)
    except cf.process.BrokenProcessPool as e:
        print("BrokenProcessPool", e)
    ex.shutdown()
    try:
        cf.ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError", e)
