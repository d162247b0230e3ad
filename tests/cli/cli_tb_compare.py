items = [3, "a", 1]
def key(pair):
    return pair[0] < pair[1]
key(items[:2])
