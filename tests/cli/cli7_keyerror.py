# KeyError's message is the repr of the key.
settings = {"host": "localhost", ("a", 1): 2}
def port(cfg):
    return cfg["port"] + cfg[("a", 2)]
print(port(settings))
