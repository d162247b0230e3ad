données = {"clé": [1, 2]}
def f():
    return données["clé"][5] + 1
f()
