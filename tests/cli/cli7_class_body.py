# An error in a class body nested in a function call.
def make():
    class Config:
        names = ["x", "y"]
        lookup = {n: n.upper() for n in names}
        chosen = lookup["z"]
    return Config
make()
