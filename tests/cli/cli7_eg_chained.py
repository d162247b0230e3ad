# A group raised while handling another exception, uncaught.
try:
    1 / 0
except ZeroDivisionError:
    raise ExceptionGroup("during handling", [ValueError("v"), ExceptionGroup("n", [KeyError("k")])])
