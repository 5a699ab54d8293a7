# a small simulation with classes and exceptions
class InsufficientFunds(Exception):
    pass

class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account.next_id
        Account.next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[owner] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
bank.open("ann", 100)
bank.open("bob", 50)
bank.open("cy")
ops = [("ann", "bob", 30), ("bob", "cy", 100), ("cy", "ann", 0), ("bob", "cy", 80),
       ("dan", "ann", 5), ("ann", "cy", 70)]
for src, dst, amt in ops:
    try:
