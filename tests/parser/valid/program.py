"""A small inventory program: ordinary code of the kind scripts are made of."""

from __future__ import annotations

import sys
from collections import defaultdict, namedtuple
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional

Item = namedtuple("Item", "name price qty")

DEFAULT_STOCK = {
    "apple": (0.5, 100),
    "pear": (0.75, 40),
    "plum": (1.25, 0),
}


class OutOfStock(Exception):
    """Raised when an order asks for more than there is."""

    def __init__(self, name: str, wanted: int, have: int) -> None:
        super().__init__(f"{name}: wanted {wanted}, have {have}")
        self.name, self.wanted, self.have = name, wanted, have


@dataclass(order=True)
class Order:
    customer: str
    lines: List[tuple] = field(default_factory=list)
    note: Optional[str] = None

    def total(self, prices: Dict[str, float]) -> float:
        return sum(prices[name] * qty for name, qty in self.lines)

    def __iter__(self) -> Iterator[tuple]:
        yield from self.lines


class Inventory:
    _instances = 0

    def __init__(self, stock=None, *, strict=True):
        Inventory._instances += 1
        self.stock = {k: Item(k, *v) for k, v in (stock or DEFAULT_STOCK).items()}
        self.strict = strict
        self.log = []

    @property
    def value(self):
        return round(sum(i.price * i.qty for i in self.stock.values()), 2)

    @staticmethod
    def parse_line(line):
        name, _, qty = line.partition("=")
        try:
            return name.strip(), int(qty)
        except ValueError as exc:
            raise ValueError(f"bad line {line!r}") from exc

    def take(self, name, qty):
        item = self.stock.get(name)
        if item is None:
            raise KeyError(name)
        elif item.qty < qty:
            if self.strict:
                raise OutOfStock(name, qty, item.qty)
            qty = item.qty
        self.stock[name] = item._replace(qty=item.qty - qty)
        self.log.append(("take", name, qty))
        return qty

    def fill(self, order: Order):
        done = []
        for name, qty in order:
            try:
                got = self.take(name, qty)
            except OutOfStock as e:
                print("short:", e, file=sys.stderr)
                continue
            except KeyError:
                print(f"unknown item {name}")
                break
            else:
                done.append((name, got))
            finally:
                self.log.append(("tried", name))
        else:
            return done
        return None


def summarize(orders, prices):
    by_customer = defaultdict(float)
    for o in sorted(orders):
        by_customer[o.customer] += o.total(prices)
    width = max((len(c) for c in by_customer), default=0)
    for customer, amount in sorted(by_customer.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{customer:<{width}} {amount:8.2f}")
    return dict(by_customer)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    inv = Inventory(strict=False)
    prices = {n: i.price for n, i in inv.stock.items()}
    orders = [
        Order("ann", [("apple", 3), ("pear", 1)]),
        Order("bob", [("plum", 2)], note="fragile"),
        Order("cy", lines=[(n, q) for n, q in map(Inventory.parse_line, ["apple=2", "pear = 5"])]),
    ]
    results = {o.customer: inv.fill(o) for o in orders}
    count = 0
    while (pending := [c for c, r in results.items() if r is None]) and count < 3:
        count += 1
        del results[pending[0]]
    assert inv.value >= 0, "negative stock value"
    matrix = [[i * j for j in range(4)] for i in range(4)]
    diag = [row[i] for i, row in enumerate(matrix)]
    flat = [x for row in matrix for x in row if x % 2 == 0]
    print(diag, flat[::2], matrix[1:3][0][-1], sep=" | ")
    print(*sorted({len(n) for n in prices}), end="\n\n")
    mask = 0b1010 ^ 0x0F & ~0o7 | 1 << 3 >> 1
    print(mask, 7 // 2, -7 % 3, 2 ** -1, 10 / 4, divmod(17, 5))
    return summarize(orders, prices) if not argv else {}


if __name__ == "__main__":
    main()
