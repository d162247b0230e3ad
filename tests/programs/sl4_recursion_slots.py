class Foo:
    pass


Foo.__repr__ = Foo.__str__
try:
    str(Foo())
except RecursionError as e:
    print('RecursionError', e)


class Caller:
    pass


caller = Caller()
Caller.__call__ = caller
try:
    caller()
except RecursionError as e:
    print('RecursionError', e)


class Bar:
    def __repr__(self):
        return 'Bar!'
    __str__ = object.__repr__


print(str(Bar()).startswith('<__main__.Bar object at'), repr(Bar()))


class Baz:
    __repr__ = object.__repr__


print(repr(Baz()).startswith('<__main__.Baz object'))
