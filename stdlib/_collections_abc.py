# minipy: CPython's collections.abc is this very module; here it is the other way
# round, so importing _collections_abc gives collections.abc.
import sys
import collections.abc

sys.modules[__name__] = collections.abc
