from .. import helper
from ..helper import twice
from . import exported
def where():
    return (__name__, __package__, twice(2), exported)
