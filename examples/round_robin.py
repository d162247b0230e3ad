"""A round-robin task scheduler: each task is a generator; the scheduler runs one step
of the task at the front of a deque, then puts it at the back, until all are done."""
from collections import deque


def countdown(name, n):
    while n > 0:
        print(f"{name}: T-minus {n}")
        yield
        n -= 1
    print(f"{name}: liftoff!")


def fizzbuzz(limit):
    for i in range(1, limit + 1):
        word = "Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)
        print(f"fizzbuzz: {word or i}")
        yield


def spawner(scheduler):
    # A task may create more tasks while it runs.
    print("spawner: starting a child")
    scheduler.spawn(countdown("child", 2))
    yield
    print("spawner: done")


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.steps = 0

    def spawn(self, task):
        self.ready.append(task)

    def run(self):
        while self.ready:
            task = self.ready.popleft()
            try:
                next(task)
            except StopIteration:
                continue
            self.steps += 1
            self.ready.append(task)
        print(f"all tasks finished after {self.steps} steps")


sched = Scheduler()
sched.spawn(countdown("rocket", 3))
sched.spawn(fizzbuzz(6))
sched.spawn(spawner(sched))
sched.run()
