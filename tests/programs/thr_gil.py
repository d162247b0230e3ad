# The GIL: CPU-bound threads interleave and all finish; sleeping threads overlap;
# sys.setswitchinterval changes the switch interval; recursion in a thread is a
# RecursionError, never a crash.
import sys
import threading
import time

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
sys.setswitchinterval(0.005)

progress = [0, 0]

def spin(k):
    for i in range(200000):
        progress[k] += 1

a = threading.Thread(target=spin, args=(0,))
b = threading.Thread(target=spin, args=(1,))
a.start()
b.start()
a.join()
b.join()
print(progress)

# A busy thread does not starve a thread that wants to print.
stop = False
ticks = []

def busy():
    n = 0
    while not stop:
        n += 1

def ticker():
    for i in range(3):
        ticks.append(i)
        time.sleep(0.01)

t1 = threading.Thread(target=busy)
t2 = threading.Thread(target=ticker)
t1.start()
t2.start()
t2.join()
stop = True
t1.join()
print("ticks", ticks)

start = time.monotonic()
sleepers = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(5)]
for s in sleepers:
    s.start()
for s in sleepers:
    s.join()
print("sleeps overlap:", time.monotonic() - start < 0.8)

def recurse(n):
    return recurse(n + 1) + 1

caught = []

def deep():
    try:
        recurse(0)
    except RecursionError as e:
        caught.append(str(e))

t = threading.Thread(target=deep)
t.start()
t.join()
print(caught)
