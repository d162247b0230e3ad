# minipy: the implementation is heapq.py; this is CPython's accelerator module's interface.
from heapq import heapify, heappop, heappush, heappushpop, heapreplace
