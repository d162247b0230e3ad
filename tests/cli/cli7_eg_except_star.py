# What except* leaves unhandled propagates as a group, with the handler's traceback.
def work():
    raise ExceptionGroup("work", [ValueError(1), TypeError(2), OSError(3)])

try:
    work()
except* ValueError as eg:
    print("handled", repr(eg.exceptions))
except* OSError:
    raise RuntimeError("handler failed")
