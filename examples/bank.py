"""Accounts with classes, inheritance and exceptions."""


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"needed {needed}, only {available} available")
        self.needed = needed


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self.balance})"


class Savings(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


accounts = [Account("ann", 100), Savings("bob", 1000)]
for acct in accounts:
    for amount in (50, 500, -5):
        try:
            if amount < 0:
                acct.deposit(amount)
            else:
                acct.withdraw(amount)
        except InsufficientFunds as exc:
            print(f"{acct.owner}: refused: {exc}")
        except ValueError as exc:
            print(f"{acct.owner}: error: {exc}")
print(accounts[1].add_interest())
for acct in accounts:
    print(acct, acct.history)
