def parse(text):
    try:
        return int(text) + 0
    except ValueError as exc:
        raise RuntimeError("bad input: " + text) from exc

def main():
    values = [parse(t) for t in ["1", "x"]]
main()
