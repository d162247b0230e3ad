# At exit, non-daemon threads are joined and daemon threads are abandoned.
import threading
import time

def late(tag, delay):
    time.sleep(delay)
    print(tag, "finished")

def forever():
    while True:
        time.sleep(0.01)

threading.Thread(target=late, args=("non-daemon", 0.2)).start()
threading.Thread(target=forever, daemon=True).start()
d = threading.Thread(target=late, args=("daemon", 30))
d.daemon = True
d.start()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError", e)
print("main body done")
