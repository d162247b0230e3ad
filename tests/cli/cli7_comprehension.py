# Errors inside comprehensions, lambdas and generators keep their frames.
data = {"a": 1, "b": 0}
inverse = lambda v: 1 / v
def gen(items):
    for k, v in items:
        yield k, inverse(v)
result = {k: v for k, v in gen(data.items())}
