# minipy: os's process functions (fork and its hooks, the exec and spawn families, the
# waits and their result types), re-exported by os.py. The system calls are posix's.

__name__ = 'os'   # the functions below belong to os, as in CPython

import sys
import posix as _posix
from _structseq import structseq as _structseq

_at_fork_before = []
_at_fork_parent = []
_at_fork_child = []


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    """Register callables to be called when forking a new process."""
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError("At least one argument is required.")
    for name, f in (('before', before), ('after_in_child', after_in_child),
                    ('after_in_parent', after_in_parent)):
        if f is not None and not callable(f):
            raise TypeError(f"'{name}' must be callable, not {type(f).__name__}")
    if before is not None:
        _at_fork_before.append(before)
    if after_in_child is not None:
        _at_fork_child.append(after_in_child)
    if after_in_parent is not None:
        _at_fork_parent.append(after_in_parent)


def _run_hooks(hooks):
    # A failing hook is reported as unraisable; the fork goes on (as in CPython).
    for f in hooks:
        try:
            f()
        except BaseException as e:
            import traceback
            sys.stderr.write(f"Exception ignored in: {f!r}\n")
            traceback.print_exception(type(e), e, e.__traceback__)


def fork():
    """Fork a child process.

    Return 0 to child process and PID of child to parent process."""
    # CPython runs the "before" hooks newest first, the "after" hooks in order.
    _run_hooks(reversed(_at_fork_before))
    pid = _posix.fork()
    if pid == 0:
        threading = sys.modules.get('threading')
        if threading is not None:
            threading._after_fork()
        _run_hooks(_at_fork_child)
    else:
        _run_hooks(_at_fork_parent)
    return pid


def _fsencode_arg(a):
    if isinstance(a, bytes):
        return a
    if isinstance(a, str):
        return a.encode('utf-8', 'surrogateescape')
    f = getattr(type(a), '__fspath__', None)
    if f is not None:
        return _fsencode_arg(f(a))
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(a).__name__}")


def _exec_argv(fname, args):
    if not isinstance(args, (tuple, list)):
        raise TypeError(f"{fname}() arg 2 must be a tuple or list")
    if not args:
        raise ValueError(f"{fname}() arg 2 must not be empty")
    argv = [_fsencode_arg(a) for a in args]
    if not argv[0]:
        raise ValueError(f"{fname}() arg 2 first element cannot be empty")
    return argv


def _exec_env(env):
    out = []
    for k in env.keys():
        v = env[k]
        kb, vb = _fsencode_arg(k), _fsencode_arg(v)
        if not kb or b'=' in kb:
            raise ValueError("illegal environment variable name")
        out.append(kb + b'=' + vb)
    return out


def execv(path, argv, /):
    """Execute an executable path with arguments, replacing current process."""
    _posix.execv(path, _exec_argv('execv', argv))


def execve(path, argv, env):
    """Execute an executable path with arguments, replacing current process."""
    argv = _exec_argv('execve', argv)
    _posix.execve(path, argv, _exec_env(env))


