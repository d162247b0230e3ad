class E(Exception): pass
def h(a, b):
    pass
try:
    h(1)
except TypeError as e:
    print(e)
raise E
