def g():
    yield 1
    x = yield