def execl(file, *args):
    """execl(file, *args)

    Execute the executable file with argument list args, replacing the
    current process. """
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env)

    Execute the executable file with argument list args and
    environment env, replacing the current process. """
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    """execlp(file, *args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process. """
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the current
    process. """
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    """execvp(file, args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process.
    args may be a list or tuple of strings. """
    _search_exec(file, args, None)


def execvpe(file, args, env):
    """execvpe(file, args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the
    current process.
    args may be a list or tuple of strings. """
    _search_exec(file, args, env)


def _search_exec(file, args, env):
    import os
    run = execv if env is None else (lambda p, a: execve(p, a, env))
    if os.path.dirname(file):
        run(file, args)
        return
    # As the shell: the first directory whose entry runs wins; a "not found" or "not a
    # directory" is passed over, and any other failure is the one reported at the end.
    failure = None
    last = FileNotFoundError(2, 'No such file or directory')
    for d in os.get_exec_path(env):
        full = os.path.join(os.fsencode(d) if isinstance(file, bytes) else os.fsdecode(d), file)
        try:
            run(full, args)
        except (FileNotFoundError, NotADirectoryError) as e:
            last = e
        except OSError as e:
            last = e
            if failure is None:
                failure = e
    if failure is not None:
        raise failure
    raise last


P_WAIT = 0
P_NOWAIT = P_NOWAITO = 1


def _spawn(mode, file, args, env, exec_fn):
    if not isinstance(args, (tuple, list)):
        raise TypeError('argv must be a tuple or a list')
    if not args or not args[0]:
        raise ValueError('argv first element cannot be empty')
    pid = fork()
    if not pid:
        try:
            if env is None:
                exec_fn(file, args)
            else:
                exec_fn(file, args, env)
        except BaseException:
            _posix._exit(127)
    if mode == P_NOWAIT:
        return pid
    while True:
        _, status = waitpid(pid, 0)
        if WIFSTOPPED(status):
            continue
        return waitstatus_to_exitcode(status)


def spawnv(mode, file, args):
    """spawnv(mode, file, args) -> integer

Execute file with arguments from args in a subprocess.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawn(mode, file, args, None, execv)


def spawnve(mode, file, args, env):
    """spawnve(mode, file, args, env) -> integer

Execute file with arguments from args in a subprocess with the
specified environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawn(mode, file, args, env, execve)


def spawnvp(mode, file, args):
    """spawnvp(mode, file, args) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawn(mode, file, args, None, execvp)


def spawnvpe(mode, file, args, env):
    """spawnvpe(mode, file, args, env) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess with the supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawn(mode, file, args, env, execvpe)


def spawnl(mode, file, *args):
    """spawnl(mode, file, *args) -> integer

Execute file with arguments from args in a subprocess.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    """spawnle(mode, file, *args, env) -> integer

Execute file with arguments from args in a subprocess with the
supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return spawnve(mode, file, args[:-1], args[-1])


def spawnlp(mode, file, *args):
    """spawnlp(mode, file, *args) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess with the supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    """spawnlpe(mode, file, *args, env) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess with the supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return spawnvpe(mode, file, args[:-1], args[-1])


def waitpid(pid, options, /):
    """Wait for completion of a given child process."""
    return _posix.waitpid(pid, options)


def wait():
    """Wait for completion of a child process."""
    return _posix.wait()


_rusage_fields = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
                  'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock',
                  'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')


def _rusage(raw):
    try:
        import resource
        cls = resource.struct_rusage
    except ImportError:
        global _rusage_cls
        if _rusage_cls is None:
            _rusage_cls = _structseq('resource.struct_rusage', _rusage_fields)
        cls = _rusage_cls
    return cls(raw)


_rusage_cls = None


def wait3(options):
    """Wait for completion of a child process."""
    pid, status, ru = _posix.wait3(options)
    return pid, status, _rusage(ru)


def wait4(pid, options):
    """Wait for completion of a specific child process."""
    pid, status, ru = _posix.wait4(pid, options)
    return pid, status, _rusage(ru)


waitid_result = _structseq('posix.waitid_result', ('si_pid', 'si_uid', 'si_signo', 'si_status', 'si_code'))


def waitid(idtype, id, options, /):
    """Returns the result of waiting for a process or processes."""
    raw = _posix.waitid(idtype, id, options)
    return None if raw is None else waitid_result(raw)


def WCOREDUMP(status, /):
    """Return True if the process returning status was dumped to a core file."""
    return bool(status & 0x80)


def WIFCONTINUED(status):
    """Return True if a particular process was continued from a job control stop.

Return True if the process returning status was continued from a
job control stop."""
    return status == 0xffff


def WIFSTOPPED(status):
    """Return True if the process returning status was stopped."""
    return (status & 0xff) == 0x7f


def WIFSIGNALED(status):
    """Return True if the process returning status was terminated by a signal."""
    return 0 < (status & 0x7f) < 0x7f


def WIFEXITED(status):
    """Return True if the process returning status exited via the exit() system call."""
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    """Return the process return code from status."""
    return (status >> 8) & 0xff


def WTERMSIG(status):
    """Return the signal that terminated the process that provided the status value."""
    return status & 0x7f


def WSTOPSIG(status):
    """Return the signal that stopped the process that provided the status value."""
    return (status >> 8) & 0xff


def waitstatus_to_exitcode(status):
    """Convert a wait status to an exit code.

On Unix:

* If WIFEXITED(status) is true, return WEXITSTATUS(status).
* If WIFSIGNALED(status) is true, return -WTERMSIG(status).
* Otherwise, raise a ValueError.

On Windows, return status shifted right by 8 bits.

On Unix, if the process is being traced or if waitpid() was called with
WUNTRACED option, the caller must first check if WIFSTOPPED(status) is true.
This function must not be called if WIFSTOPPED(status) is true."""
    if not isinstance(status, int):
        raise TypeError(f"'{type(status).__name__}' object cannot be interpreted as an integer")
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError(f"invalid wait status: {status}")


POSIX_SPAWN_OPEN = 0
POSIX_SPAWN_CLOSE = 1
POSIX_SPAWN_DUP2 = 2


