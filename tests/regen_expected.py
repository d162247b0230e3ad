#!/usr/bin/env python3
"""Regenerate the expected outputs of tests/programs, tests/cli and examples/ with CPython 3.11.

Run from the repository root:  python3 tests/regen_expected.py [NAME.py ...]
Each program runs as `python3.11 tests/<dir>/NAME.py` from the root, so paths in
tracebacks read the same as when the test harness runs minipy.
"""
import glob, os, subprocess, sys

PY = "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else sys.executable

def regen(path):
    out = os.path.join("tests", path) if path.startswith("examples/") else path
    with_stderr = path.startswith("tests/cli/")
    r = subprocess.run([PY, path], capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"})
    # Tracebacks show the script's absolute path; the harness puts the checkout's
    # root back in place of {ROOT}, so the files hold no machine-specific path.
    root = os.getcwd().encode()
    r.stdout = r.stdout.replace(root, b"{ROOT}")
    r.stderr = r.stderr.replace(root, b"{ROOT}")
    open(out + ".out", "wb").write(r.stdout)
    for ext in (".err", ".status"):
        if os.path.exists(out + ext):
            os.remove(out + ext)
    if with_stderr:
        open(out + ".err", "wb").write(r.stderr)
    elif r.returncode != 0:
        sys.stderr.write(f"warning: {path} exits {r.returncode}:\n{r.stderr.decode()}\n")
    if r.returncode != 0:
        open(out + ".status", "w").write(f"{r.returncode}\n")

targets = sys.argv[1:] or sorted(glob.glob("tests/programs/*.py") + glob.glob("tests/cli/*.py") + glob.glob("examples/*.py"))
for t in targets:
    regen(t)
print(f"regenerated {len(targets)}")
