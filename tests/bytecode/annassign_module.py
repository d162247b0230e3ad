x: int = 1
y: str
o.a: int = 2
