class Box:
    def __init__(self, v):
        self.v = v
    def half(self):
        return self.v // 0

def run(items):
    out = [Box(i).half() for i in items]
    return out

result = run([1, 2, 3])
