import logging
import sys

log = logging.getLogger("exc")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(handler)


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception("division failed")

try:
    int("x")
except ValueError as e:
    log.error("bad value", exc_info=e)
log.warning("done")
