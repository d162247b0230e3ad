print("tool2 main", __name__, __package__)
