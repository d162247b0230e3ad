import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known sentence -- used for typing practice, in fonts and elsewhere; supercalifragilisticexpialidocious words break. Mr. Smith went to Washington. Really?  Yes!"
for w in (10, 20, 33, 70):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(s, 30, break_on_hyphens=False, break_long_words=False))
print(textwrap.fill(s, 40, fix_sentence_endings=True))
print(textwrap.wrap(s, 30, max_lines=3))
print(textwrap.wrap(s, 30, max_lines=2, placeholder="..."))
print(textwrap.shorten("Hello  world!   How are you?", width=12))
print(textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten("Hello world", width=20, placeholder=" etc"))
print(repr(textwrap.dedent("    hello\n      world\n    \n    end\n")))
print(repr(textwrap.dedent("\tx\n\t  y\n")))
print(repr(textwrap.dedent("  a\n b\n")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\nb\n", "+", lambda l: True)))
print(textwrap.wrap("a\tb\tc  d", 8))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("x", 1))
print(textwrap.wrap("well-done self-explanatory e-mail x-ray  foo--bar 123-456 a-b-c", 9))
tw = textwrap.TextWrapper(width=15, drop_whitespace=False)
print(tw.wrap("  leading and trailing   "))
print(textwrap.TextWrapper(width=12, expand_tabs=False, replace_whitespace=False).wrap("a\tb\nc d e f g h"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
print(textwrap.wrap("Supercalifragilistic-expialidocious-word here", 12))
