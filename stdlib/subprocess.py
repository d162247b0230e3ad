"""Subprocesses with accessible I/O streams

This module allows you to spawn processes, connect to their
input/output/error pipes, and obtain their return codes.

For a complete description of this module see the Python documentation.
"""

# POSIX only. The child is started by the native _posixsubprocess.fork_exec, which
# runs no Python between fork and exec (except a caller's preexec_fn).

import builtins
import contextlib
import errno
import io
import os
import select
import selectors
import signal
import sys
import threading
import time
import types
import warnings

try:
    import fcntl
except ImportError:
    fcntl = None
try:
    import locale
except ImportError:
    locale = None

import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = getattr(select, 'PIPE_BUF', 512)
_time = time.monotonic


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status.

    Attributes:
      cmd, returncode, stdout, stderr, output
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process.

    Attributes:
        cmd, output, stdout, stderr, timeout
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """A process that has finished running.

    This is returned by run().
    """

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    r"""Run command with arguments and return its output.

    If the exit code was non-zero it raises a CalledProcessError."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # An empty input closes the child's stdin, as CPython does.
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors'):
            kwargs['input'] = ''
        else:
            kwargs['input'] = b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string, using the
    same rules as the MS C runtime."""
    out = []
    for arg in map(os.fsdecode, seq):
        quote = (" " in arg) or ("\t" in arg) or not arg
        piece = []
        if out:
            out.append(' ')
        if quote:
            piece.append('"')
        backslashes = 0
        for c in arg:
            if c == '\\':
                backslashes += 1
            elif c == '"':
                # Backslashes before a quote are doubled, and the quote escaped.
                piece.append('\\' * (backslashes * 2 + 1) + '"')
                backslashes = 0
            else:
                if backslashes:
                    piece.append('\\' * backslashes)
                    backslashes = 0
                piece.append(c)
        if backslashes:
            piece.append('\\' * backslashes)
        if quote:
            # Backslashes before the closing quote are doubled.
            piece.append('\\' * backslashes)
            piece.append('"')
        out.append(''.join(piece))
    return ''.join(out)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


# Children whose Popen object was collected while they still ran: reaped later.
_active = []


def _cleanup():
    for inst in _active[:]:
        res = inst._internal_poll()
        if res is not None:
            try:
                _active.remove(inst)
            except ValueError:
                pass


