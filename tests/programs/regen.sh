#!/bin/sh
# Regenerate the expected outputs of tests/programs/*.py with CPython 3.11.
cd "$(dirname "$0")" || exit 1
for f in *.py; do
    python3.11 "$f" > "$f.out" 2>/dev/null
done
