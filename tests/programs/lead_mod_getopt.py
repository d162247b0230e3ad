import getopt
print(sorted(n for n in dir(getopt) if not n.startswith('_')))
cases = [
    (['-a', '1', '-b', 'x', 'y'], 'a:b', []),
    (['-a1', '-bb', '--', '-c'], 'a:b', []),
    (['--alpha=3', '--be', 'rest'], 'a:b', ['alpha=', 'beta']),
    (['--alpha', '3', '-', 'q'], 'a:b', ['alpha=', 'beta']),
    (['x', '-a', '1'], 'a:b', []),
    (['-c'], 'a:b', []),
    (['-a'], 'a:b', []),
    (['--gamma'], 'a', ['alpha', 'beta']),
    (['--al'], 'a', ['alpha', 'alpine']),
    (['--alpha=1'], 'a', ['alpha']),
    (['--alpha'], 'a', ['alpha=']),
    (['--alp'], 'a', ['alp', 'alpha']),
    (['--alp', '1'], 'a', ['alp=', 'alpha']),
    (['-:'], 'a:', []),
]
for args, s, l in cases:
    for f in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(f.__name__, f(args, s, l))
        except getopt.GetoptError as e:
            print(f.__name__, 'GetoptError', e, repr(e.opt), e.msg, e.args)
print(getopt.gnu_getopt(['x', '-a', '1', 'y', '--beta', 'z'], 'a:', ['beta']))
print(getopt.gnu_getopt(['x', '-a', '1'], '+a:', []))
print(getopt.getopt(['--beta'], '', 'beta'))
print(getopt.error is getopt.GetoptError, str(getopt.GetoptError('m', 'o')))
