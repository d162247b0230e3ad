import sys
from . import util
from .util import shout
print(__name__, __package__, __file__)
print(sys.argv)
print(sys.path[0])
print(shout("hi"), util.shout("x"))
