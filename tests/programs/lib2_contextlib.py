import contextlib, io, sys
from contextlib import contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout, redirect_stderr, AbstractContextManager

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2
print(decorated(21))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cb", i)
    stack.enter_context(tag("es"))
    print("stack body")

def cleanup_raises():
    raise RuntimeError("in cleanup")
try:
    with ExitStack() as stack:
        stack.callback(cleanup_raises)
        stack.callback(print, "first cleanup")
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise IndexError
print("exit suppressed")

s = ExitStack()
s.callback(print, "popped later")
s2 = s.pop_all()
s.close()
print("between")
s2.close()

with nullcontext(5) as v:
    print("null", v)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("E\n")
print(repr(err.getvalue()))

class CM(AbstractContextManager):
    def __exit__(self, *a):
        print("CM exit")
with CM() as c:
    print(type(c).__name__)
print(isinstance(nullcontext(), AbstractContextManager), issubclass(Res, AbstractContextManager))

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

