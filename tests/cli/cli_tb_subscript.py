config = {"name": "x", "size": 3}
def lookup(key):
    return config["settings"][key]
lookup("depth")
