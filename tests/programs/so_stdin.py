# sys.stdin reads the process's fd 0 (here a pipe put in its place), line by line,
# by size, to the end, and shares its buffer with input().
import os, sys
r, w = os.pipe()
os.write(w, "first line\nsecond\nthird é line\n4\nfive\nsix\nrest of\nthe data".encode())
os.close(w)
os.dup2(r, 0)
os.close(r)
print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(sys.stdin.read(3)), repr(sys.stdin.read(4)))
print(repr(next(sys.stdin)))
for line in sys.stdin:
    print(repr(line))
    if line.startswith("six"):
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    sys.stdin.write("x")
except OSError as e:
    print(type(e).__name__)
