from dataclasses import dataclass, field
from typing import List, Dict, Optional
from collections import defaultdict, Counter
from enum import Enum
import json, re

class Category(Enum):
    FOOD = "food"
    TOOL = "tool"

@dataclass(order=True)
class Item:
    name: str
    price: float
    category: Category = Category.TOOL
    tags: List[str] = field(default_factory=list)

    def label(self) -> str:
        return f"{self.name} (${self.price:.2f})"

class Inventory:
    def __init__(self) -> None:
        self.items: Dict[str, Item] = {}

    def add(self, item: Item) -> None:
        if item.name in self.items:
            raise ValueError(f"duplicate item: {item.name!r}")
        self.items[item.name] = item

    def by_category(self) -> Dict[Category, List[Item]]:
        out = defaultdict(list)
        for it in sorted(self.items.values()):
            out[it.category].append(it)
        return dict(out)

    def find(self, pattern: str) -> List[Item]:
        rx = re.compile(pattern, re.I)
        return [i for i in self.items.values() if rx.search(i.name)]

inv = Inventory()
for n, p, c, t in [("Apple", 0.5, Category.FOOD, ["fruit"]), ("Hammer", 12.99, Category.TOOL, []),
                   ("Banana", 0.25, Category.FOOD, ["fruit", "yellow"]), ("Saw", 20.0, Category.TOOL, ["sharp"])]:
    inv.add(Item(n, p, c, t))
try:
    inv.add(Item("Saw", 1.0))
except ValueError as e:
    print("error:", e)
for cat, items in inv.by_category().items():
    print(cat.name, [i.label() for i in items])
print([i.name for i in inv.find(r"^[ab]")])
tags = Counter(t for i in inv.items.values() for t in i.tags)
print(tags.most_common(2))
print(json.dumps({k: {"price": v.price, "cat": v.category.value} for k, v in inv.items.items()}, indent=2, sort_keys=True))
print(max(inv.items.values()), min(inv.items.values(), key=lambda i: i.price).label())
