# uncaught AttributeError
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        return self.balance

acct = Account("zoe")
print(acct.deposit(10), acct.deposit(5))
print(acct.owner, acct.balance)
try:
    acct.withdraw(3)
except AttributeError as e:
    print("handled:", e)
try:
    "text".push("x")
except AttributeError as e:
    print("handled:", e)
try:
    Account.missing_class_attr
except AttributeError as e:
    print("handled:", e)
print(getattr(acct, "interest", 0))
print("now failing")
acct.close()
print("never printed")
