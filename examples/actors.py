"""Actors driven by send(): each actor is a generator that receives messages at its
`yield`, and may send messages to other actors through the dispatcher's mailbox."""
from collections import deque


class Dispatcher:
    def __init__(self):
        self.actors = {}
        self.mailbox = deque()

    def register(self, name, actor):
        next(actor)  # prime the generator: run it to its first `yield`
        self.actors[name] = actor

    def send(self, to, message):
        self.mailbox.append((to, message))

    def run(self):
        delivered = 0
        while self.mailbox:
            to, message = self.mailbox.popleft()
            actor = self.actors.get(to)
            if actor is None:
                print(f"dropped {message!r}: no actor {to!r}")
                continue
            try:
                actor.send(message)
                delivered += 1
            except StopIteration as stop:
                print(f"{to} stopped with {stop.value!r}")
                del self.actors[to]
        print(f"{delivered} messages delivered; actors left: {sorted(self.actors)}")


def printer():
    count = 0
    while True:
        message = yield
        if message is None:
            return count
        count += 1
        print(f"printer: {message}")


def counter(dispatch, limit):
    total = 0
    while True:
        n = yield
        total += n
        dispatch.send("printer", f"counter got {n}, total {total}")
        if total >= limit:
            dispatch.send("printer", "counter reached its limit")
            dispatch.send("printer", None)
            return total


def ping_pong(dispatch, me, other, rounds):
    while True:
        ball = yield
        if ball >= rounds:
            dispatch.send("printer", f"{me} wins at {ball}")
            return ball
        dispatch.send("printer", f"{me} hits {ball}")
        dispatch.send(other, ball + 1)


d = Dispatcher()
d.register("printer", printer())
d.register("counter", counter(d, 10))
d.register("ping", ping_pong(d, "ping", "pong", 5))
d.register("pong", ping_pong(d, "pong", "ping", 5))
for n in (3, 4, 5):
    d.send("counter", n)
d.send("ping", 0)
d.send("nobody", "hello?")
d.run()
