# RecursionError through a method and a property: the repeated lines collapse.
class Node:
    def __init__(self, depth):
        self.depth = depth

    @property
    def total(self):
        return self.child().total + 1

    def child(self):
        return Node(self.depth + 1)


Node(0).total
