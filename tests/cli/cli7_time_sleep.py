# time.sleep is C in CPython: a bad argument shows no frame inside it.
import time
def nap(x):
    time.sleep(x)
nap("ten")
