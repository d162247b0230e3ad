# signal: enums, handlers run between instructions, masks, sigwait, errors as CPython.
import signal, time, sys

print(signal.SIGINT, repr(signal.SIGIOT), signal.getsignal(signal.SIGINT), repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGCHLD)))
print(signal.Signals.__module__, signal.ItimerError, signal.strsignal(2), signal.strsignal(34))
got = []
def h(sig, frame):
    got.append((sig, type(frame).__name__))
print(signal.signal(signal.SIGALRM, h))
signal.setitimer(signal.ITIMER_REAL, 0.05)
t=time.time(); time.sleep(0.3); print(got, round(time.time()-t,1))
signal.raise_signal(signal.SIGUSR1) if False else None
print(signal.signal(signal.SIGUSR1, h))
signal.raise_signal(signal.SIGUSR1)
print(got)
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
print(old)
import os
os.kill(os.getpid(), signal.SIGUSR2)
print(signal.sigpending())
print(signal.sigwait([signal.SIGUSR2]))
for f in [lambda: signal.pthread_sigmask(0,[100]), lambda: signal.pthread_sigmask(7,[1]), lambda: signal.signal(100, signal.SIG_DFL), lambda: signal.signal(9, signal.SIG_DFL), lambda: signal.setitimer(7, 1), lambda: signal.strsignal(0), lambda: signal.set_wakeup_fd(99), lambda: signal.getsignal(0), lambda: signal.signal('x', 0), lambda: signal.signal(2, 5), lambda: signal.siginterrupt(0,1), lambda: signal.sigwait([0])]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
print(signal.struct_siginfo((1,2,3,4,5,6,7)))
print(signal.valid_signals() == set(range(1,65)) - {32,33})
def boom(s, f): raise ValueError("boom %d" % s)
signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(1)
except ValueError as e:
    print("caught", e)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KI")
print(signal.sigtimedwait([signal.SIGUSR2], 0.01))
