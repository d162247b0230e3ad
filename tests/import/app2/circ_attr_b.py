import circ_attr_a
try:
    circ_attr_a.VALUE
except AttributeError as e:
    print("AE", e)
try:
    from circ_attr_a import VALUE
except ImportError as e:
    print("IE", str(e).split(" (/")[0])
