# Public names of asyncio, selectors and asyncio's submodules. Subprocesses, child
# watchers and SSL are not in minipy's asyncio yet: those names are listed here as known
# missing and left out of the comparison.
import asyncio, selectors
KNOWN_MISSING = {
    'AbstractChildWatcher', 'FastChildWatcher', 'MultiLoopChildWatcher', 'PidfdChildWatcher',
    'SafeChildWatcher', 'ThreadedChildWatcher',
    'base_subprocess', 'create_subprocess_exec', 'create_subprocess_shell',
    'sslproto', 'staggered', 'subprocess', 'trsock',
}
print(sorted(n for n in dir(asyncio) if not n.startswith('_') and n not in KNOWN_MISSING))
print(sorted(n for n in dir(selectors) if not n.startswith('_')))
print(sorted(asyncio.__all__ and [n for n in asyncio.__all__ if n not in KNOWN_MISSING]))
for name in ('Future', 'Task', 'Queue', 'Lock', 'Event', 'Condition', 'Semaphore',
             'BoundedSemaphore', 'Timeout', 'TaskGroup', 'Runner', 'Handle', 'TimerHandle',
             'StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'Server'):
    cls = getattr(asyncio, name)
    print(name, sorted(n for n in dir(cls) if not n.startswith('_')))
