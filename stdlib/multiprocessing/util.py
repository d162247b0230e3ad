# multiprocessing.util: logging helpers, finalizers run at exit, hooks run in a
# forked child, and the exit routine of every multiprocessing process.
import os
import sys
import itertools
import weakref
import atexit
import threading

from . import process

__all__ = [
    'sub_debug', 'debug', 'info', 'sub_warning', 'get_logger',
    'log_to_stderr', 'get_temp_dir', 'register_after_fork',
    'is_exiting', 'Finalize', 'ForkAwareThreadLock', 'ForkAwareLocal',
    'close_all_fds_except', 'SUBDEBUG', 'SUBWARNING',
]

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'

_logger = None
_log_to_stderr = False


def sub_debug(msg, *args):
    if _logger:
        _logger.log(SUBDEBUG, msg, *args)


def debug(msg, *args):
    if _logger:
        _logger.log(DEBUG, msg, *args)


def info(msg, *args):
    if _logger:
        _logger.log(INFO, msg, *args)


def sub_warning(msg, *args):
    if _logger:
        _logger.log(SUBWARNING, msg, *args)


def get_logger():
    """Returns logger used by multiprocessing"""
    global _logger
    import logging
    if not _logger:
        _logger = logging.getLogger(LOGGER_NAME)
        _logger.propagate = 0
        logging.addLevelName(SUBDEBUG, 'SUBDEBUG')
        logging.addLevelName(SUBWARNING, 'SUBWARNING')
    return _logger


def log_to_stderr(level=None):
    """Turn on logging and add a handler which prints to stderr"""
    global _log_to_stderr
    import logging
    logger = get_logger()
    formatter = logging.Formatter(DEFAULT_LOGGING_FORMAT)
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger


def get_temp_dir():
    tempdir = process.current_process()._config.get('tempdir')
    if tempdir is None:
        import shutil
        import tempfile
        tempdir = tempfile.mkdtemp(prefix='pymp-')
        Finalize(None, shutil.rmtree, args=[tempdir], exitpriority=-100)
        process.current_process()._config['tempdir'] = tempdir
    return tempdir


# Callbacks run in a forked child before its target: (counter, id, func) -> obj.
_afterfork_registry = weakref.WeakValueDictionary()
_afterfork_counter = itertools.count()


def _run_after_forkers():
    items = sorted(_afterfork_registry.items())
    for (index, ident, func), obj in items:
        try:
            func(obj)
        except Exception as e:
            info('after forker raised exception %s', e)


def register_after_fork(obj, func):
    _afterfork_registry[(next(_afterfork_counter), id(obj), func)] = obj


_finalizer_registry = {}
_finalizer_counter = itertools.count()


class Finalize(object):
    """Calls a callback once, when its object dies or at exit (by exitpriority)."""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        if exitpriority is not None and not isinstance(exitpriority, int):
            raise TypeError('Exitpriority ({0!r}) must be None or int, not {1!s}'.format(
                exitpriority, type(exitpriority)))
        if obj is not None:
            self._weakref = weakref.ref(obj, self)
        elif exitpriority is None:
            raise ValueError('Without object, exitpriority cannot be None')
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._key = (exitpriority, next(_finalizer_counter))
        self._pid = os.getpid()
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            sub_debug('finalizer no longer registered')
        else:
            if self._pid != os.getpid():
                # Inherited through fork: the parent runs it, not us.
                res = None
            else:
                res = self._callback(*self._args, **self._kwargs)
            self._weakref = self._callback = self._args = \
                self._kwargs = self._key = None
            return res

    def cancel(self):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            pass
        else:
            self._weakref = self._callback = self._args = \
                self._kwargs = self._key = None

    def still_active(self):
        return self._key in _finalizer_registry

    def __repr__(self):
        try:
            obj = self._weakref()
        except (AttributeError, TypeError):
            obj = None
        if obj is None:
            return '<%s object, dead>' % self.__class__.__name__
        x = '<%s object, callback=%s' % (
            self.__class__.__name__,
            getattr(self._callback, '__qualname__', self._callback))
        if self._args:
            x += ', args=' + str(self._args)
        if self._kwargs:
            x += ', kwargs=' + str(self._kwargs)
        if self._key[0] is not None:
            x += ', exitpriority=' + str(self._key[0])
        return x + '>'


def _run_finalizers(minpriority=None):
    """Run finalizers of priority >= minpriority (all with a priority if None),
    highest priority first, later-created first among equals."""
    if _finalizer_registry is None:
        return
    if minpriority is None:
        def f(p):
            return p[0] is not None
    else:
        def f(p):
            return p[0] is not None and p[0] >= minpriority
    keys = [key for key in list(_finalizer_registry) if f(key)]
    keys.sort(reverse=True)
    for key in keys:
        finalizer = _finalizer_registry.get(key)
        if finalizer is not None:
            try:
                finalizer()
            except Exception:
                import traceback
                traceback.print_exc()
    if minpriority is None:
        _finalizer_registry.clear()


def is_exiting():
    return _exiting or _exiting is None


_exiting = False


def _exit_function(info=info, debug=debug, _run_finalizers=_run_finalizers,
                   active_children=process.active_children,
                   current_process=process.current_process):
    global _exiting
    if not _exiting:
        _exiting = True
        _run_finalizers(0)
        if current_process() is not None:
            for p in active_children():
                if p.daemon:
                    p._popen.terminate()
            for p in active_children():
                p.join()
        _run_finalizers()


atexit.register(_exit_function)


class ForkAwareThreadLock(object):
    def __init__(self):
        self._lock = threading.Lock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        register_after_fork(self, ForkAwareThreadLock._at_fork_reinit)

    def _at_fork_reinit(self):
        self._lock = threading.Lock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class ForkAwareLocal(threading.local):
    def __init__(self):
        register_after_fork(self, lambda obj: obj.__dict__.clear())

    def __reduce__(self):
        return type(self), ()


def close_all_fds_except(fds):
    fds = list(fds) + [-1, os.sysconf('SC_OPEN_MAX') if hasattr(os, 'sysconf') else 256]
    fds.sort()
    for i in range(len(fds) - 1):
        os.closerange(fds[i] + 1, fds[i + 1])


def close_fds(*fds):
    for fd in fds:
        os.close(fd)


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


def _close_stdin():
    # The child reads nothing the parent meant for itself: stdin becomes /dev/null.
    if sys.stdin is None:
        return
    try:
        sys.stdin.close()
    except (OSError, ValueError, AttributeError):
        try:
            os.close(0)
        except OSError:
            pass
    try:
        fd = os.open(os.devnull, os.O_RDONLY)
        try:
            sys.stdin = open(fd, encoding="utf-8", closefd=False)
        except:
            os.close(fd)
            raise
    except (OSError, ValueError):
        pass
