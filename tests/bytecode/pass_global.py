pass
global g
