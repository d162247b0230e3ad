import pathlib
# minipy ships no ntpath (Windows path functions): left out explicitly.
missing = {"ntpath"}
print(sorted(n for n in dir(pathlib) if not n.startswith("_") and n not in missing))
