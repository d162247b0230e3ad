# minipy: the implementation is struct.py; this is CPython's accelerator module's interface.
from struct import Struct, calcsize, error, iter_unpack, pack, pack_into, unpack, unpack_from
