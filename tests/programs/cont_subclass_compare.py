class D(dict):
    pass
print(D(a=1) == {'a': 1}, {'a': 1} == D(a=1), D(a=1) != {'a': 1}, dict.__eq__(D(a=1), {'a': 1}))
class L(list):
    pass
print(L([1]) == [1], [1] == L([1]), list.__eq__(L([1]), [1]))
class T(tuple):
    pass
print(T((1,)) == (1,), (1,) == T((1,)))
class S(str):
    pass
print(S("a") == "a", "a" == S("a"), S("a") < "b")
class D(dict):
    pass
d = D(a=1)
print(d, len(d), d['a'], type(d), dict(d) == {'a': 1}, D() == {}, D(a=1) == D(a=1))
e = D()
e['a'] = 1
print(e == {'a': 1})
