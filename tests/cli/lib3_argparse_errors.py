import argparse
p = argparse.ArgumentParser(prog="tool")
p.add_argument("count", type=int)
p.add_argument("--mode", choices=["a", "b"])
p.parse_args(["3", "--mode", "c"])
