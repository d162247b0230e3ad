# Errors in __init__ through several nested constructor calls.
class Engine:
    def __init__(self, power):
        self.power = int(power)

class Car:
    def __init__(self, power):
        self.engine = Engine(power)

class Fleet:
    def __init__(self, specs):
        self.cars = [Car(p) for p in specs]

Fleet(["100", "fast"])
