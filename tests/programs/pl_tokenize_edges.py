# tokenize: line endings, tabs, form feeds, unicode names, strings of every prefix, continuations and error cases.
import tokenize, io
srcs = ['a = 1\r\nb = 2\r\n', 'if x:\n\tpass\n', '\x0cx = 1\n', 'ñame = "ü"\n', 'async def f():\n    await g()\n', '@dec\nclass A: ...\n',
        "x = 'unterminated\n", 'x = $\n', 'x = 1 if y else\\\n  2\n', 's = """a\nb"""  # c\n', "f'{a!r}' f\"{b:{c}}\"\n", '0xfor\n',
        '1_000.5e-3j + 0b1_0 + .5j\n', '# only comment', '\n\n', '', 'x = (1,\n# inner\n 2)\n', 'def f(a, /, b, *, c): pass\n',
        'print(a @ b, a @= b, a -> b, a := 1, a ... b)\n', "u'x' + rb'y' + Rb'z' + BR'w' + F'v'\n", "x = '''a\\\n'''\n", 'x\\\n', 'a = "x\\\ny"\n']
for s in srcs:
    try:
        print(repr(s), [(tokenize.tok_name[t.exact_type], t.string, t.start, t.end) for t in tokenize.generate_tokens(io.StringIO(s).readline)])
    except Exception as e:
        print(repr(s), type(e).__name__, e.args)
