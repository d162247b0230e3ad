"""Module contains faster C implementation of abc.ABCMeta"""

# minipy: the implementation is abc.py; this is CPython's accelerator module's interface.
from abc import get_cache_token
