try:
    undefined_thing_here
except NameError as e:
    print(e.name)
try:
    [].push(1)
except AttributeError as e:
    print(e.name, e.obj)
x = 1
print(qqqqqqqqqq)
