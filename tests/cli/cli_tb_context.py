def cleanup(d):
    return d["missing"]

try:
    x = [1, 2][3]
except IndexError:
    cleanup({})
