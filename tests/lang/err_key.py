# uncaught KeyError
inventory = {"apple": 3, "pear": 5}
for fruit in ["apple", "pear"]:
    print(fruit, inventory[fruit])
inventory["kiwi"] = 0
print(sorted(inventory))
print(inventory.get("banana", "no banana"))

def lookup(d, k):
    return d[k]

try:
    lookup(inventory, "grape")
except KeyError as e:
    print("handled", e)

orders = [("apple", 1), ("pear", 2), ("banana", 1)]
for name, qty in orders:
    print("ordering", name)
    inventory[name] -= qty
    print("left", inventory[name])
print("never printed")
