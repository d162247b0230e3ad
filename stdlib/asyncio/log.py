"""The asyncio logger: messages go to stderr (CPython's logging last-resort output)."""

import sys


class _Logger:
    name = 'asyncio'

    def _emit(self, msg, args, exc_info):
        if args:
            msg = msg % args
        sys.stderr.write(msg + '\n')
        if exc_info:
            from . import base_events
            base_events._print_exception(exc_info)

    def error(self, msg, *args, exc_info=None, **kw):
        self._emit(msg, args, exc_info)

    exception = critical = error

    def warning(self, msg, *args, exc_info=None, **kw):
        self._emit(msg, args, exc_info)

    def info(self, msg, *args, **kw):
        pass

    debug = info

    def log(self, level, msg, *args, **kw):
        if level >= 30:
            self._emit(msg, args, kw.get('exc_info'))


logger = _Logger()
