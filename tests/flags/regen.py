#!/usr/bin/env python3
"""Regenerate the expected outputs of the command-line flag tests with CPython 3.11.

Each case is NAME.args (one argument per line; a first line `#stdout-only` means stderr
is not compared), with NAME.stdin fed to standard input when present. python3 runs with
the same arguments from tests/flags/; its program name in usage messages is replaced by
minipy's, the only difference the harness allows.

Run from the repository root:  python3 tests/flags/regen.py [tests/flags/NAME.args ...]
"""
import glob, os, re, subprocess, sys

PY = "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else sys.executable
HERE = os.path.dirname(os.path.abspath(__file__))

def regen(path):
    lines = open(path).read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    stdout_only = bool(lines) and lines[0] == "#stdout-only"
    if stdout_only:
        lines = lines[1:]
    base = path[:-len(".args")]
    stdin = open(base + ".stdin", "rb").read() if os.path.exists(base + ".stdin") else b""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    r = subprocess.run([PY] + lines, input=stdin, capture_output=True, cwd=HERE, env=env)
    err = re.sub(rb"usage: \S+ \[option\]", b"usage: minipy [option]", r.stderr)
    err = err.replace(b"Try `python -h'", b"Try `minipy -h'")
    # Paths of the checkout read {ROOT}, as in tests/regen_expected.py.
    root = os.path.dirname(os.path.dirname(HERE)).encode()
    out, err = r.stdout.replace(root, b"{ROOT}"), err.replace(root, b"{ROOT}")
    open(base + ".out", "wb").write(out)
    for ext in (".err", ".status"):
        if os.path.exists(base + ext):
            os.remove(base + ext)
    if not stdout_only:
        open(base + ".err", "wb").write(err)
    if r.returncode != 0:
        open(base + ".status", "w").write(f"{r.returncode}\n")

targets = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "*.args")))
for t in targets:
    regen(t)
print(f"regenerated {len(targets)}")
