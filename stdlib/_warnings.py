"""_warnings provides basic warning filtering support.
It is a helper module to speed up interpreter start-up."""

# minipy: warnings.py is the implementation; this module shares its objects.
from warnings import warn, warn_explicit, filters, _filters_mutated
from warnings import defaultaction as _defaultaction, onceregistry as _onceregistry
