"""This module provides mechanisms to use signal handlers in Python."""

# The native primitives (_signal, _getsignal, ...) are in this namespace already; this
# layer gives CPython's interface: enums for numbers and handlers, sets for sigsets.

from enum import IntEnum as _IntEnum

NSIG = 65

ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

# Linux's numbering (x86, arm and most others share it).
_NUMBERS = {
    'SIGHUP': 1, 'SIGINT': 2, 'SIGQUIT': 3, 'SIGILL': 4, 'SIGTRAP': 5, 'SIGABRT': 6,
    'SIGIOT': 6, 'SIGBUS': 7, 'SIGFPE': 8, 'SIGKILL': 9, 'SIGUSR1': 10, 'SIGSEGV': 11,
    'SIGUSR2': 12, 'SIGPIPE': 13, 'SIGALRM': 14, 'SIGTERM': 15, 'SIGSTKFLT': 16,
    'SIGCHLD': 17, 'SIGCLD': 17, 'SIGCONT': 18, 'SIGSTOP': 19, 'SIGTSTP': 20,
    'SIGTTIN': 21, 'SIGTTOU': 22, 'SIGURG': 23, 'SIGXCPU': 24, 'SIGXFSZ': 25,
    'SIGVTALRM': 26, 'SIGPROF': 27, 'SIGWINCH': 28, 'SIGIO': 29, 'SIGPOLL': 29,
    'SIGPWR': 30, 'SIGSYS': 31, 'SIGRTMIN': 34, 'SIGRTMAX': 64,
}

# As CPython's enum conversion: members sorted by value then name, so the alphabetically
# first of two aliases is the canonical one (SIGABRT, not SIGIOT).
Signals = _IntEnum('Signals', sorted(_NUMBERS.items(), key=lambda kv: (kv[1], kv[0])), module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)], module=__name__)

for _name in _NUMBERS:
    globals()[_name] = Signals[_name]
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
del _name


class ItimerError(OSError):
    pass


ItimerError.__name__ = ItimerError.__qualname__ = 'itimer_error'


class struct_siginfo(tuple):
    """struct_siginfo: Result from sigwaitinfo or sigtimedwait."""

    n_fields = n_sequence_fields = 7
    n_unnamed_fields = 0
    _fields = ('si_signo', 'si_code', 'si_errno', 'si_pid', 'si_uid', 'si_status', 'si_band')

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != 7:
            raise TypeError(f'signal.struct_siginfo() takes a 7-sequence ({len(items)}-sequence given)')
        return tuple.__new__(cls, items)

    def __repr__(self):
        inner = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        return f'signal.struct_siginfo({inner})'

    def __reduce__(self):
        return (struct_siginfo, (tuple(self),))

    si_signo = property(lambda self: self[0])
    si_code = property(lambda self: self[1])
    si_errno = property(lambda self: self[2])
    si_pid = property(lambda self: self[3])
    si_uid = property(lambda self: self[4])
    si_status = property(lambda self: self[5])
    si_band = property(lambda self: self[6])


struct_siginfo.__module__ = 'signal'


def _enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


def _signal_set(numbers):
    return {_enum(n, Signals) for n in numbers}


def signal(signalnum, handler, /):
    """Set the action for the given signal."""
    _getsignal(signalnum)
    if isinstance(handler, int) and handler in (0, 1):
        handler = int(handler)
    elif not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    return _enum(_signal(signalnum, handler), Handlers)


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    return _enum(_getsignal(signalnum), Handlers)


def alarm(seconds, /):
    """Arrange for SIGALRM to arrive after the given number of seconds."""
    return _alarm(seconds)


def pause():
    """Wait until a signal arrives."""
    return _pause()


def setitimer(which, seconds, interval=0.0, /):
    """Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."""
    try:
        return _setitimer(which, seconds, interval)
    except OSError as e:
        raise ItimerError(*e.args) from None


def getitimer(which, /):
    """Returns current value of given itimer."""
    try:
        return _getitimer(which)
    except OSError as e:
        raise ItimerError(*e.args) from None


def raise_signal(signalnum, /):
    """Send a signal to the executing process."""
    _raise_signal(signalnum)


def pthread_kill(thread_id, signalnum, /):
    """Send a signal to a thread."""
    _pthread_kill(thread_id, signalnum)


def pidfd_send_signal(pidfd, sig, siginfo=None, flags=0, /):
    """Send a signal to a process referred to by a pid file descriptor."""
    if siginfo is not None:
        raise TypeError('siginfo must be None')
    _pidfd_send_signal(pidfd, sig, flags)


def pthread_sigmask(how, mask, /):
    """Fetch and/or change the signal mask of the calling thread."""
    return _signal_set(_pthread_sigmask(how, mask))


def sigpending():
    """Examine pending signals."""
    return _signal_set(_sigpending())


def sigwait(sigset, /):
    """Wait for a signal."""
    return _enum(_sigwait(sigset), Signals)


def sigwaitinfo(sigset, /):
    """Wait synchronously until one of the signals in *sigset* is delivered."""
    return struct_siginfo(_sigtimedwait(sigset, -1))


def sigtimedwait(sigset, timeout, /):
    """Like sigwaitinfo(), but with a timeout."""
    seconds = float(timeout) if not isinstance(timeout, int) else timeout
    if seconds < 0:
        raise ValueError('timeout must be non-negative')
    info = _sigtimedwait(sigset, int(seconds * 1_000_000_000))
    return None if info is None else struct_siginfo(info)


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    # Every number but the two glibc keeps for its threads (32, 33).
    return _signal_set([n for n in range(1, NSIG) if n not in (32, 33)])


def strsignal(signalnum, /):
    """Return the system description of the given signal."""
    return _strsignal(signalnum)


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Sets the fd to be written to (with the signal number) when a signal comes in."""
    return _set_wakeup_fd(fd)


def siginterrupt(signalnum, flag, /):
    """Change system call restart behaviour."""
    _siginterrupt(signalnum, flag)
