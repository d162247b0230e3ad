from __future__ import annotations
import json, enum, textwrap, pprint, statistics, warnings, inspect
from dataclasses import dataclass, field, asdict
from typing import List, Optional
from fractions import Fraction
from contextlib import suppress, contextmanager

class Status(enum.Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2

@dataclass(order=True)
class Task:
    priority: Priority
    title: str
    status: Status = Status.ACTIVE
    tags: List[str] = field(default_factory=list)
    estimate: Optional[Fraction] = None

tasks = [Task(Priority.HIGH, "write code", tags=["dev"]), Task(Priority.LOW, "test", Status.INACTIVE, estimate=Fraction(3, 2)), Task(Priority.HIGH, "deploy")]
for t in sorted(tasks):
    print(t)

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, enum.Enum):
            return o.value
        if isinstance(o, Fraction):
            return str(o)
        return super().default(o)

blob = json.dumps([asdict(t) for t in tasks], cls=Enc, indent=2)
print(blob)
back = json.loads(blob, object_hook=lambda d: {k.upper(): v for k, v in d.items()})
pprint.pprint(back, width=60)
print(statistics.mean(t.priority for t in tasks), statistics.median([len(t.title) for t in tasks]))
print(textwrap.fill(" ".join(t.title for t in tasks) * 3, 30))
print(inspect.signature(Task))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", RuntimeWarning)
print([str(x.message) for x in w])
with suppress(KeyError):
    {}["missing"]
@contextmanager
def section(name):
    print(f"[{name}]")
    yield
    print(f"[/{name}]")
with section("end"):
    print(Status("active"), Priority(2), list(Priority), Status.ACTIVE.value)
