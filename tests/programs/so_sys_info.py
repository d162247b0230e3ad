# The data and hooks of sys as CPython 3.11 shows them.
import sys
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info[2], len(sys.float_info))
print(sys.int_info, sys.hash_info)
print(sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf == hash(float('inf')))
print(type(sys.thread_info).__name__, sys.thread_info.name, sys.thread_info[:2])
print(sys.maxunicode, sys.float_repr_style, sys.abiflags == '', sys.api_version, sys.platlibdir, sys.pycache_prefix)
print(hex(sys.hexversion)[:5], sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.getdlopenflags()); sys.setdlopenflags(1); print(sys.getdlopenflags()); sys.setdlopenflags(2)
print(sys.is_finalizing(), type(sys.getallocatedblocks()).__name__)
print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__, sys.get_asyncgen_hooks().firstiter)
sys.set_asyncgen_hooks(firstiter=print)
print(sys.get_asyncgen_hooks().firstiter is print, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
for bad in [dict(firstiter=1), dict(finalizer='x')]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print(e)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(e)
print(sys.call_tracing(max, (1, 5, 2)))
try:
    sys.call_tracing(max, [1, 2])
except TypeError as e:
    print(e)
# (addaudithook is not exercised: a hook can never be removed, and the leak check runs
# this program repeatedly in one process.)
sys.audit("my.event", 1, "two")
for bad in [(), (1,)]:
    try:
        sys.audit(*bad)
    except TypeError as e:
        print(e)
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
print(type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names), 'os' in sys.stdlib_module_names, 'json' in sys.stdlib_module_names)
print(sys.copyright.splitlines()[1])
print(sys.stdin, sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.fileno(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stderr.name, sys.stdout.writable())
print(sys.__stdin__ is sys.stdin)
try:
    sys.unraisablehook(object())
except TypeError as e:
    print(e)
f = sys._getframe()
print(f.f_code.co_name, sys._current_frames()[__import__('threading').get_ident()].f_code.co_name)
def inner():
    return sys._getframe(1).f_code.co_name, sys._getframe(0).f_code.co_name
print(inner())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits, len(sys.flags))
