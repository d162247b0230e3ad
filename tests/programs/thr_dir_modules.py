# Public names of _thread, threading and queue, as CPython 3.11 has them.
import _thread
import queue
import threading

for m in (_thread, threading, queue):
    print(m.__name__, sorted(n for n in dir(m) if not n.startswith("_")))
print(sorted(n for n in dir(threading.Thread) if not n.startswith("_")))
print(sorted(n for n in dir(_thread.allocate_lock()) if not n.startswith("__")))
print(sorted(n for n in dir(_thread.RLock()) if not n.startswith("_")))
print(sorted(n for n in dir(queue.Queue) if not n.startswith("_")))
print(sorted(n for n in dir(queue.SimpleQueue) if not n.startswith("_")))
