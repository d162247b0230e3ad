"""This module implements specialized container datatypes providing
alternatives to Python's general purpose built-in containers, dict,
list, set, and tuple.

* namedtuple   factory function for creating tuple subclasses with named fields
* deque        list-like container with fast appends and pops on either end
* ChainMap     dict-like class for creating a single view of multiple mappings
* Counter      dict subclass for counting hashable objects
* OrderedDict  dict subclass that remembers the order entries were added
* defaultdict  dict subclass that calls a factory function to supply missing values
* UserDict     wrapper around dictionary objects for easier dict subclassing
* UserList     wrapper around list objects for easier list subclassing
* UserString   wrapper around string objects for easier string subclassing

"""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import sys as _sys
from collections._deque import deque
from collections._ordered import OrderedDict, defaultdict
from collections._namedtuple import namedtuple
from collections._counter import Counter
from collections._chainmap import ChainMap
from collections._user import UserDict, UserList, UserString
from collections import abc

# As in CPython: deque is a MutableSequence (and so a sequence for `match`).
abc.MutableSequence.register(deque)

for _cls in (deque, OrderedDict, defaultdict, Counter, ChainMap, UserDict, UserList, UserString):
    _cls.__module__ = 'collections'
del _cls
