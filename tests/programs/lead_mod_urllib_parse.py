import urllib.parse as up
# urllib.parse imports ipaddress for bracketed hosts; minipy has no ipaddress module yet and checks
# IPv6 literals itself, so that one public name is left out of the comparison.
import warnings
KNOWN_MISSING = {'ipaddress'}
print(sorted(n for n in dir(up) if not n.startswith('_') and n not in KNOWN_MISSING))
urls = ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://[::1]:443/x', 'http://[fe80::1%25eTH0]/',
        'file:///etc/passwd', 'mailto:someone@example.com', 'path/only?x#y', '//netloc/path', 'HTTP://h/p;a;b',
        '  \t http://h/a\nb ', 'http://h:abc/', 'http://h:99999/', 'svn+ssh://host/repo', 'tel:+1-555;ext=2', '',
        'http://a/b/c/d;p?q', 'x:y', '1http://a', 'http://h?q#f?g', 'http://[v1.fe]/', 'ws://h:0/']
for u in urls:
    for f in (up.urlparse, up.urlsplit):
        try:
            r = f(u)
            print(f.__name__, r, r.geturl())
            print('  ', r.username, r.password, r.hostname)
            print('  port', r.port)
        except ValueError as e:
            print(f.__name__, 'ValueError', e)
for bad in ['http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[zz]/', 'http://[vX.a]/', 'http://a\uff03b/']:
    try:
        print(up.urlsplit(bad))
    except ValueError as e:
        print('ValueError', e)
print(up.urlparse(b'http://h/p;x?q#f'), up.urlsplit(b'http://u@h:1/').port, up.urlsplit(b'http://u@h:1/').username)
print(up.urlparse('http://h/p').encode(), up.urlparse(b'http://h/p').decode())
print(up.urlsplit('p', scheme='https'), up.urlparse('http://h/#f', allow_fragments=False))
try:
    up.urlparse('http://h', b'x')
except TypeError as e:
    print('TypeError', e)
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'http:g', 'https://x/y']:
    print(repr(rel), up.urljoin(base, rel))
print(up.urljoin(b'http://a/b/', b'c'), up.urljoin('', 'x'), up.urljoin('mailto:a', 'b'), up.urljoin('http://a/b//c/', '../d'))
print(up.urldefrag('http://h/p?q#frag'), up.urldefrag('http://h/p'), up.urldefrag(b'http://h/#x').geturl())
print(up.urlunparse(('http', 'h', 'p', 'pa', 'q', 'f')), up.urlunsplit(('', '', 'p', '', '')), up.urlunsplit(('http', '', 'p', '', '')), up.urlunsplit(('file', '', '//x', '', '')))
for s in ['abc def', 'a/b?c=d&e', '~_.-', 'é漢', '', '%', '+ +']:
    print(repr(up.quote(s)), repr(up.quote_plus(s)), repr(up.quote(s, safe='')), repr(up.quote(s, safe='é')))
print(up.quote(b'a b\xff'), up.quote_plus(b'a b'), up.quote_from_bytes(b'\x00/', safe=b'\x00\xff'), up.quote('é', encoding='latin-1'), up.quote('é', 'é', 'ascii', 'replace'))
for bad in [(lambda: up.quote(b'x', encoding='u')), (lambda: up.quote(b'x', errors='u')), (lambda: up.quote_from_bytes('x')), (lambda: up.quote('é', encoding='ascii'))]:
    try:
        bad()
    except (TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
for s in ['abc%20def', '%7e%7E', '%zz%2', '%', 'caf%C3%A9', 'bad%FFx', 'é%41', 'a+b']:
    print(repr(up.unquote(s)), repr(up.unquote_plus(s)), up.unquote_to_bytes(s), repr(up.unquote(s, errors='strict') if 'FF' not in s else ''))
print(up.unquote(b'a%20b'), up.unquote_to_bytes(''), up.unquote('%E9', encoding='latin-1'))
try:
    up.unquote(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
for qs in ['a=1&b=2&a=3', 'a=&b', 'a=1;b=2', '', '&&', 'x=%41+b&y', 'k=v=w']:
    print(up.parse_qs(qs), up.parse_qs(qs, keep_blank_values=True), up.parse_qsl(qs), up.parse_qsl(qs, keep_blank_values=True, separator=';'))
for kw in [dict(strict_parsing=True), dict(max_num_fields=1), dict(separator=''), dict(separator=None)]:
    try:
        print(up.parse_qsl('a=1&b', **kw))
    except ValueError as e:
        print('ValueError', e)
print(up.parse_qsl(b'a=1&b=%20'), up.parse_qs(b'x=y'))
print(up.urlencode({'a': 1, 'b': 'x y', 'c': b'z&'}), up.urlencode([('a', [1, 2]), ('b', 'cd')], doseq=True), up.urlencode([('a', [1, 2])]))
print(up.urlencode({'k': 'a/b'}, safe='/'), up.urlencode({'k': 'é'}, encoding='latin-1'), up.urlencode({'k': 'a b'}, quote_via=up.quote), up.urlencode([]), up.urlencode({'x': 5}, doseq=True))
try:
    up.urlencode('abc')
except TypeError as e:
    print('TypeError', e)
print(up.unwrap('<URL:http://h/>'), up.unwrap(' http://x '))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(up.splittype('HTTP:x'), up.splithost('//h:1/p'), up.splithost('//h?x'), up.splituser('u:p@h'), up.splitpasswd('u:p'), up.splitpasswd('u'))
    print(up.splitport('h:80'), up.splitport('h:'), up.splitport('h'), up.splitnport('h:80'), up.splitnport('h:x'), up.splitnport('h'), up.splitnport('h:', 5))
    print(up.splitquery('/p?q'), up.splittag('/p#t'), up.splitattr('/p;a=1;b'), up.splitvalue('a=b'), up.splitvalue('a'), up.to_bytes('x'))
    print(len(w), str(w[0].message), w[0].category.__name__)
r = up.urlparse('http://h/p')
print(type(r).__mro__[1:3], r._replace(scheme='https').geturl(), r._fields, up.SplitResult._fields, up.DefragResult('u', 'f').geturl())
print(up.ParseResult[str], up.ResultBase is type(r).__mro__[3], up.clear_cache())
