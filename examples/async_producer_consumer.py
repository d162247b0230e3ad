"""asyncio producer/consumer: producers put work on a bounded Queue, a pool of consumers
processes it concurrently; join() waits for all work, then the consumers are cancelled."""
import asyncio
import time


async def pause(turns):
    # Yield to the event loop `turns` times: the interleaving is deterministic, unlike
    # real timers on a busy machine.
    for _ in range(turns):
        await asyncio.sleep(0)


async def producer(name, queue, items, turns):
    for item in items:
        await pause(turns)
        await queue.put((name, item))
        print(f"{name} produced {item} (queue size {queue.qsize()})")
    print(f"{name} done")


async def consumer(name, queue, results, lock):
    while True:
        source, item = await queue.get()
        try:
            await pause(item)
            async with lock:
                results.append((source, item, item * item))
            print(f"{name} consumed {source}:{item}")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=3)
    results = []
    lock = asyncio.Lock()
    start = time.monotonic()
    consumers = [asyncio.create_task(consumer(f"consumer-{i}", queue, results, lock),
                                     name=f"consumer-{i}") for i in range(3)]
    producers = [producer("p1", queue, [1, 2, 3, 4], 1),
                 producer("p2", queue, [5, 6, 7], 2)]
    await asyncio.gather(*producers)
    await queue.join()
    for c in consumers:
        c.cancel()
    outcome = await asyncio.gather(*consumers, return_exceptions=True)
    print("consumers:", [type(o).__name__ for o in outcome])
    print("all cancelled:", all(c.cancelled() for c in consumers))
    print("results:", sorted(results))
    print("sum of squares:", sum(r[2] for r in results))
    try:
        await asyncio.wait_for(queue.get(), timeout=0.01)
    except asyncio.TimeoutError:
        print("queue is empty: get() timed out")
    print("took less than a second:", time.monotonic() - start < 1)


asyncio.run(main())
