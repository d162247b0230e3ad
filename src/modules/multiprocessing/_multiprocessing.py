# _multiprocessing: SemLock over the native process-shared semaphores
# (_sem_new/_sem_wait/_sem_post/_sem_value, injected by the native module).
import _thread
import posix as _posix

flags = {'HAVE_SEM_OPEN': 1, 'HAVE_SEM_TIMEDWAIT': 1}

_RECURSIVE_MUTEX = 0
_SEMAPHORE = 1


def sem_unlink(name):
    # Semaphores here are unnamed (they live in shared memory): nothing to unlink.
    raise FileNotFoundError(2, 'No such file or directory')


class SemLock:
    """Semaphore/Mutex type"""

    SEM_VALUE_MAX = 2147483647

    def __init__(self, kind, value, maxvalue, name, unlink):
        if kind != _RECURSIVE_MUTEX and kind != _SEMAPHORE:
            raise ValueError('unrecognized kind')
        self._handle = None
        self._handle = _sem_new(value)
        self._kind = kind
        self._maxvalue = maxvalue
        self._name = None if unlink else name
        # Ownership is per process: a forked child starts owning nothing.
        self._pid = _posix.getpid()
        self._cnt = 0
        self._last_tid = 0

    @property
    def handle(self):
        return self._handle

    @property
    def kind(self):
        return self._kind

    @property
    def maxvalue(self):
        return self._maxvalue

    @property
    def name(self):
        return self._name

    def _local(self):
        pid = _posix.getpid()
        if pid != self._pid:
            self._pid = pid
            self._cnt = 0
            self._last_tid = 0

    def _is_mine(self):
        self._local()
        return self._cnt > 0 and self._last_tid == _thread.get_ident()

    def _count(self):
        self._local()
        return self._cnt

    def _get_value(self):
        return _sem_value(self._handle)

    def _is_zero(self):
        return _sem_value(self._handle) == 0

    def _after_fork(self):
        self._cnt = 0

    def acquire(self, block=True, timeout=None):
        self._local()
        if self._kind == _RECURSIVE_MUTEX and self._cnt > 0 and self._last_tid == _thread.get_ident():
            self._cnt += 1
            return True
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            timeout = 0
        if not _sem_wait(self._handle, timeout):
            return False
        self._cnt += 1
        self._last_tid = _thread.get_ident()
        return True

    def release(self):
        self._local()
        if self._kind == _RECURSIVE_MUTEX:
            if not (self._cnt > 0 and self._last_tid == _thread.get_ident()):
                raise AssertionError('attempt to release recursive lock not owned by thread')
            if self._cnt > 1:
                self._cnt -= 1
                return
        elif _sem_value(self._handle) >= self._maxvalue:
            raise ValueError('semaphore or lock released too many times')
        _sem_post(self._handle)
        self._cnt -= 1

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()

    @classmethod
    def _rebuild(cls, handle, kind, maxvalue, name):
        raise NotImplementedError('SemLock can only be inherited through fork')

    def __del__(self):
        if self._handle is not None:
            _region_free(self._handle)
            self._handle = None


SemLock.__module__ = '_multiprocessing'
