# subprocess: run/Popen/communicate, errors and messages as CPython, shell=True, env, cwd.
import subprocess, sys, signal

r = subprocess.run(["/bin/echo", "hello"], capture_output=True)
print(r)
print(subprocess.run("echo hi; echo err >&2; exit 3", shell=True, capture_output=True, text=True))
print(subprocess.check_output(["/bin/cat"], input=b"abc\n"))
print(subprocess.call(["/bin/sh", "-c", "exit 7"]))
try:
    subprocess.check_call(["/bin/sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd)
try:
    subprocess.run(["/bin/sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(["/nonexistent/prog"])
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    subprocess.run(["nonexistent_prog_xyz"])
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(["/bin/echo"], cwd="/nonexistent_dir")
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(["/bin/sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.stdout)
print(subprocess.getstatusoutput("echo a; exit 4"))
print(subprocess.getoutput("echo out"))
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', 'f\\\\"g', '']))
p = subprocess.Popen(["/bin/cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.communicate("line1\r\nline2\n"), p.returncode)
p = subprocess.Popen([sys.executable, "-c", "import os; print(os.read(0, 100).upper())"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"from parent", timeout=10)
print(out, err, p.returncode)
with subprocess.Popen(["/bin/sleep", "10"]) as p:
    print(p.poll())
    p.terminate()
print(p.returncode, repr(p)[:30])
print(subprocess.run(["/bin/sh", "-c", "echo $FOO"], env={"FOO": "bar"}, stdout=subprocess.PIPE).stdout)
print(subprocess.run(["pwd"], cwd="/", stdout=subprocess.PIPE).stdout)
print(subprocess.run(["/bin/echo", "x"], stdout=subprocess.DEVNULL))
print(subprocess.run("echo both; echo err 1>&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.CompletedProcess(['a'], 0, 'x'))
print(subprocess.TimeoutExpired(['x'], 1.5), subprocess.CalledProcessError(1, 'cmd'))

try:
    subprocess.check_output(["/bin/echo"], stdout=None)
except ValueError as e:
    print(e)
try:
    subprocess.run(["/bin/echo"], input=b"", stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
sys.stdout.flush()
subprocess.run(["/bin/echo", "inherited stdout"])
print(subprocess.run(["/bin/sh", "-c", "exec 3>&1; echo viafd3 >&3"], pass_fds=(), stdout=subprocess.PIPE).stdout)
