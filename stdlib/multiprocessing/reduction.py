# multiprocessing.reduction: the pickler used for everything sent between processes.
import copyreg
import io
import pickle
import sys

from . import context

__all__ = ['send_handle', 'recv_handle', 'ForkingPickler', 'register', 'dump']

HAVE_SEND_HANDLE = False


class ForkingPickler(pickle.Pickler):
    """Pickler subclass used by multiprocessing."""
    _extra_reducers = {}
    _copyreg_dispatch_table = copyreg.dispatch_table

    def __init__(self, *args, **kwds):
        super().__init__(*args, **kwds)
        self.dispatch_table = self._copyreg_dispatch_table.copy()
        self.dispatch_table.update(self._extra_reducers)

    @classmethod
    def register(cls, type, reduce):
        """Register a reduce function for a type."""
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = io.BytesIO()
        cls(buf, protocol).dump(obj)
        return buf.getbuffer()

    loads = pickle.loads


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    """Replacement for pickle.dump() using ForkingPickler."""
    ForkingPickler(file, protocol).dump(obj)


def send_handle(conn, handle, destination_pid):
    raise NotImplementedError('passing file descriptors is not supported by minipy')


def recv_handle(conn):
    raise NotImplementedError('passing file descriptors is not supported by minipy')


class AbstractReducer(object):
    ForkingPickler = ForkingPickler
    register = register
    dump = dump
    send_handle = send_handle
    recv_handle = recv_handle

    def __init__(self, *args):
        pass
