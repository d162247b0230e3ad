# signal: the wakeup fd gets each signal's number; sigtimedwait/sigwaitinfo, pthread_kill,
# siginterrupt, getitimer/ItimerError.
import os, signal, threading, time

r, w = os.pipe()
os.set_blocking(w, False)
try:
    signal.set_wakeup_fd(r + w + 100)
except OSError as e:
    print("bad fd:", e)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda s, f: None)
signal.raise_signal(signal.SIGUSR1)
print(os.read(r, 10))
print(signal.set_wakeup_fd(-1) == w)

signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2})
os.kill(os.getpid(), signal.SIGUSR2)
info = signal.sigwaitinfo([signal.SIGUSR2])
print(type(info).__name__, info.si_signo, info.si_pid == os.getpid(), info.si_uid == os.getuid())
print(signal.sigtimedwait([signal.SIGUSR2], 0.05))
signal.pthread_kill(threading.get_ident(), signal.SIGUSR2)
print(signal.sigpending())
print(signal.sigwait({signal.SIGUSR2}))
print(signal.pthread_sigmask(signal.SIG_SETMASK, []))

signal.siginterrupt(signal.SIGUSR1, False)
print(signal.getitimer(signal.ITIMER_VIRTUAL))
try:
    signal.getitimer(99)
except signal.ItimerError as e:
    print(type(e).__name__, e.errno, isinstance(e, OSError))
print(signal.alarm(0), signal.Handlers(1), signal.Sigmasks.SIG_SETMASK, list(signal.Signals)[:3])
print(signal.SIGCLD is signal.SIGCHLD, signal.Signals(29).name, signal.Signals['SIGPOLL'])
try:
    signal.signal(signal.SIGKILL, lambda s, f: None)
except OSError as e:
    print(e)
try:
    signal.sigtimedwait([1], -1)
except ValueError as e:
    print(e)
