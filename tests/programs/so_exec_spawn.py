# The exec and spawn families run real programs; argument errors match CPython's.
import os, sys, threading

def run_child(fn):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            fn()
        finally:
            os._exit(99)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)

print(run_child(lambda: os.execv("/bin/echo", ["echo", "execv", "works"])))
print(run_child(lambda: os.execvp("echo", ("echo", "execvp", "works"))))
print(run_child(lambda: os.execlp("sh", "sh", "-c", "echo $GREETING", )))
print(run_child(lambda: os.execle("/bin/sh", "sh", "-c", "echo le $GREETING", {"GREETING": "hi"})))
print(run_child(lambda: os.execvpe("sh", ["sh", "-c", "echo vpe $GREETING; exit 4"], {"GREETING": "yo", "PATH": "/bin:/usr/bin"})))
print(run_child(lambda: os.execl("/bin/sh", "sh", "-c", "kill -TERM $$")))

for args in [("/bin/true", []), ("/bin/true", [""]), ("/bin/true", "ab"), ("/nonexistent/x", ["x"]), ("/bin/true", [1])]:
    try:
        os.execv(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.execve("/nonexistent/x", ["x"], {})
except OSError as e:
    print(type(e).__name__, e)
try:
    os.execve("/bin/true", ["x"], {"a=b": "c"})
except ValueError as e:
    print(type(e).__name__, e)
try:
    os.execvp("no-such-program-anywhere", ["x"])
except OSError as e:
    print(type(e).__name__, e.errno)

sys.stdout.flush()
print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 6"]))
print(os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "exit 2"))
print(os.spawnle(os.P_WAIT, "/bin/sh", "sh", "-c", "exit $N", {"N": "9"}))
pid = os.spawnvp(os.P_NOWAIT, "true", ["true"])
print(os.waitpid(pid, 0)[1])

# A thread is running when the process forks: only the forking thread survives, and
# the child can start threads of its own.
stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
def child():
    out = []
    t2 = threading.Thread(target=lambda: out.append(threading.current_thread() is not threading.main_thread()))
    t2.start()
    t2.join()
    ok = out == [True] and threading.active_count() == 1 and threading.current_thread() is threading.main_thread()
    os._exit(0 if ok else 1)
print("threads in child ok:", run_child(child) == 0)
stop.set()
t.join()
print(os.getpgid(0) == os.getpgrp(), os.getsid(0) == os.getsid(os.getpid()))
r, w = os.pipe2(os.O_CLOEXEC)
print(os.get_inheritable(r) if hasattr(os, "get_inheritable") else False)
fd = os.dup2(r, 100)
print(fd, os.get_inheritable(100) if hasattr(os, "get_inheritable") else True)
os.close(100); os.close(r); os.close(w)
