initialized = True

# Docstrings of 2-, 3- and 4-byte UTF-8 characters, as CPython's frozen test module.
class TestFrozenUtf8_1:
    """\u00b6"""

class TestFrozenUtf8_2:
    """\u03c0"""

class TestFrozenUtf8_4:
    """\U0001f600"""

def main():
    print("Hello world!")

if __name__ == '__main__':
    main()
