import argparse
p = argparse.ArgumentParser(prog="wrap", description="A well-known, semi-automatic tool: it re-formats text-heavy descriptions that contain hyphenated-words and averyveryveryveryveryveryveryveryveryveryveryveryverylongwordthatcannotfitonaline at all.")
p.add_argument("--x", help="non-trivial help text with a self-explanatory, well-formed, easy-to-read sentence that wraps")
p.print_help()
