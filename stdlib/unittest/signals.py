"""Control-C handling for test runs (minipy has no signal handlers: these only keep
track of results so stop() can be requested programmatically)."""

_results = {}
_interrupt_handler = None


def registerResult(result):
    _results[id(result)] = result


def removeResult(result):
    return bool(_results.pop(id(result), None))


def installHandler():
    global _interrupt_handler
    _interrupt_handler = True


def removeHandler(method=None):
    global _interrupt_handler
    if method is not None:
        return method
    _interrupt_handler = None
