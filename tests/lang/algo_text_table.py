# formatting a report table from records
records = [
    {"name": "Widget", "qty": 12, "price": 3.5},
    {"name": "Gadget", "qty": 3, "price": 19.99},
    {"name": "Thingamajig", "qty": 140, "price": 0.25},
    {"name": "Doohickey", "qty": 0, "price": 7.0},
]
cols = ["name", "qty", "price", "total"]
for r in records:
    r["total"] = round(r["qty"] * r["price"], 2)
widths = {c: max(len(c), *(len(f"{r[c]:.2f}" if isinstance(r[c], float) else str(r[c]))
                            for r in records)) for c in cols}
def fmt(c, v):
    s = f"{v:.2f}" if isinstance(v, float) else str(v)
    return s.ljust(widths[c]) if c == "name" else s.rjust(widths[c])
print(" | ".join(c.upper().center(widths[c]) for c in cols))
print("-+-".join("-" * widths[c] for c in cols))
for r in sorted(records, key=lambda r: -r["total"]):
    print(" | ".join(fmt(c, r[c]) for c in cols))
grand = sum(r["total"] for r in records)
print(f"{'grand total':>{sum(widths.values()) + 9}}: {grand:,.2f}")
in_stock = [r["name"] for r in records if r["qty"]]
print("in stock:", ", ".join(in_stock))
print("most expensive:", max(records, key=lambda r: r["price"])["name"])
print("%-12s%5s" % ("left", "right"))
print("{:<12}{:>5}".format("left", "right"))
for i, r in enumerate(records, 1):
    print(f"{i:>2}. {r['name']:<12} {'*' * min(r['qty'] // 10, 10)}")
