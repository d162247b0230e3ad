# multiprocessing.shared_memory: a named block written by a forked child and read by
# the parent (and attached by name), and a ShareableList changed across processes.
import multiprocessing as mp
from multiprocessing import shared_memory
import signal

signal.alarm(60)  # a hung test fails instead of hanging the suite


def child(name):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[:5] = b"hello"
    shm.buf[5] = 33
    shm.close()


def list_child(sl):
    sl[0] = sl[0] * 10
    sl[2] = "xyz"
    sl[4] = True


if __name__ == '__main__':
    shm = shared_memory.SharedMemory(create=True, size=16)
    print(shm.size, len(shm.name) > 4, repr(shm).startswith("SharedMemory('"))
    p = mp.Process(target=child, args=(shm.name,))
    p.start()
    p.join()
    print(bytes(shm.buf[:6]), shm.buf[0], shm.buf[-1], len(shm.buf))
    other = shared_memory.SharedMemory(shm.name)
    print(bytes(other.buf[:5]), other.size)
    other.close()
    shm.close()
    shm.unlink()
    try:
        shared_memory.SharedMemory(shm.name)
    except FileNotFoundError:
        print("FileNotFoundError")
    for args in ({"create": True, "size": 0}, {"size": 10}, {"create": True, "size": -1}):
        try:
            shared_memory.SharedMemory(**args)
        except ValueError as e:
            print("ValueError", e)

    sl = shared_memory.ShareableList([7, 2.5, "abc", b"xy", None, True])
    print(list(sl), sl.format, len(sl))
    p = mp.Process(target=list_child, args=(sl,))
    p.start()
    p.join()
    print(list(sl), sl[-1], sl.count(True), sl.index(2.5))
    attached = shared_memory.ShareableList(name=sl.shm.name)
    print(list(attached))
    try:
        sl[2] = "much too long for the slot"
    except ValueError as e:
        print("ValueError", e)
    try:
        sl[10]
    except IndexError as e:
        print("IndexError", e)
    try:
        sl.index(99)
    except ValueError as e:
        print("ValueError", e)
    attached.shm.close()
    sl.shm.close()
    sl.shm.unlink()
