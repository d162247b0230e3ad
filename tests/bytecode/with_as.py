with open(p) as fh:
    fh.read()
