from . import a
from ..b import c
