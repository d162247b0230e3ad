# AttributeError and NameError suggestions in nested calls.
class Account:
    def __init__(self):
        self.balance = 10
def show(acct):
    return acct.balanse
try:
    show(Account())
except AttributeError as e:
    print("caught:", e)
def outer():
    values = [1, 2]
    return lenght(values)
outer()
