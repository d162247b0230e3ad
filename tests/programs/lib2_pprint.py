import pprint, collections
from dataclasses import dataclass, field
data = {"name": "minipy", "numbers": list(range(30)), "nested": {"a": [1, 2, {"deep": ("x", "y", "z" * 30)}], "b": set(range(12)), "c": frozenset({3, 1, 2})},
        "text": "lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua", 5: None, (1, 2): [True, False, 1.5]}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp({"z": 1, "a": 2})
print(pprint.pformat(list(range(40)), width=30, compact=True))
l = [1, 2]; l.append(l)
print(pprint.pformat(l).replace(str(id(l)), "ID"), pprint.isrecursive(l), pprint.isreadable(l), pprint.isreadable([1, "a"]), pprint.saferepr(l).replace(str(id(l)), "ID"))
d = collections.OrderedDict((str(i), i * 1000) for i in range(10))
pprint.pprint(d, width=40)
pprint.pprint(collections.defaultdict(list, {k: [k] * 5 for k in "abcdef"}), width=40)
pprint.pprint(collections.Counter("abracadabra" * 5), width=30)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(("single" * 20,))
pprint.pprint("a long string " * 10, width=40)
pprint.pprint(["a long string " * 10], width=40)
pprint.pprint(b"bytes " * 20, width=40)
@dataclass
class P:
    x: int
    items: list = field(default_factory=list)
    name: str = "point"
pprint.pprint(P(1, list(range(25))), width=40)
pprint.pprint([P(1), P(2)], width=30)
pprint.pprint({"k": [{"a": 1, "b": 2}] * 4}, width=20)
pprint.pprint(12345678901234567890, underscore_numbers=True)
class R(dict):
    def __repr__(self): return "R!"
pprint.pprint(R(a=1))
class D(dict): pass
pprint.pprint(D({i: str(i) * 10 for i in range(8)}))
pprint.pprint([[]] * 3 + [{}] + [()], width=5)
pprint.pprint(set(), width=1)
pp = pprint.PrettyPrinter(width=20)
print(pp.pformat({"abc": list(range(10))}))
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print(e)
pprint.pprint({"multi\nline": "text\nwith\nnewlines and more words to make it long enough to wrap around the limit"}, width=40)
import types
pprint.pprint(types.SimpleNamespace(a=list(range(30)), b="x"), width=40)
