# PEP 475: a handler that returns lets the blocking call go on; one that raises ends it.
import signal, threading, time, queue

hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))

start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.3)
print("sleep kept going:", time.monotonic() - start >= 0.29, hits)

lock = threading.Lock()
lock.acquire()
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
print("acquire timed out:", lock.acquire(timeout=0.3), time.monotonic() - start >= 0.29, len(hits))

q = queue.SimpleQueue()
def later():
    time.sleep(0.4)
    q.put("done")
threading.Thread(target=later).start()
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(q.get(), len(hits))

class Stop(Exception):
    pass
def stop(s, f):
    raise Stop("from handler")
signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    lock.acquire()
except Stop as e:
    print("raised:", e)
signal.signal(signal.SIGALRM, signal.SIG_IGN)
signal.setitimer(signal.ITIMER_REAL, 0.02)
time.sleep(0.1)
print("ignored", len(hits))

import _thread
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
time.sleep(0.05)
print("interrupt_main ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    _thread.interrupt_main()
    time.sleep(1)
except KeyboardInterrupt:
    print("KeyboardInterrupt")

def in_thread():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        print(e)
t = threading.Thread(target=in_thread)
t.start(); t.join()
