import sys
import traceback

def inner(d):
    return d["missing"] + 1

def outer():
    return inner({})

try:
    outer()
except KeyError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text.splitlines()[-1])
    etype, value, tb = sys.exc_info()
    print(len(traceback.format_tb(tb)), traceback.format_exception_only(etype, value))
    for fs in traceback.extract_tb(tb):
        print(fs.filename.endswith("tbmod.py"), fs.lineno, fs.name, fs.line, fs.colno, fs.end_colno)
    print(repr(traceback.extract_tb(tb)[0]))
    print("".join(traceback.format_exception(value)), end="")
    traceback.print_exception(value, file=sys.stdout)
    traceback.print_tb(tb, file=sys.stdout)
    print([f.f_code.co_name for f, _ in traceback.walk_tb(tb)])

def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e

try:
    chained()
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    print(traceback.format_exception_only(e))

try:
    try:
        [][1]
    except IndexError:
        {}["k"]
except KeyError as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")

def where():
    return traceback.extract_stack()

stack = where()
print([(f.name, f.lineno, f.line) for f in stack])
print("".join(traceback.format_stack()).count("File"))
def show():
    traceback.print_stack(file=sys.stdout)
show()
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 1, 3, "x = = 1\n"))))
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(fs, list(fs), fs == ("f.py", 3, "fn", "x = 1"))
print(traceback.format_list([("a.py", 1, "f", "pass"), fs]))
try:
    name_not_there
except NameError as e:
    print(traceback.format_exception_only(e))
def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    rec(n - 1)
try:
    rec(10)
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(len(traceback.extract_tb(e.__traceback__, limit=2)), len(traceback.extract_tb(e.__traceback__, limit=-3)))
    saved = e
te = traceback.TracebackException.from_exception(saved)
print(te.exc_type.__name__, str(te), len(te.stack))
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno, sys._getframe().f_back)
try:
    compile("x = (1,\n", "<snippet>", "exec")
except SyntaxError as err:
    print(traceback.format_exception_only(err))
try:
    eval("1 +* 2")
except SyntaxError as err:
    print("".join(traceback.format_exception(err)).splitlines()[-4:])
print(traceback.format_exception_only(SyntaxError("no location")))
