"""Selector event loop for Unix."""

__all__ = (
    'SelectorEventLoop',
    'DefaultEventLoopPolicy',
)

from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """Unix event loop (signals and subprocesses are not supported yet)."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """UNIX event loop policy."""
    _loop_factory = _UnixSelectorEventLoop

    def get_child_watcher(self):
        raise NotImplementedError('child watchers need subprocess support')

    def set_child_watcher(self, watcher):
        raise NotImplementedError('child watchers need subprocess support')


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
