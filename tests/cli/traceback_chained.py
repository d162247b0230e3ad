def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError("bad input") from exc

def handle():
    try:
        {}["missing"]
    except KeyError:
        parse("x")

handle()
