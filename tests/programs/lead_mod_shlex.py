import shlex, io
print(sorted(n for n in dir(shlex) if not n.startswith('_')))
samples = ['a b c', "foo 'bar baz' \"qu\\\"x\" e\\ f", "a#b c # comment\nnext", 'x="1 2"y', "it's", '"a\\\\b" \'c\\d\'',
           'ls -l | grep "x" && echo ok; (cd /tmp)', 'a;b>c 2>&1', '', '  ', "''", 'a""b', 'é ß x×y', 'a\\\nb']
for s in samples:
    for posix in (True, False):
        try:
            print(repr(s), posix, shlex.split(s, posix=posix), shlex.split(s, comments=True, posix=posix))
        except ValueError as e:
            print(repr(s), posix, 'ValueError', e)
    for pc in (True, '|&', False):
        lx = shlex.shlex(s, posix=True, punctuation_chars=pc)
        try:
            print(' pc', repr(pc), list(lx))
        except ValueError as e:
            print(' pc ValueError', e)
        lx = shlex.shlex(s, punctuation_chars=pc); lx.whitespace_split = True
        try:
            print(' pcws', list(lx), lx.lineno)
        except ValueError as e:
            print(' pcws ValueError', e)
for bad in ['"abc', "'abc", 'abc\\']:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print('ValueError', e)
print([shlex.quote(s) for s in ['', 'abc', 'a b', "it's", 'x$y', 'é', '-_./=:,@%+']])
print(shlex.join(['echo', 'a b', "c'd"]))
lx = shlex.shlex('a b c')
print(lx.get_token(), lx.get_token()); lx.push_token('z'); print(lx.get_token(), lx.get_token(), repr(lx.get_token()), lx.error_leader())
lx = shlex.shlex(io.StringIO('one two\nthree'), infile='f.txt')
print(list(lx), lx.lineno, lx.error_leader(), lx.eof, shlex.shlex(posix=True).eof)
lx = shlex.shlex('a source b c'); lx.source = 'source'
lx.sourcehook = lambda name: ('inc', io.StringIO('x y'))
print(list(lx))
