@dec
class A:
    pass
