# _thread.interrupt_main(): the main thread raises KeyboardInterrupt, also out of a sleep.
import _thread
import time

def interrupt_soon():
    time.sleep(0.05)
    _thread.interrupt_main()

_thread.start_new_thread(interrupt_soon, ())
try:
    while True:
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt in a busy loop")

_thread.start_new_thread(interrupt_soon, ())
try:
    time.sleep(5)
    print("slept")
except KeyboardInterrupt:
    print("KeyboardInterrupt in sleep")
