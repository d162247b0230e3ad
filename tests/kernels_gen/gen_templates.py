"""Generates tests/kernels_data/templates.tsv: how CPython splits str.format templates
(_string.formatter_parser) or which error it raises.

Line: template <TAB> tokens joined by \\x1f (L:literal, F:name\\x1espec\\x1econversion) or !message
Run: python3 tests/kernels_gen/gen_templates.py"""
import random, _string

random.seed(77)

def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')

parts = ['a', 'xyz', ' ', '{{', '}}', '{', '}', '{}', '{0}', '{1}', '{a}', '{a.b}', '{a[0]}', '{0[x]}', '{a.}', '{a[}', '{0[1]x}',
         '{!r}', '{!s:>5}', '{0!a}', '{!x}', '{!}', '{!rr}', '{0:>{1}}', '{:{}}', '{:{:{}}}', '{a:x}}', '{a:{{}', '{a{}',
         '{0:%Y-%m}', '{[0]}', '{.real}', '{0.a[b].c}', '{ 0}', '{-1}', '{00}', '{0!r:{1}}', '{:}', '{a!r}', 'é{a}ü', '{é}', ':', '!', '[', ']']
templates = set(parts)
for _ in range(600):
    templates.add(''.join(random.choice(parts) for _ in range(random.randint(1, 4))))

lines = []
for t in sorted(templates):
    try:
        toks = []
        for lit, name, spec, conv in _string.formatter_parser(t):
            if lit:
                toks.append('L:' + lit)
            if name is not None:
                toks.append('F:' + name + '\x1e' + spec + '\x1e' + (conv or ''))
        r = '\x1f'.join(toks)
    except ValueError as e:
        r = '!' + str(e)
    lines.append(esc(t) + '\t' + esc(r))
with open('tests/kernels_data/templates.tsv', 'w') as f:
    f.write('\n'.join(lines) + '\n')
print(len(lines), 'templates')
