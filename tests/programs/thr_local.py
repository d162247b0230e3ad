# threading.local: each thread sees its own attributes; __init__ runs per thread.
import threading

data = threading.local()
data.x = "main"

def show(tag):
    print(tag, hasattr(data, "x"), getattr(data, "x", None))
    data.x = tag
    print(tag, data.x, sorted(data.__dict__))

for tag in ["t1", "t2"]:
    t = threading.Thread(target=show, args=(tag,))
    t.start()
    t.join()
print("main", data.x)

class MyLocal(threading.local):
    initial = "class attribute"

    def __init__(self, color):
        self.color = color

    def describe(self):
        return f"{self.color} {self.initial}"

mine = MyLocal("red")

def recolour():
    print("thread sees", mine.color, mine.describe())
    mine.color = "blue"
    print("thread now", mine.color)

t = threading.Thread(target=recolour)
t.start()
t.join()
print("main keeps", mine.color)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
try:
    del data.missing
except AttributeError as e:
    print("AttributeError", e)
