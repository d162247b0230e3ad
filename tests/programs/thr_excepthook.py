# Uncaught exceptions in threads go to threading.excepthook, which prints
# "Exception in thread NAME:" and the traceback to sys.stderr.
import sys
import threading

class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s
        return len(s)

    def flush(self):
        pass

def boom():
    raise ValueError("boom")

cap = Capture()
saved = sys.stderr
sys.stderr = cap
t = threading.Thread(target=boom)
t.start()
t.join()
sys.stderr = saved
lines = cap.text.splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print([l.strip() for l in lines if "raise" in l])

seen = []

def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

threading.excepthook = hook
t = threading.Thread(target=boom, name="custom")
t.start()
t.join()
print(seen)
threading.excepthook = threading.__excepthook__

def quits():
    sys.exit(3)

t = threading.Thread(target=quits)
t.start()
t.join()
print("SystemExit in a thread is silent")
