"""A generator pipeline: a log source flows through filters and transforms lazily, one
record at a time, ending in an aggregate. Nothing is materialised in between."""
import itertools

LOG = """\
2024-01-01 10:00:01 INFO  GET /index.html 200 512
2024-01-01 10:00:02 INFO  GET /about.html 200 1024
2024-01-01 10:00:03 WARN  GET /missing 404 0
2024-01-01 10:00:04 INFO  POST /api/items 201 64
2024-01-01 10:00:05 ERROR GET /api/items 500 0
2024-01-01 10:00:06 INFO  GET /index.html 200 512
# a comment line
2024-01-01 10:00:07 INFO  GET /api/items 200 2048
2024-01-01 10:00:08 WARN  GET /old 301 0
"""


def read_lines(text):
    for line in text.splitlines():
        print(f"  read: {line[:30]!r}")
        yield line


def skip_comments(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line


def parse(lines):
    for line in lines:
        date, time, level, method, path, status, size = line.split()
        yield {"time": time, "level": level, "method": method, "path": path,
               "status": int(status), "size": int(size)}


def only(records, **wanted):
    for r in records:
        if all(r[k] == v for k, v in wanted.items()):
            yield r


def running_total(records, field):
    total = 0
    for r in records:
        total += r[field]
        yield r, total


print("first two GET records (the source is read only as far as needed):")
records = parse(skip_comments(read_lines(LOG)))
for r in itertools.islice(only(records, method="GET"), 2):
    print("  ->", r["time"], r["path"], r["status"])

print("bytes served by successful requests:")
ok = (r for r in parse(skip_comments(LOG.splitlines())) if 200 <= r["status"] < 300)
for r, total in running_total(ok, "size"):
    print(f"  {r['path']:<12} {r['size']:>5} total {total:>5}")

print("requests per level:")
by_level = sorted(parse(skip_comments(LOG.splitlines())), key=lambda r: r["level"])
for level, group in itertools.groupby(by_level, key=lambda r: r["level"]):
    print(f"  {level:<5} {sum(1 for _ in group)}")


def averager():
    # A coroutine-style consumer at the end of a pipeline: send() values in.
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
for size in (r["size"] for r in parse(skip_comments(LOG.splitlines()))):
    current = avg.send(size)
print(f"average size: {current:.2f}")
