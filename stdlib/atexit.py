"""allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.
"""

# minipy: the interpreter calls _run_exitfuncs() once at exit (vm/shutdown.rs), after
# the main module finished or raised, before __main__'s globals are released.

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using
    atexit.register

    func - function to be unregistered"""
    _callbacks[:] = [entry for entry in _callbacks if not entry[0] == func]


def _run_exitfuncs():
    """Run all registered exit functions.

    If a callback raises an exception, it is logged with sys.unraisablehook."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import sys
            try:
                sys.stdout.flush()
            except Exception:
                pass
            sys.stderr.write(f"Exception ignored in atexit callback: {func!r}\n")
            try:
                import traceback
                # The report starts at the callback, as CPython (whose caller is C) shows it.
                tb = exc.__traceback__
                traceback.print_exception(type(exc), exc, tb.tb_next if tb is not None else None)
            except Exception:
                sys.stderr.write(f"{type(exc).__name__}: {exc}\n")


def _clear():
    """Clear the list of previously registered exit functions."""
    _callbacks.clear()


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)
