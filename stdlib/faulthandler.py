"""faulthandler module."""

# minipy: the interpreter never takes a fatal signal for Python code, so enable()
# only records its state; the tracebacks it would print come from the live frames.

import sys as _sys
import _thread

_state = {'enabled': False, 'later': None, 'registered': {}}
_FATAL = (4, 6, 7, 8, 11)   # SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGSEGV


def _fileno(file):
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descripter")
        return file
    fd = file.fileno()
    if not isinstance(fd, int) or fd < 0:
        raise ValueError("file is not a valid file descripter")
    try:
        file.flush()
    except Exception:
        pass
    return fd


def _frame_lines(frame):
    lines = []
    while frame is not None:
        code = frame.f_code
        lines.append(f'  File "{code.co_filename}", line {frame.f_lineno} in {code.co_name}\n')
        frame = frame.f_back
    return lines


def _write_dump(fd, all_threads, frame):
    import os
    if not all_threads:
        text = ['Stack (most recent call first):\n'] + _frame_lines(frame)
    else:
        me = _thread.get_ident()
        text = []
        for ident, f in _sys._current_frames().items():
            if ident == me:
                continue
            text.append(f'Thread 0x{ident:016x} (most recent call first):\n')
            text.extend(_frame_lines(f))
            text.append('\n')
        text.append(f'Current thread 0x{me:016x} (most recent call first):\n')
        text.extend(_frame_lines(frame))
    os.write(fd, ''.join(text).encode('utf-8', 'backslashreplace'))


def dump_traceback(file=None, all_threads=True):
    """dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
    _write_dump(_fileno(file), all_threads, _sys._getframe(1))


def enable(file=None, all_threads=True):
    """enable(file=sys.stderr, all_threads=True): enable the fault handler"""
    _fileno(file)
    _state['enabled'] = True


def disable():
    """disable(): disable the fault handler"""
    was = _state['enabled']
    _state['enabled'] = False
    return was


def is_enabled():
    """is_enabled()->bool: check if the handler is enabled"""
    return _state['enabled']


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """dump_traceback_later(timeout, repeat=False, file=sys.stderrn, exit=False):
dump the traceback of all threads in timeout seconds,
or each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe."""
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    fd = _fileno(file)
    cancel_dump_traceback_later()
    cancel = _thread.allocate_lock()
    cancel.acquire()
    _state['later'] = cancel

    def watchdog():
        import os
        while not cancel.acquire(timeout=timeout):
            os.write(fd, f'Timeout ({int(timeout // 3600)}:{int(timeout % 3600 // 60):02d}:'
                         f'{int(timeout % 60):02d})!\n'.encode())
            frames = _sys._current_frames()
            for ident, f in frames.items():
                if ident == _thread.get_ident():
                    continue
                os.write(fd, f'Thread 0x{ident:016x} (most recent call first):\n'.encode())
                os.write(fd, ''.join(_frame_lines(f)).encode('utf-8', 'backslashreplace'))
            if exit:
                os._exit(1)
            if not repeat:
                return
    _thread.start_new_thread(watchdog, ())


def cancel_dump_traceback_later():
    """cancel_dump_traceback_later():
cancel the previous call to dump_traceback_later()."""
    cancel = _state['later']
    _state['later'] = None
    if cancel is not None:
        cancel.release()


def register(signum, file=None, all_threads=True, chain=False):
    """register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
    import signal
    if signum in _FATAL:
        raise RuntimeError(f"signal {signum} cannot be registered, use enable() instead")
    fd = _fileno(file)
    previous = _state['registered'].get(signum, (None, signal.getsignal(signum)))[1]

    def handler(sig, frame):
        _write_dump(fd, all_threads, frame)
        if chain and callable(previous):
            previous(sig, frame)
    signal.signal(signum, handler)
    _state['registered'][signum] = (handler, previous)


def unregister(signum):
    """unregister(signum): unregister the handler of the signal 'signum' registered by register()"""
    entry = _state['registered'].pop(signum, None)
    if entry is None:
        return False
    import signal
    signal.signal(signum, entry[1] if entry[1] is not None else signal.SIG_DFL)
    return True
