# fork + pipe + waitpid + _exit: exit codes and data from the child reach the parent.
import os, sys

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"hello from child\n")
    os.close(w)
    os._exit(7)
os.close(w)
data = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
os.close(r)
got, status = os.waitpid(pid, 0)
print(got == pid, data)
print(os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

# A child that runs Python to the end: sys.exit's status is the process status.
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    total = sum(i * i for i in range(100))
    print("child computed", total)
    sys.exit(3)
_, status = os.waitpid(pid, 0)
print("child status", os.waitstatus_to_exitcode(status))

# An uncaught exception in the child: status 1.
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    sys.stderr = sys.stdout
    raise SystemExit(None)
_, status = os.waitpid(pid, 0)
print("exit None", os.waitstatus_to_exitcode(status))

# Killed by a signal: a negative exit code.
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
    os._exit(0)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))

# wait() and wait4 with rusage; WNOHANG on a running child.
sys.stdout.flush()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    os._exit(5)
print(os.waitpid(pid, os.WNOHANG))
os.write(w, b"x")
p, status, ru = os.wait4(pid, 0)
print(p == pid, os.WEXITSTATUS(status), type(ru).__name__, ru.ru_utime >= 0)
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(0)
p, status = os.wait()
print(p == pid, status)
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)

# register_at_fork hooks: "before" newest first, the others in order; the child reports
# what it saw through its exit status.
seen = []
os.register_at_fork(before=lambda: seen.append("b1"), after_in_parent=lambda: seen.append("p1"),
                    after_in_child=lambda: seen.append("c1"))
os.register_at_fork(before=lambda: seen.append("b2"), after_in_parent=lambda: seen.append("p2"),
                    after_in_child=lambda: seen.append("c2"))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(1 if seen == ["b2", "b1", "c1", "c2"] else 2)
_, status = os.waitpid(pid, 0)
print(seen, os.WEXITSTATUS(status))
try:
    os.register_at_fork()
except TypeError as e:
    print(e)
try:
    os.register_at_fork(before=1)
except TypeError as e:
    print(e)
for st in (0, 256, 9, 0x7f, 0x137f, 0xffff):
    print(st, os.WIFEXITED(st), os.WIFSIGNALED(st), os.WIFSTOPPED(st), os.WIFCONTINUED(st), os.WCOREDUMP(st))
