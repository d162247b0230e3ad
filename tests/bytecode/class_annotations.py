class A:
    x: int
    y: str = 'a'
