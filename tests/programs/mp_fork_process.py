# multiprocessing.Process with the fork start method: targets, run() overrides,
# exit codes (sys.exit, exceptions, signals), names, parent/current process.
import multiprocessing as mp
import os
import signal
import sys
import time

signal.alarm(60)  # a hung test fails instead of hanging the suite


def show(x, y=0):
    me = mp.current_process()
    print("child", x, y, me.name, mp.parent_process().name, me.pid == os.getpid(), flush=True)


def bad():
    raise ValueError("boom")


def leave(code):
    sys.exit(code)


class Worker(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print("Worker.run", self.n, self.name, flush=True)
        sys.exit(self.n)


def nested():
    p = mp.Process(target=show, args=("nested",))
    p.start()
    p.join()
    print("nested name", p.name, flush=True)


if __name__ == '__main__':
    p = mp.Process(target=show, args=(1,), kwargs={'y': 2})
    r = repr(p)
    print(r[:r.index(' parent=')], r[r.index(' initial'):])
    print(p.name, p.pid, p.exitcode, p.is_alive(), p.daemon)
    p.start()
    p.join()
    print(p.exitcode, p.is_alive(), p.pid > 0)
    r = repr(p)
    print(r[:r.index(' pid=')], r[r.index(' stopped'):])
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError", e)
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print("ValueError", e)

    p = mp.Process(target=bad)
    p.start()
    p.join()
    print("exception exitcode", p.exitcode)

    for code in (0, 3, None, "message", True):
        p = mp.Process(target=leave, args=(code,))
        p.start()
        p.join()
        print("sys.exit", repr(code), "->", p.exitcode)

    w = Worker(5)
    w.start()
    w.join()
    print("subclass", w.exitcode, w.name.startswith("Worker-"))

    p = mp.Process(target=time.sleep, args=(30,), name="sleeper", daemon=True)
    p.start()
    p.join(0.05)
    print(p.is_alive(), p.exitcode, p.name, p.daemon)
    print(len(mp.active_children()) >= 1)
    p.terminate()
    p.join()
    print("terminate", p.exitcode, repr(p).endswith("exitcode=-SIGTERM daemon>"))

    p = mp.Process(target=time.sleep, args=(30,))
    p.start()
    p.kill()
    p.join(10)
    print("kill", p.exitcode)

    p = mp.Process(target=nested)
    p.start()
    p.join()
    print("nested exit", p.exitcode)

    try:
        mp.Process(target=show).sentinel
    except ValueError as e:
        print("ValueError", e)
    try:
        mp.Process(target=show).join()
    except AssertionError as e:
        print("AssertionError", e)
    print(mp.active_children())
    print(mp.current_process().name, mp.parent_process())
