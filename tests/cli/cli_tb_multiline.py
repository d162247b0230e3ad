def combine(a, b):
    return (a +
            b)

value = combine(
    1,
    "two",
)
