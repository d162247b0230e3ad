import circ_attr_b
VALUE = 1
