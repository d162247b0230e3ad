# subprocess: Popen pipes in text mode, poll/wait/kill, files as stdin/stdout, pass_fds, preexec_fn.
import os, signal, subprocess, sys, tempfile, time

p = subprocess.Popen(["/bin/sh", "-c", "echo one; echo two; exit 5"], stdout=subprocess.PIPE, text=True)
print(repr(p.stdout.readline()), repr(p.stdout.read()))
print(p.wait(), p.returncode, p.poll())
p.stdout.close()

p = subprocess.Popen(["/bin/sleep", "3"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("timeout:", e)
print(p.poll())
p.kill()
print(p.wait(), p.wait())
p.send_signal(signal.SIGTERM)  # already reaped: nothing happens

with subprocess.Popen(["/bin/cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b"through cat\n")
    p.stdin.close()
    print(p.stdout.read())
print(p.returncode)

d = tempfile.mkdtemp()
src = os.path.join(d, "in.txt")
dst = os.path.join(d, "out.txt")
with open(src, "w") as f:
    f.write("file contents\n")
with open(src) as fin, open(dst, "w") as fout:
    subprocess.run(["/bin/cat"], stdin=fin, stdout=fout)
with open(dst) as f:
    print(repr(f.read()))
os.unlink(src); os.unlink(dst); os.rmdir(d)

r, w = os.pipe()
subprocess.run(["/bin/sh", "-c", f"echo to fd {w} >&{w}"], pass_fds=[w])
os.close(w)
print(os.read(r, 100))
os.close(r)

out = subprocess.run(["/bin/sh", "-c", "echo $MARK"], stdout=subprocess.PIPE,
                     preexec_fn=lambda: os.environ.__setitem__("MARK", "set in child")).stdout
print(out)
print(os.environ.get("MARK"))

print(subprocess.check_output("printf 'a\\r\\nb\\rc'", shell=True, universal_newlines=True).split("\n"))
print(subprocess.check_output(["/bin/echo", "x"], text=True, input=None))
try:
    subprocess.run(["/bin/sh", "-c", "echo partial; sleep 3"], stdout=subprocess.PIPE, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.stdout)
try:
    subprocess.Popen(["/bin/echo"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(e)
try:
    subprocess.Popen(["/bin/echo"], bufsize="x")
except TypeError as e:
    print(e)
try:
    subprocess.Popen(["/bin/echo"], startupinfo=1)
except ValueError as e:
    print(e)
try:
    subprocess.run([sys.executable, "-c", "raise SystemExit(3)"], check=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, e.cmd[1:])
print(subprocess.run([sys.executable, "-c", "print('child says hi')"], capture_output=True, text=True).stdout)
print(subprocess.CalledProcessError(-200, "x"))
print(subprocess.CompletedProcess("a", 1, None, b"err"))
print(subprocess.list2cmdline(["simple", "with space", 'quote"inside', "back\\slash", "trail\\ end\\"]))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
p = subprocess.Popen(["/bin/true"])
p.wait()
print(repr(p))

hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.1)
out, _ = subprocess.Popen(["/bin/sh", "-c", "sleep 0.4; echo after signal"], stdout=subprocess.PIPE).communicate()
print(out, hits)
signal.setitimer(signal.ITIMER_REAL, 0.1)
print(subprocess.Popen(["/bin/sleep", "0.4"]).wait(), hits)
