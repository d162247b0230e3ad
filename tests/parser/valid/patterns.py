match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(0, 0):
        print("Origin")
    case {"x": 1, **rest} if rest:
        pass
    case (1 | 2) as n:
        pass
    case [1, *_, 2] | (3, *others):
        pass
    case -1 | 1.5 | -2+3j | 4-5j | "s" "t" | b"b":
        pass
    case None | True | False:
        pass
    case a.b.c | {a.b: _, 0: [*_]}:
        pass
    case ():
        pass
    case _:
        pass
match x, *y:
    case (1, 2,):
        pass
match(x)
match = case = 1
match [a,
       b]:
    case {}: pass
try:
    pass
except* ValueError as e:
    pass
except* (TypeError, KeyError):
    pass
else:
    pass
finally:
    pass
