for i in range(3):
    if i == 1:
        continue
    print("for", i)
else:
    print("for-else ran")
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("never")
print("n", n)
while n > 0:
    n -= 2
else:
    print("while-else", n)
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "done"
print(g())
x = 5
r = "big" if x > 3 else "small"
print(r, x > 3 and "yes" or "no", None or 0 or "last", 1 and 2 and 3)
if (y := x * 2) > 8:
    print("walrus", y)
if x < 0:
    print("neg")
elif x == 5:
    print("five")
else:
    print("other")
for a, b in [(1, 2), (3, 4)]:
    print(a + b, end=" ")
print()
total = 0
for i in range(10):
    for j in range(10):
        if j > i:
            break
        total += j
print(total)
assert total > 0, "positive"
pass
