# help() on classes: pydoc's layout (signature, docstring, MRO, sections by kind with
# rules between them, inherited members, data descriptors, long values cut at 70).
class Shape:
    """A shape.

    With a second paragraph.
    """

    sides = 0
    long_value = "x" * 100

    def __init__(self, name):
        self.name = name

    def scale(self, factor):
        "Scale by factor."

    @property
    def area(self):
        "The area."
        return 0

    @property
    def label(self):
        return self.name

    @label.setter
    def label(self, value):
        self.name = value

    @classmethod
    def make(cls):
        "Make one."

    @staticmethod
    def helper(x):
        pass

    async def fetch(self):
        pass


class Square(Shape):
    sides = 4

    def scale(self, factor):
        pass


class Plain:
    pass


class Slotted:
    "No instance dict."
    __slots__ = ("a",)

    def __repr__(self):
        return "Slotted()"


help(Shape)
help(Square)
help(Plain)
help(Shape.scale)
