# Reprs and small behaviours of threading objects, with addresses and idents masked.
import threading, _thread, time, queue
def m(s):
    # Mask addresses and thread idents, which differ from run to run.
    s = str(s)
    out = ""
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            out += "ADDR"
            i = j
        elif s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out += "ID" if j - i > 5 else s[i:j]
            i = j
        else:
            out += s[i]
            i += 1
    return out


print(m(threading.Event()), m(threading.Condition()), m(threading.Condition(threading.Lock())))
print(m(threading.Semaphore(3)), m(threading.BoundedSemaphore(2)), m(threading.Barrier(2)))
print(m(threading.local()), m(threading.RLock()), m(threading.Lock()), threading.Lock)
t = threading.Thread(target=print, daemon=True); print(m(t)); t.start(); t.join(); print(m(t))
t = threading.Thread(name=5); print(t.name, t.daemon, t.ident, m(t))
done = _thread.allocate_lock(); done.acquire()
res = []
def raw():
    ct = threading.current_thread()
    res.append(m(ct)); res.append(ct.daemon); res.append(ct.is_alive())
    done.release()
_thread.start_new_thread(raw, ())
done.acquire()
print(res)
print(threading.ExceptHookArgs([1,2,3,4]))
try: threading.ExceptHookArgs([1])
except TypeError as e: print(e)
r = _thread.RLock(); r.acquire(); print(m(r))
class MyR(_thread.RLock): pass
print(m(MyR()))
print(m(queue.SimpleQueue()), m(queue.Queue()))
print(threading.TIMEOUT_MAX, threading.ThreadError, threading.BrokenBarrierError.__mro__)
print(threading.get_ident() == threading.main_thread().ident, threading.get_native_id() == threading.main_thread().native_id)
try:
    threading.Semaphore(-1)
except ValueError as e: print(e)
s = threading.Semaphore(1)
try: s.acquire(False, 1)
except ValueError as e: print(e)
print(threading.gettrace(), threading.getprofile())
print(threading.Condition().wait_for(lambda: 5))
print(m(threading.enumerate()))
print(threading.local.__module__, threading.local.__name__, type(threading.local()).__name__)
