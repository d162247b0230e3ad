# BaseExceptionGroup / ExceptionGroup: construction rules, str/repr, split, subgroup, derive.
eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(ExceptionGroup.__mro__)
print(str(ExceptionGroup("one", [ValueError()])))
for bad in [lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("m", []),
            lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup("m", ValueError()),
            lambda: ExceptionGroup("m", [KeyboardInterrupt()])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(nested.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(nested.split(Exception)[0] is nested, nested.subgroup(OSError))
try:
    nested.split(42)
except TypeError as e:
    print("TypeError:", e)
try:
    raise nested
except ExceptionGroup as e:
    e.__notes__ = ["a note"]
    part = e.subgroup(KeyError)
    print(part.__notes__, part.__traceback__ is e.__traceback__)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
print(repr(MyGroup("mine", [ValueError(), TypeError()]).split(TypeError)))
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, Exception))