def _spawn_child(path, argv, envp, file_actions, setpgroup, resetids, setsid, search, report):
    # Runs in the new child between fork and exec; any failure goes back to the parent
    # as its errno through `report` (closed on exec).
    try:
        for act in file_actions:
            if act[0] == POSIX_SPAWN_OPEN:
                _, fd, p, flags, mode = act
                new = _posix.open(p, flags, mode)
                if new != fd:
                    _posix.dup2(new, fd, True)
                    _posix.close(new)
            elif act[0] == POSIX_SPAWN_CLOSE:
                _posix.close(act[1])
            else:
                _posix.dup2(act[1], act[2], True)
        if setpgroup is not None:
            _posix.setpgid(0, setpgroup)
        if setsid:
            _posix.setsid()
        if resetids:
            _posix.setegid(_posix.getgid())
            _posix.seteuid(_posix.getuid())
        if search and b'/' not in path:
            import os
            err = 2
            for d in os.get_exec_path():
                try:
                    _posix.execve(os.fsencode(d) + b'/' + path, argv, envp)
                except OSError as e:
                    err = e.errno
            raise OSError(err, '')
        _posix.execve(path, argv, envp)
    except OSError as e:
        _posix.write(report, (e.errno or 0).to_bytes(4, 'little'))
    except BaseException:
        _posix.write(report, (0).to_bytes(4, 'little'))
    _posix._exit(127)


def _posix_spawn(fname, path, argv, env, file_actions, setpgroup, resetids, setsid,
                 setsigmask, setsigdef, scheduler, search):
    if not isinstance(argv, (tuple, list)):
        raise TypeError(f"{fname}: argv must be a tuple or list")
    if not argv:
        raise ValueError(f"{fname}: argv must not be empty")
    if not hasattr(env, 'keys'):
        raise TypeError(f"{fname}: environment must be a mapping object")
    shown = path
    path = _fsencode_arg(path)
    argv = [_fsencode_arg(a) for a in argv]
    envp = _exec_env(env)
    actions = []
    for act in (file_actions or ()):
        act = tuple(act)
        if not act or act[0] not in (POSIX_SPAWN_OPEN, POSIX_SPAWN_CLOSE, POSIX_SPAWN_DUP2):
            raise TypeError("Unknown file_actions identifier")
        actions.append(act)
    r, w = _posix.pipe2(0o2000000)
    pid = _posix.fork()
    if pid == 0:
        _posix.close(r)
        _spawn_child(path, argv, envp, actions, setpgroup, resetids, setsid, search, w)
    _posix.close(w)
    data = b''
    while True:
        chunk = _posix.read(r, 4)
        if not chunk:
            break
        data += chunk
    _posix.close(r)
    if data:
        _posix.waitpid(pid, 0)
        code = int.from_bytes(data[:4], 'little')
        raise OSError(code, _posix.strerror(code), shown)
    return pid


def posix_spawn(path, argv, env, /, *, file_actions=(), setpgroup=None, resetids=False,
                setsid=False, setsigmask=(), setsigdef=(), scheduler=None):
    """Execute the program specified by path in a new process."""
    return _posix_spawn('posix_spawn', path, argv, env, file_actions, setpgroup, resetids,
                        setsid, setsigmask, setsigdef, scheduler, False)


def posix_spawnp(path, argv, env, /, *, file_actions=(), setpgroup=None, resetids=False,
                 setsid=False, setsigmask=(), setsigdef=(), scheduler=None):
    """Execute the program specified by path in a new process."""
    return _posix_spawn('posix_spawnp', path, argv, env, file_actions, setpgroup, resetids,
                        setsid, setsigmask, setsigdef, scheduler, True)


class sched_param(_structseq('posix.sched_param', ('sched_priority',))):
    """Currently has only one field: sched_priority"""
    __slots__ = ()

    def __new__(cls, sched_priority):
        return super().__new__(cls, (sched_priority,))

    def __reduce__(self):
        return (type(self), (self.sched_priority,))


sched_param.__module__ = 'posix'

fork_names = ['register_at_fork', 'fork', 'execv', 'execve', 'execl', 'execle', 'execlp',
              'execlpe', 'execvp', 'execvpe', 'spawnv', 'spawnve', 'spawnvp', 'spawnvpe',
              'spawnl', 'spawnle', 'spawnlp', 'spawnlpe', 'waitpid', 'wait', 'wait3',
              'wait4', 'waitid', 'waitid_result', 'WCOREDUMP', 'WIFCONTINUED', 'WIFSTOPPED',
              'WIFSIGNALED', 'WIFEXITED', 'WEXITSTATUS', 'WTERMSIG', 'WSTOPSIG',
              'waitstatus_to_exitcode', 'sched_param']
