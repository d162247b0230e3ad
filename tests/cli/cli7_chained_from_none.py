# `raise ... from None` hides the context; a context inside a cause is shown.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError("not a number") from None
def load():
    try:
        parse("x")
    except LookupError as e:
        try:
            {}["k"]
        except KeyError:
            raise RuntimeError("load failed") from e
load()
