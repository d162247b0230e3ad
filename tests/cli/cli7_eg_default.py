# An uncaught ExceptionGroup drawn by the default excepthook: nested groups, a chained
# member, notes, more than 15 members.
def fail(i):
    if i == 2:
        try:
            {}["missing"]
        except KeyError as e:
            raise ValueError("while looking up") from e
    raise OSError(i)

members = []
for i in range(18):
    try:
        fail(i)
    except Exception as e:
        members.append(e)
inner = ExceptionGroup("inner", [TypeError("t"), ExceptionGroup("innermost", [ZeroDivisionError("z")])])
big = ExceptionGroup("big", members + [inner])
big.add_note("first note")
big.add_note("second note\nspans two lines")
print("before the traceback")
raise ExceptionGroup("top", [big, BaseExceptionGroup("base", [KeyboardInterrupt()])])
