A = "a"
import circ_b
from_b = circ_b.B
