NAME = "ns"
