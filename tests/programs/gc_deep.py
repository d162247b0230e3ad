import gc

class Node:
    def __init__(self, nxt):
        self.nxt = nxt

head = None
for i in range(1000000):
    head = Node(head)
del head
print("linked list freed")

nested = []
for i in range(100000):
    nested = [nested]
del nested
print("nested list freed")

# The same shapes, closed into cycles, are freed by the collector.
first = Node(None)
head = first
for i in range(20000):
    head = Node(head)
first.nxt = head
del head, first
print(gc.collect() >= 20001)

inner = []
nested = inner
for i in range(100000):
    nested = [nested]
inner.append(nested)
del inner, nested
print(gc.collect())

t = ()
for i in range(100000):
    t = (t, [])
del t
print("nested tuples freed")
