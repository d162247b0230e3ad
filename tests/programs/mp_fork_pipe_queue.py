# Pipes, Connection objects and the three queues between forked processes.
import multiprocessing as mp
import queue
import signal

signal.alarm(60)  # a hung test fails instead of hanging the suite


def echo(conn):
    conn.send({'a': [1, 2.5, "x"], 'b': (None, True)})
    conn.send_bytes(b"raw bytes")
    got = conn.recv()
    conn.send(("echo", got))
    conn.close()


def producer(q, n):
    for i in range(n):
        q.put(i * i)
    q.put(None)


def big(q):
    q.put(b"x" * 200000)
    q.put(list(range(10000)))


def jq_worker(q, out):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * 10)
        q.task_done()


def sq_worker(sq):
    sq.put(("from child", mp.current_process().name))


if __name__ == '__main__':
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    print(a.recv(), a.recv_bytes())
    a.send(["reply", 42])
    print(a.recv())
    p.join()
    b.close()
    print(a.poll(2))
    try:
        a.recv()
    except EOFError:
        print("EOFError")
    print(a.closed, a.readable, a.writable)
    a.close()
    print(a.closed)

    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    w.send_bytes(b"abcdef", 1, 3)
    buf = bytearray(10)
    print(r.recv_bytes_into(buf, 2), buf)
    w.send_bytes(b"0123456789ab")
    try:
        r.recv_bytes_into(bytearray(4))
    except mp.BufferTooShort as e:
        print("BufferTooShort", e.args[0])
    print(r.poll(), r.poll(0.01))
    for bad in (lambda: w.send_bytes(b"abc", -1), lambda: w.send_bytes(b"abc", 4),
                lambda: w.send_bytes(b"abc", 1, 5), lambda: w.send_bytes(b"abc", 0, -1),
                lambda: r.recv_bytes(-1)):
        try:
            bad()
        except ValueError as e:
            print("ValueError", e)
    try:
        r.send(1)
    except OSError as e:
        print("OSError", e)
    try:
        w.recv()
    except OSError as e:
        print("OSError", e)
    w.send([1, 2, 3])
    print(r.recv())
    w.close()
    try:
        w.send(1)
    except OSError as e:
        print("OSError", e)
    with r:
        print(isinstance(r.fileno(), int))
    try:
        r.fileno()
    except OSError as e:
        print("OSError", e)

    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 50))
    p.start()
    out = []
    while True:
        x = q.get(timeout=20)
        if x is None:
            break
        out.append(x)
    p.join()
    print(sum(out), len(out), q.empty(), q.qsize())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty")
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty nowait")
    q.put("local")
    print(q.get(timeout=5))

    p = mp.Process(target=big, args=(q,))
    p.start()
    data = q.get(timeout=20)
    nums = q.get(timeout=20)
    p.join()
    print(len(data), sum(nums))

    q2 = mp.Queue(2)
    q2.put(1)
    q2.put_nowait(2)
    print(q2.full(), q2.qsize())
    try:
        q2.put(3, timeout=0.05)
    except queue.Full:
        print("Full")
    try:
        q2.put_nowait(3)
    except queue.Full:
        print("Full nowait")
    print(q2.get(), q2.get())
    q2.close()
    q2.join_thread()
    for op in (q2.get, lambda: q2.put(1)):
        try:
            op()
        except ValueError as e:
            s = str(e)
            print("ValueError", s[:s.index(" at ")], s[s.index(">"):])
    q3 = mp.Queue()
    try:
        q3.join_thread()
    except AssertionError as e:
        print("AssertionError", str(e)[-10:])
    q3.cancel_join_thread()

    sq = mp.SimpleQueue()
    print(sq.empty())
    p = mp.Process(target=sq_worker, args=(sq,))
    p.start()
    print(sq.get())
    p.join()
    print(sq.empty())
    sq.close()

    jq = mp.JoinableQueue()
    res = mp.Queue()
    p = mp.Process(target=jq_worker, args=(jq, res))
    p.start()
    for i in range(5):
        jq.put(i)
    jq.put(None)
    jq.join()
    print(sorted(res.get(timeout=10) for _ in range(5)))
    p.join()
    print("joined", p.exitcode)
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError", e)
