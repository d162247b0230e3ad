# multiprocessing: processes started by fork, with pipes, queues, locks and shared
# memory between them. The public names are the default context's methods.
import sys
from . import context

__all__ = [x for x in dir(context._default_context) if not x.startswith('_')]
globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25
