import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, q.qsize())
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print(name, 'got', item)
        await asyncio.sleep(0.001)
        q.task_done()

async def locker(lock, name, log):
    async with lock:
        log.append(name + '+')
        await asyncio.sleep(0.001)
        log.append(name + '-')

async def sem_worker(sem, i, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0.002)
        active[0] -= 1

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full())
    await asyncio.gather(producer(q, 5), consumer(q, 'c1'))
    await q.join()
    print('joined', q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q2 = asyncio.Queue(1); q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print('QueueFull')
    try:
        q2.task_done(); q2.task_done()
    except ValueError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]: pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in [5, 1, 3]: lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locker(lock, n, log) for n in 'abc'))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print('woke', i)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.001)
    print('setting', ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    ev.clear(); print(ev.is_set())

    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    await asyncio.gather(*(sem_worker(sem, i, active, peak) for i in range(6)))
    print('peak', peak[0], sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print(e)

    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            print('cond got', items.pop())
    async def prod():
        await asyncio.sleep(0.001)
        async with cond:
            items.append(42)
            cond.notify()
    await asyncio.gather(cons(), prod())

    inner = asyncio.create_task(asyncio.sleep(0.01, 'inner'))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(await inner, outer.cancelled())

    # One task finishes after a single pass of the loop, the others would take 10 s.
    ts = [asyncio.create_task(asyncio.sleep(d, d)) for d in (10, 0, 10)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(ts)
    print(len(done), len(pending), sorted(t.cancelled() for t in done))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(10))], timeout=0.01)
    print(len(done), len(pending))
    for p in pending: p.cancel()

    # Completion order set by the program, not by timers.
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    async def complete():
        for i in (1, 2, 0):
            await asyncio.sleep(0)
            futs[i].set_result(i)
    completer = asyncio.create_task(complete())
    for c in asyncio.as_completed(futs):
        print('as_completed', await c)
    await completer

asyncio.run(main())
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
res = []
now = loop.time()
loop.call_soon(res.append, 1)
loop.call_at(now + 0.01, res.append, 3)
loop.call_at(now + 0.005, res.append, 2)
loop.call_at(now + 0.02, loop.stop)
loop.run_forever()
print(res)
fut = loop.create_future()
loop.call_soon(fut.set_result, 'fut!')
print(loop.run_until_complete(fut))
async def getloop():
    return asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop
print(loop.run_until_complete(getloop()))
loop.close()
print(loop.is_closed())
c = getloop()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
