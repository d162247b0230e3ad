import itertools
print(dir(itertools))
print(itertools.__name__, repr(itertools.__package__))
print(itertools.__doc__.splitlines()[0])
