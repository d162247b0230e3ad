# The public names of multiprocessing and its main submodules match CPython's.
import multiprocessing


def public(m):
    return sorted(n for n in dir(m) if not n.startswith('_'))


print(public(multiprocessing))
import multiprocessing.connection
import multiprocessing.queues
import multiprocessing.synchronize
import multiprocessing.sharedctypes
import multiprocessing.pool
import concurrent.futures

print(dir(concurrent.futures))
for name in ('Pipe', 'wait'):
    print(name, hasattr(multiprocessing.connection, name))
for name in ('Queue', 'SimpleQueue', 'JoinableQueue'):
    print(name, hasattr(multiprocessing.queues, name))
for name in ('Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier'):
    print(name, hasattr(multiprocessing.synchronize, name))
for name in ('RawValue', 'RawArray', 'Value', 'Array', 'synchronized', 'copy'):
    print(name, hasattr(multiprocessing.sharedctypes, name))
for name in ('Pool', 'ThreadPool', 'ApplyResult', 'AsyncResult', 'MapResult', 'IMapIterator',
             'IMapUnorderedIterator', 'RemoteTraceback', 'MaybeEncodingError', 'mapstar', 'starmapstar',
             'worker', 'RUN', 'CLOSE', 'TERMINATE', 'INIT'):
    print(name, hasattr(multiprocessing.pool, name))
print(multiprocessing.SUBDEBUG, multiprocessing.SUBWARNING)
print(issubclass(multiprocessing.TimeoutError, multiprocessing.ProcessError))
print(issubclass(multiprocessing.BufferTooShort, multiprocessing.ProcessError))
print(multiprocessing.current_process().name, multiprocessing.parent_process())
print(multiprocessing.get_start_method(allow_none=True))
print(multiprocessing.get_start_method())
try:
    multiprocessing.set_start_method('fork')
except RuntimeError as e:
    print('RuntimeError', e)
multiprocessing.set_start_method('fork', force=True)
try:
    multiprocessing.get_context('nonsense')
except ValueError as e:
    print('ValueError', e)
ctx = multiprocessing.get_context('fork')
print(ctx.get_start_method(), type(ctx).__name__, ctx.Process.__name__)
print(multiprocessing.freeze_support())
print(type(multiprocessing.cpu_count()).__name__)
print(multiprocessing.reducer is multiprocessing.reduction)
