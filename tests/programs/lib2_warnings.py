import warnings, sys, io

def f():
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    warnings.warn("user warning")
    warnings.warn(RuntimeWarning("instance"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(w[0].lineno, w[0].filename.endswith("lib2_warnings.py"), w[1].lineno)
    print(str(w[0]).startswith("{message : DeprecationWarning('deprecated thing')"))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", repr(e))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per location")
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip me")
    warnings.warn("keep me")
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning:
        print("rt raised")
    print([str(x.message) for x in w])
    print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][2].__name__)

print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line text"))
old = sys.stderr
sys.stderr = io.StringIO()
warnings.showwarning("hello", UserWarning, "x.py", 3, line="src")
captured = sys.stderr.getvalue()
sys.stderr = old
print(repr(captured))

def myshow(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = myshow
    warnings.warn("via custom")
print(warnings.showwarning is myshow)
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError", e)
print([ (a, c.__name__, l) for a, m, c, mod, l in warnings.filters])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 42)
    print(w[0].filename, w[0].lineno, w[0].category.__name__)
print(repr(warnings.catch_warnings(record=True)))
class MyWarn(UserWarning): pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    warnings.warn("o", MyWarn)
    warnings.warn("o", MyWarn)
    print(len(w))
