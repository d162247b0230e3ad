"""Regenerates the expected outputs of the parser tests from CPython 3.11 (run by hand:
`python3.11 tests/parser/gen_expected.py`).

- valid/*.py    -> valid/*.ast : ast.dump(..., include_attributes=True)
- error_cases.txt (cases separated by lines "====") -> error_cases.expected: what
  `python3 case.py` prints on stderr for each case.
"""
import ast, os, re, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))

for name in sorted(os.listdir(os.path.join(here, "valid"))):
    if name.endswith(".py"):
        path = os.path.join(here, "valid", name)
        with open(path, "rb") as f:
            tree = ast.parse(f.read(), name)
        with open(path[:-3] + ".ast", "w") as f:
            for stmt in tree.body:
                f.write(ast.dump(stmt, include_attributes=True) + "\n")

with open(os.path.join(here, "error_cases.txt")) as f:
    cases = f.read().split("\n====\n")
out = []
with tempfile.TemporaryDirectory() as d:
    for case in cases:
        with open(os.path.join(d, "case.py"), "w") as f:
            f.write(case)
        r = subprocess.run([sys.executable, "case.py"], cwd=d, capture_output=True, text=True)
        if "Traceback (most recent call last)" in r.stderr or r.returncode == 0:
            # It compiled and ran (into a runtime error): the source is valid.
            out.append("(parsed)\n")
            continue
        lines = r.stderr.replace(d + "/", "").split("\n")
        # Warnings (e.g. "invalid decimal literal" before a keyword) are not our output.
        keep, skip = [], False
        for line in lines:
            if re.match(r"case\.py:\d+: \w*Warning:", line):
                skip = True
                continue
            if skip and line.startswith("  "):
                skip = False
                continue
            skip = False
            keep.append(line)
        out.append("\n".join(keep))
with open(os.path.join(here, "error_cases.expected"), "w") as f:
    f.write("\n====\n".join(out))
