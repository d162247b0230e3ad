# concurrent.futures.process: ProcessPoolExecutor, here a thin layer over
# multiprocessing.pool.Pool (fork start method): each submit is an apply_async whose
# callbacks settle the Future. A worker that dies breaks the executor, as in CPython.
__author__ = 'Brian Quinlan (brian@sweetapp.com)'

import os
import sys
import threading
import itertools
import weakref
import multiprocessing as mp
from functools import partial
from traceback import format_exception

from concurrent.futures import _base
import multiprocessing
from multiprocessing import pool as _mp_pool

EXTRA_QUEUED_CALLS = 1
_MAX_WINDOWS_WORKERS = 63 - 2

_global_shutdown = False


def _python_exit():
    global _global_shutdown
    _global_shutdown = True


import atexit as _atexit
_atexit.register(_python_exit)


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _get_chunks(*iterables, chunksize):
    """ Iterates over zip()ed iterables in chunks. """
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _process_chunk(fn, chunk):
    """ Processes a chunk of an iterable passed to map."""
    return [fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


def _run_task(fn, args, kwargs):
    return fn(*args, **kwargs)


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Initializes a new ProcessPoolExecutor instance."""
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers

        if mp_context is None:
            mp_context = mp.get_context()
        self._mp_context = mp_context

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs

        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_tasks_per_child = max_tasks_per_child

        self._pool = None
        self._pending = {}
        self._broken = False
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()

    def _start_pool(self):
        if self._pool is None:
            self._pool = _mp_pool.Pool(self._max_workers, self._initializer,
                                       self._initargs, self._max_tasks_per_child,
                                       context=self._mp_context)

    def _settle(self, key, ok, value):
        with self._shutdown_lock:
            f = self._pending.pop(key, None)
        if f is None or f.done():
            return
        if ok:
            f.set_result(value)
            return
        if isinstance(value, _mp_pool._WorkerLostError):
            self._set_broken()
            f.set_exception(BrokenProcessPool(
                'A process in the process pool was terminated abruptly '
                'while the future was running or pending.'))
            return
        if isinstance(value.__cause__, _mp_pool.RemoteTraceback):
            value.__cause__ = _RemoteTraceback(value.__cause__.tb)
        f.set_exception(value)

    def _set_broken(self):
        with self._shutdown_lock:
            self._broken = ('A child process terminated abruptly, the process pool '
                            'is not usable anymore')
            pending = list(self._pending.values())
            self._pending.clear()
        for f in pending:
            if not f.done():
                f.set_exception(BrokenProcessPool(
                    'A process in the process pool was terminated abruptly '
                    'while the future was running or pending.'))

    _key = itertools.count()

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            self._start_pool()
            f = _base.Future()
            key = next(self._key)
            self._pending[key] = f
        self._pool.apply_async(_run_task, (fn, args, kwargs),
                               callback=partial(self._settle, key, True),
                               error_callback=partial(self._settle, key, False))
        return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter)."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")

        results = super().map(partial(_process_chunk, fn),
                              _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown_thread = True
            pending = list(self._pending.values()) if cancel_futures else []
        for f in pending:
            f.cancel()
        pool = self._pool
        if pool is not None:
            if self._broken:
                pool.terminate()
            else:
                pool.close()
            if wait:
                pool.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
