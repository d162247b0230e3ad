#!/bin/sh
# Regenerate expected stderr and exit status of tests/errors/*.py with CPython 3.11.
cd "$(dirname "$0")" || exit 1
for f in *.py; do
    python3.11 "$f" > "$f.out" 2> "$f.err"
    echo $? > "$f.status"
done