class Popen:
    """ Execute a child program in a new process.

    For a complete description of the arguments see the Python documentation.
    """

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        """Create new Popen instance."""
        _cleanup()
        self._waitpid_lock = threading.Lock()
        self._input = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if pass_fds and not close_fds:
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        for name, value in (('user', user), ('group', group), ('extra_groups', extra_groups), ('process_group', process_group)):
            if value is not None:
                raise NotImplementedError(f'{name} is not supported by this subprocess module')

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = 'utf-8'

        self._devnull = None
        (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite) = self._get_handles(stdin, stdout, stderr)

        line_buffering = (bufsize == 1 and self.text_mode)
        if bufsize == 1 and not self.text_mode:
            warnings.warn("line buffering (buffering=1) isn't supported in "
                          "binary mode, the default buffer size will be used",
                          RuntimeWarning)
            bufsize = -1
        try:
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, 'wb', bufsize)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                                  line_buffering=line_buffering,
                                                  encoding=encoding, errors=errors)
            if c2pread != -1:
                self.stdout = io.open(c2pread, 'rb', bufsize)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding, errors=errors)
            if errread != -1:
                self.stderr = io.open(errread, 'rb', bufsize)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding, errors=errors)
            self._execute_child(args, executable, preexec_fn, close_fds, pass_fds, cwd, env,
                                shell, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                                restore_signals, start_new_session, umask)
        except:
            # Nothing the child was meant to get stays open in the parent.
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            for fd in (p2cread, c2pwrite, errwrite, self._devnull):
                if fd is not None and fd != -1 and fd not in (p2cwrite, c2pread, errread) and self._ours(fd):
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            raise

    def _ours(self, fd):
        return fd in self._created_fds

    def __repr__(self):
        obj_repr = (f"<{self.__class__.__name__}: "
                    f"returncode: {self.returncode} args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def _translate_newlines(self, data, encoding, errors):
        data = data.decode(encoding, errors)
        return data.replace("\r\n", "\n").replace("\r", "\n")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                # Give the child a moment to exit on Ctrl-C, without blocking forever.
                try:
                    self._wait(timeout=0.25)
                except TimeoutExpired:
                    pass
            else:
                self.wait()

    def __del__(self, _active=_active):
        if not self._child_created:
            return
        if self.returncode is None:
            self._internal_poll()
        if self.returncode is None and _active is not None:
            _active.append(self)

    def _get_devnull(self):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
            self._created_fds.add(self._devnull)
        return self._devnull

    def _pipe(self):
        r, w = os.pipe()
        self._created_fds.update((r, w))
        return r, w

    def _get_handles(self, stdin, stdout, stderr):
        """The six descriptors for the child: (p2cread, p2cwrite, c2pread, c2pwrite,
        errread, errwrite); -1 where nothing is redirected."""
        self._created_fds = set()
        p2cread, p2cwrite = -1, -1
        c2pread, c2pwrite = -1, -1
        errread, errwrite = -1, -1

        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = self._pipe()
        elif stdin == DEVNULL:
            p2cread = self._get_devnull()
        elif isinstance(stdin, int):
            p2cread = stdin
        else:
            p2cread = stdin.fileno()

        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = self._pipe()
        elif stdout == DEVNULL:
            c2pwrite = self._get_devnull()
        elif isinstance(stdout, int):
            c2pwrite = stdout
        else:
            c2pwrite = stdout.fileno()

        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = self._pipe()
        elif stderr == STDOUT:
            if c2pwrite != -1:
                errwrite = c2pwrite
            else:
                errwrite = sys.__stdout__.fileno()
        elif stderr == DEVNULL:
            errwrite = self._get_devnull()
        elif isinstance(stderr, int):
            errwrite = stderr
        else:
            errwrite = stderr.fileno()

        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _close_pipe_fds(self, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        # The child's ends of our own pipes (and /dev/null) are the child's now.
        # (stderr=STDOUT shares c2pwrite: each descriptor is closed once.)
        to_close = {fd for fd in (p2cread, c2pwrite, errwrite) if fd != -1 and fd in self._created_fds}
        if self._devnull is not None:
            to_close.add(self._devnull)
        with contextlib.ExitStack() as stack:
            for fd in sorted(to_close):
                stack.callback(os.close, fd)
        self._created_fds = set()

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env,
                       shell, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                       restore_signals, start_new_session, umask):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)

        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable

        if executable is None:
            executable = args[0]
        orig_executable = executable

        if os.path.dirname(executable):
            executable_list = (os.fsencode(executable),)
        else:
            executable_list = tuple(
                os.path.join(os.fsencode(d), os.fsencode(executable))
                for d in os.get_exec_path(env))

        fds_to_keep = sorted(set(pass_fds))
        errpipe_read, errpipe_write = os.pipe()
        # The error pipe must not land on a standard descriptor the child overwrites.
        low_fds_to_close = []
        while errpipe_write < 3:
            low_fds_to_close.append(errpipe_write)
            errpipe_write = os.dup(errpipe_write)
        for low_fd in low_fds_to_close:
            os.close(low_fd)
        try:
            try:
                if env is not None:
                    env_list = []
                    for k, v in env.items():
                        k = os.fsencode(k)
                        if b'=' in k:
                            raise ValueError("illegal environment variable name")
                        env_list.append(k + b'=' + os.fsencode(v))
                else:
                    env_list = None
                argv = [os.fsencode(a) for a in args]
                cwd_bytes = None if cwd is None else os.fsencode(cwd)
                self.pid = _posixsubprocess.fork_exec(
                    argv, executable_list, close_fds, fds_to_keep, cwd_bytes, env_list,
                    p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                    errpipe_read, errpipe_write, restore_signals, start_new_session,
                    umask, preexec_fn)
                self._child_created = True
            finally:
                os.close(errpipe_write)

            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

            # Exec closed the error pipe's write end in the child: EOF means success.
            errpipe_data = bytearray()
            while True:
                part = os.read(errpipe_read, 50000)
                errpipe_data += part
                if not part or len(errpipe_data) > 50000:
                    break
        finally:
            os.close(errpipe_read)

        if errpipe_data:
            try:
                pid, sts = _posixsubprocess.waitpid(self.pid, 0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                else:
                    self.returncode = sys.maxsize
            except ChildProcessError:
                pass
            try:
                exception_name, hex_errno, err_msg = bytes(errpipe_data).split(b':', 2)
                err_msg = err_msg.decode()
            except ValueError:
                exception_name = b'SubprocessError'
                hex_errno = b'0'
                err_msg = 'Bad exception data from child: {!r}'.format(bytes(errpipe_data))
            child_exception_type = getattr(builtins, exception_name.decode('ascii'), SubprocessError)
            if issubclass(child_exception_type, OSError) and hex_errno:
                errno_num = int(hex_errno, 16)
                if err_msg == "noexec:chdir":
                    err_msg = ""
                    err_filename = cwd
                elif err_msg == "noexec":
                    err_msg = ""
                    err_filename = None
                else:
                    err_filename = orig_executable
                if errno_num != 0:
                    err_msg = os.strerror(errno_num)
                if err_filename is not None:
                    raise child_exception_type(errno_num, err_msg, err_filename)
                raise child_exception_type(errno_num, err_msg)
            raise child_exception_type(err_msg)

    def _handle_exitstatus(self, sts):
        self.returncode = _posixsubprocess.waitstatus_to_exitcode(sts)

    def _internal_poll(self):
        if self.returncode is None:
            if not self._waitpid_lock.acquire(False):
                # Another thread is waiting for the child: it will set returncode.
                return None
            try:
                if self.returncode is not None:
                    return self.returncode
                pid, sts = _posixsubprocess.waitpid(self.pid, _posixsubprocess.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except ChildProcessError:
                self.returncode = 0
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def poll(self):
        """Check if child process has terminated. Set and return returncode
        attribute."""
        return self._internal_poll()

    def _try_wait(self, wait_flags):
        try:
            (pid, sts) = _posixsubprocess.waitpid(self.pid, wait_flags)
        except ChildProcessError:
            # Somebody else reaped it (SIGCHLD ignored, os.wait...): status unknown.
            pid = self.pid
            sts = 0
        return (pid, sts)

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            endtime = _time() + timeout
            delay = 0.0005
            while True:
                if self._waitpid_lock.acquire(False):
                    try:
                        if self.returncode is not None:
                            break
                        (pid, sts) = self._try_wait(_posixsubprocess.WNOHANG)
                        if pid == self.pid:
                            self._handle_exitstatus(sts)
                            break
                    finally:
                        self._waitpid_lock.release()
                remaining = endtime - _time()
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, .05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                with self._waitpid_lock:
                    if self.returncode is not None:
                        break
                    (pid, sts) = self._try_wait(0)
                    if pid == self.pid:
                        self._handle_exitstatus(sts)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        return self._wait(timeout=timeout)

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - _time()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq, skip_check_and_raise=False):
        if endtime is None:
            return
        if skip_check_and_raise or _time() > endtime:
            raise TimeoutExpired(
                self.args, orig_timeout,
                output=b''.join(stdout_seq) if stdout_seq else None,
                stderr=b''.join(stderr_seq) if stderr_seq else None)

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it.
        Read data from stdout and stderr, until end-of-file is
        reached.  Wait for process to terminate.

        returns a tuple (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
        else:
            endtime = None if timeout is None else _time() + timeout
            try:
                stdout, stderr = self._communicate(input, endtime, timeout)
            finally:
                self._communication_started = True
            self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _save_input(self, input):
        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = self._input.encode(self.stdin.encoding, self.stdin.errors)

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass

        stdout = None
        stderr = None
        if not self._communication_started:
            self._fileobj2output = {}
            if self.stdout:
                self._fileobj2output[self.stdout] = []
            if self.stderr:
                self._fileobj2output[self.stderr] = []
        if self.stdout:
            stdout = self._fileobj2output[self.stdout]
        if self.stderr:
            stderr = self._fileobj2output[self.stderr]

        self._save_input(input)
        if self._input:
            input_view = memoryview(self._input) if not isinstance(self._input, bytes) else self._input

        with selectors.PollSelector() as selector:
            if self.stdin and input:
                selector.register(self.stdin, selectors.EVENT_WRITE)
            if self.stdout and not self.stdout.closed:
                selector.register(self.stdout, selectors.EVENT_READ)
            if self.stderr and not self.stderr.closed:
                selector.register(self.stderr, selectors.EVENT_READ)

            while selector.get_map():
                timeout = self._remaining_time(endtime)
                if timeout is not None and timeout < 0:
                    self._check_timeout(endtime, orig_timeout, stdout, stderr, skip_check_and_raise=True)
                ready = selector.select(timeout)
                self._check_timeout(endtime, orig_timeout, stdout, stderr)
                for key, events in ready:
                    if key.fileobj is self.stdin:
                        chunk = input_view[self._input_offset:self._input_offset + _PIPE_BUF]
                        try:
                            self._input_offset += os.write(key.fd, chunk)
                        except BrokenPipeError:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
                        else:
                            if self._input_offset >= len(self._input):
                                selector.unregister(key.fileobj)
                                key.fileobj.close()
                    elif key.fileobj in (self.stdout, self.stderr):
                        data = os.read(key.fd, 32768)
                        if not data:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
                        self._fileobj2output[key.fileobj].append(data)

        self.wait(timeout=self._remaining_time(endtime))

        if stdout is not None:
            stdout = b''.join(stdout)
        if stderr is not None:
            stderr = b''.join(stderr)
        if self.text_mode:
            if stdout is not None:
                stdout = self._translate_newlines(stdout, self.stdout.encoding, self.stdout.errors)
            if stderr is not None:
                stderr = self._translate_newlines(stderr, self.stderr.encoding, self.stderr.errors)
        return (stdout, stderr)

    def send_signal(self, sig):
        """Send a signal to the process."""
        # A reaped pid may belong to another process by now: never signal it.
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(signal.SIGKILL)
