# The traceback module draws exception groups exactly as the interpreter does.
import sys
import traceback


def leaf(n):
    raise ValueError(f"leaf {n}")


def group():
    errors = []
    for n in range(3):
        try:
            leaf(n)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("three leaves", errors)


try:
    group()
except ExceptionGroup as eg:
    caught = eg

traceback.print_exception(caught)
text = "".join(traceback.format_exception(caught))
assert text == "".join(traceback.TracebackException.from_exception(caught).format())
print(text.count("+----------------"), "section lines")
print("".join(traceback.format_exception_only(caught)), end="")
te = traceback.TracebackException.from_exception(caught, max_group_width=2, max_group_depth=1)
print("".join(te.format()), end="")

# Depth past the limit.
deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
traceback.print_exception(deep, file=sys.stdout)
# A group inside the cause of a plain exception, through print_exc.
try:
    try:
        raise ExceptionGroup("cause group", [RuntimeError("r")])
    except ExceptionGroup as e:
        raise LookupError("outer") from e
except LookupError:
    traceback.print_exc()
