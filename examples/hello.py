"""A first taste: functions, loops, f-strings and a little data."""


def greet(name, excited=False):
    mark = "!" if excited else "."
    return f"Hello, {name}{mark}"


people = ["Ada", "Grace", "Linus"]
for i, person in enumerate(people, 1):
    print(i, greet(person, excited=(i % 2 == 1)))

squares = {n: n * n for n in range(1, 6)}
print("squares:", squares)
print("sum of squares:", sum(squares.values()))
