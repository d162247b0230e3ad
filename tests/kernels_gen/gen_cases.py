"""Generates tests/kernels_data/cases.tsv: expected results of the numeric and formatting
kernels, computed by python3 (CPython 3.11 is the specification).

Each line is  func <TAB> arg... <TAB> expected ; strings are escaped (\\ \t \n), floats are
given as the hex of their IEEE bits, errors as !ExceptionClass: message.
Run: python3 tests/kernels_gen/gen_cases.py  (deterministic: fixed seed)."""
import math, random, struct, sys

random.seed(1311)
out = []

def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')

def fb(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def res(fn):
    try:
        return fn()
    except Exception as e:
        msg = str(e)
        return '!%s: %s' % (type(e).__name__, msg)

def emit(func, *fields):
    out.append('\t'.join([func] + [esc(str(f)) for f in fields]))

# ---------------------------------------------------------------- floats
def rand_floats(n):
    xs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5,
          123456789012345.0, 1234567890123456.0, 12345678901234567.0, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 0.30000000000000004,
          2.675, 0.125, 0.375, 1e22, 1e23, 4.35, 1/3, 2/3, math.pi, math.e, 100.0, 1e300, 1e-300,
          math.nextafter(1e-4, 0), math.nextafter(1e-4, 1), math.nextafter(1e16, 0), math.nextafter(1e16, 2e16),
          -math.nextafter(1e-4, 0), 9.999999999999999e-05, 0.00010000000000000002]
    for _ in range(n):
        k = random.random()
        if k < 0.25:
            x = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
            if math.isnan(x):
                continue
        elif k < 0.5:
            x = random.uniform(-1, 1) * 10 ** random.randint(-30, 30)
        elif k < 0.7:
            x = round(random.uniform(-1000, 1000), random.randint(0, 6))
        elif k < 0.85:
            x = float(random.randint(-10**6, 10**6)) * 2.0 ** random.randint(-10, 60)
        else:
            x = random.choice([1, -1]) * 10.0 ** random.randint(-20, 25) * random.choice([1, 1.5, 9.99, 5])
        xs.append(x)
    return xs

floats = rand_floats(700)
for x in floats:
    emit('float_repr', fb(x), repr(x))
    emit('float_hex', fb(x), x.hex())
    emit('hash_float', fb(x), 0 if math.isnan(x) else hash(x))
    emit('as_integer_ratio', fb(x), res(lambda: '%d/%d' % x.as_integer_ratio()))
for x in floats[:150]:
    emit('round_float', fb(x), 'none', res(lambda: str(round(x))))
    for nd in (0, 1, 2, 3, -1, -2, 5, 15, -20):
        emit('round_float', fb(x), nd, res(lambda: fb(round(x, nd))))

for s in ['0x1.8p1', '-0x.8', '  0X1P-1074 ', '0x1p-1075', '0x1.00000000000008p0', '0x1.00000000000018p0',
          '0x1p1024', '0x1.fffffffffffff8p1023', 'inf', '-Infinity', 'nan', '0x', '1', '0x1.p', '0x.p1',
          '0x1e3', '0x1.8p+3', '1p3', '0x1p-1080', '0x3.p-1076', '0xF.FFFFFFFFFFFFFp1019']:
    emit('fromhex', s, res(lambda: fb(float.fromhex(s))))

for s in ['1.5', ' 1_0.5 ', '-Infinity', 'inf', 'nan', '-nan', '+1e5', '1e500', '1e-500', '.5', '5.', '1_000.000_1',
          '', '1__0', '_1', '1_', '1e', '.', 'e5', '1.2.3', 'inf5', '0x10', '1_.5', '++1', '1e+_5', '١٢.٥',
          '\u20031.25\u2003', '0.1e-1_0', '1_e5', 'infinity', 'INF', 'NaN', ' - 1', '4.9e-324', '2.4703282292062327e-324',
          '2.4703282292062328e-324', '1.7976931348623158e308', '1.7976931348623159e308']:
    try:
        v = float(s)
        emit('parse_float', s, fb(v) if not math.isnan(v) else 'nan')
    except ValueError:
        emit('parse_float', s, 'None')

# float arithmetic
pairs = [(random.choice(floats[:40] + floats[40:200]), random.choice(floats[:40] + floats[40:200])) for _ in range(400)]
pairs += [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-0.0, 1.0), (0.0, -1.0), (1.0, 0.0), (-8.0, 1/3), (2.0, 0.5),
          (10.0, 400.0), (10.0, -400.0), (0.0, -1.0), (-2.0, 3.0), (1e308, 10.0), (float('inf'), -3.0), (-float('inf'), 3.0)]
for a, b in pairs:
    emit('float_floordiv', fb(a), fb(b), res(lambda: fb(a // b)))
    emit('float_mod', fb(a), fb(b), res(lambda: fb(a % b)))
    emit('float_pow', fb(a), fb(b), res(lambda: (lambda r: fb(r) if isinstance(r, float) else 'c' + fb(r.real) + ',' + fb(r.imag))(a ** b)))

# ---------------------------------------------------------------- ints
def rand_int():
    k = random.random()
    if k < 0.3:
        return random.randint(-100, 100)
    if k < 0.6:
        return random.randint(-2**63, 2**63 - 1)
    if k < 0.75:
        return random.choice([1, -1]) * (2 ** random.choice([31, 32, 53, 62, 63, 64, 65, 127, 128]) + random.randint(-3, 3))
    return random.randint(-2**300, 2**300) >> random.randint(0, 290)

ints = [0, 1, -1, 2, -2, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 2**61 - 1, 2**61, -2**61, 2**53 + 1, 10**30] + [rand_int() for _ in range(400)]
for a in ints:
    emit('hash_int', a, hash(a))
    emit('to_f64', a, res(lambda: fb(float(a))))
    emit('neg', a, -a)
    emit('invert', a, ~a)
    emit('bit_length', a, a.bit_length())

def to_radix(a, r):
    digs = '0123456789abcdefghijklmnopqrstuvwxyz'
    n, s = abs(a), ''
    while n:
        n, d = divmod(n, r)
        s = digs[d] + s
    return ('-' if a < 0 else '') + (s or '0')

for a in ints:
    for r in (2, 8, 16, 36):
        emit('to_str_radix', a, r, to_radix(a, r))
    assert to_radix(a, 16) == ('-' if a < 0 else '') + format(abs(a), 'x')

for _ in range(900):
    a, b = random.choice(ints), random.choice(ints)
    emit('add', a, b, a + b)
    emit('sub', a, b, a - b)
    emit('mul', a, b, a * b)
    emit('floordiv', a, b, res(lambda: a // b))
    emit('mod', a, b, res(lambda: a % b))
    emit('true_div', a, b, res(lambda: fb(a / b)))
    emit('and', a, b, a & b)
    emit('or', a, b, a | b)
    emit('xor', a, b, a ^ b)
    emit('cmp_int_float', a, fb(float(b) if abs(b) < 2**1000 else 1.5), (lambda f: (a > f) - (a < f))(float(b) if abs(b) < 2**1000 else 1.5))
for a, b in [(2**2000, 3), (3, 2**2000), (2**1100, 1), (10**400, 10**399), (-(10**400), 7 * 10**398), (1, -5), (0, -5),
             (2**53 + 1, 1), (2**54 + 3, 2), (-7, 2), (7, -2), (-2**63, -1), (1, 0), (0, 0), (2**1074, 2**2148), (1, 2**1074), (1, 2**1075), (3, 2**1076)]:
    emit('true_div', a, b, res(lambda: fb(a / b)))
    emit('floordiv', a, b, res(lambda: a // b))
    emit('mod', a, b, res(lambda: a % b))
for _ in range(300):
    a = random.choice(ints)
    b = random.randint(-70, 300)
    emit('lshift', a, b, res(lambda: a << b))
    emit('rshift', a, b, res(lambda: a >> b))
    e = random.randint(-3, 40)
    emit('pow', a, e, res(lambda: (lambda r: fb(r) if isinstance(r, float) else str(r))(a ** e) if abs(a) < 2**64 or e < 5 else a ** e))
    m = random.choice(ints)
    e2 = random.choice([random.randint(0, 100), random.choice(ints), -1, -2])
    emit('pow_mod', a, e2, m, res(lambda: pow(a, e2, m)))
for a in ints[:200]:
    for nd in (-1, -2, -5, -20, 0, 3):
        emit('round_int', a, nd, round(a, nd))

# parse_int
for s, base in [('1_0', 0), (' 0x_1f ', 16), ('0x_1f', 0), ('-0b101', 0), ('00', 0), ('0_0', 0), ('010', 0), ('z', 36), ('Z', 36),
                ('١٢', 10), ('x', 10), ('1__0', 10), ('_1', 10), ('1_', 10), ('0x', 16), ('1', 37), ('1', 1), ('12', 2),
                ('99999999999999999999', 10), ('-99999999999999999999', 0), ('+7', 8), ('0o17', 0), ('0o17', 8), ('0o17', 10),
                ('\t42\n', 10), ('4 2', 10), ('', 10), ('-', 10), ('0b', 0), ('0b_', 0), ('0_b1', 0), ('1' * 4301, 10),
                ('1' * 4300, 10), ('1' * 5000, 16), ('ff' * 600, 16), ('-0', 10), ('9' * 30, 36), ('\u00a012\u3000', 10),
                ('0x1F', 16), ('0X1f', 0), ('0B1', 0), ('1e5', 10), ('12.5', 10), ("it's", 10), ('\x07', 10)]:
    r = res(lambda: int(s, base))
    if isinstance(r, int) and r.bit_length() > 13000:
        r = 'bits%d' % r.bit_length()
    emit('parse_int', s, base, r)

# hashes of tuples and frozensets of ints
for _ in range(200):
    items = [random.choice(ints) for _ in range(random.randint(0, 6))]
    hs = ','.join(str(hash(x)) for x in items)
    emit('hash_tuple', hs, len(items), hash(tuple(items)))
    fs = frozenset(items)
    emit('hash_frozenset', ','.join(str(hash(x)) for x in fs), len(fs), hash(fs))
emit('hash_tuple', '', 0, hash(()))
emit('hash_frozenset', '', 0, hash(frozenset()))
for re_, im in [(1.0, 2.0), (0.0, 1.0), (-1.5, 0.0), (1e300, -1e300), (float('inf'), 1.0)]:
    emit('hash_complex', fb(re_), fb(im), hash(complex(re_, im)))

# ---------------------------------------------------------------- complex
cvals = [(1.0, 2.0), (0.0, 2.0), (-0.0, -1.0), (0.0, -0.0), (float('nan'), float('inf')), (1.5, float('nan')), (1e16, 1e-5),
         (-0.0, 0.0), (0.0, 0.0), (-1.0, -0.0), (123.0, 0.1)]
for re_, im in cvals + [(random.choice(floats), random.choice(floats)) for _ in range(60)]:
    emit('complex_repr', fb(re_), fb(im), repr(complex(re_, im)))
for _ in range(150):
    a = complex(random.choice(floats[:60]), random.choice(floats[:60]))
    b = complex(random.choice(floats[:60]), random.choice(floats[:60]))
    emit('complex_div', fb(a.real), fb(a.imag), fb(b.real), fb(b.imag), res(lambda: (lambda r: fb(r.real) + ',' + fb(r.imag))(a / b)))
for a, b in [(1j, 2), (2 + 3j, 1000000), (0j, -1), (0j, 1j), (1 + 1j, 0.5), (-8, 1 / 3), (1 + 2j, -3), (1 + 2j, 2 + 1j), (0j, 0), (0j, 2.5), (3 + 0j, 101)]:
    a, b = complex(a), complex(b)
    emit('complex_pow', fb(a.real), fb(a.imag), fb(b.real), fb(b.imag), res(lambda: (lambda r: fb(r.real) + ',' + fb(r.imag))(a ** b)))

for s in ['1+2j', '-j', 'j', '+j', '1-j', '( 1+2j )', '(1+2j', '1 + 2j', '1e+5+2e-3J', 'infj', '-nan-infj', '1_0+2_0j', '',
          '  3  ', '3j ', '(j)', '1+2', '2j+1', '--1', '1e5j', '.5j', '1.j', 'jj', '1+2jj', '()', '( )', '-0j', '-0-0j', '0x1',
          '1e-5-1E+5j', 'Infinity-Infinityj', '+1.5e3', '\u30001+1j\u3000', '(-2.5J)', '1__0j', '1+-2j', 'e5j', '1e5e5j']:
    emit('parse_complex', s, res(lambda: (lambda c: fb(c.real) + ',' + fb(c.imag))(complex(s))))

# math and bytes helpers
for a in ints[:120]:
    emit('bit_count', a, bin(a).count('1'))
    if a >= 0:
        emit('isqrt', a, math.isqrt(a))
    for length, order, signed in [(0, 'big', False), (1, 'little', True), (8, 'big', True), (8, 'little', False), (40, 'big', True), (3, 'little', True)]:
        emit('to_bytes', a, length, order, int(signed), res(lambda: a.to_bytes(length, order, signed=signed).hex()))
for _ in range(150):
    a, b = random.choice(ints), random.choice(ints)
    emit('gcd', a, b, math.gcd(a, b))
    emit('lcm', a, b, math.lcm(a, b))
    emit('divmod', a, b, res(lambda: '%d,%d' % divmod(a, b)))
for _ in range(80):
    b = bytes(random.getrandbits(8) for _ in range(random.randint(0, 12)))
    for order in ('big', 'little'):
        for signed in (False, True):
            emit('from_bytes', b.hex(), order, int(signed), int.from_bytes(b, order, signed=signed))
for n in [0, 1, 2, 5, 10, 20, 21, 50, 100, 170, 171, -1]:
    emit('factorial', n, res(lambda: math.factorial(n)))
    for k in [0, 1, 2, 5, 10, 60, -1]:
        emit('comb', n, k, res(lambda: math.comb(n, k)))
        emit('perm', n, k, res(lambda: math.perm(n, k)))
    emit('perm', n, 'none', res(lambda: math.perm(n)))
for a, b in pairs[:200]:
    emit('float_divmod', fb(a), fb(b), res(lambda: (lambda q, r: fb(q) + ',' + fb(r))(*divmod(a, b))))
for x in [2.0**53, 2.0**53 + 2, 2.0**63, -2.0**63, 2.0**64, 1e300, -1e300, 0.5, -0.5, 1e-300]:
    for a in [2**53, 2**53 + 1, 2**63, -2**63, 2**63 - 1, 2**64, 0, -1, 10**300, -(10**300)]:
        emit('cmp_int_float', a, fb(x), (a > x) - (a < x))

for a in ints[:150] + [10**400, -(10**400), 2**1023 * 3, 2**2000 - 1]:
    if a:
        n = a.bit_length()
        m = a / (1 << n)            # int true division is correctly rounded
        if abs(m) == 1.0:
            m, n = m / 2, n + 1
        if abs(a) < 2**1000:
            assert (m, n) == math.frexp(a)
        emit('int_frexp', a, fb(m) + ',' + str(n))
    if a > 0:
        emit('int_log', a, fb(math.log(a)))

# Mersenne Twister (random.seed(int), random(), getrandbits)
for seed in [0, 1, 42, -5, 2**32, 2**32 - 1, 2**100 + 7, 12345678901234567890, 10**300]:
    r = random.Random(seed)
    outs = [fb(r.random()) for _ in range(3)] + [str(r.getrandbits(k)) for k in (1, 5, 31, 32, 33, 64, 100, 1000)] + [fb(r.random())]
    for _ in range(700):
        r.random()
    outs.append(fb(r.random()))
    emit('mt', seed, ','.join(outs))

# ---------------------------------------------------------------- format()
int_specs = ['', 'd', 'n', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', ',', '_', '_b', '_x', '#_x', '010', '+', ' ', '-',
             '+010,', '<10', '>10', '^10', '=10', '*^11', '0=12_', '#010b', ',d', '.2', 'z', 'e', '.3e', 'f', '%', 'g', 'G', ',.2f',
             'y', 'abc', ',c', '+c', '#c', '_d', ',x', '05', '09,', '-#o', ' x', 'x<05', '0<5', '08_X', '20', ',,', '_,', '.', 's']
for a in ints[:40] + [65, 0x10FFFF, 0x110000, -1, 1234, 1234567, -1234567]:
    for sp in int_specs:
        emit('format_int', a, sp, res(lambda: format(a, sp)))
float_specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.2', '.3', '.10', '.17', '.0e', '.0f', '.0g', '#.0', '#.0f',
               '#g', '#.3g', '.3g', '.20g', '+', ' ', '010', '010.3f', '+010.3f', '-10.2', ',', '_', ',.2f', '012,.2f', '<12', '^12',
               '=12', '*>12.1e', 'z.2f', 'z', 'z.0f', '.2%', '#', '#.1', '010,', '0=15,.3f', 'd', 'x', '.5E', '.100f', '%.3', '.', ',,']
for x in floats[:90] + [1.5, -0.0, 1234567.0, -0.0001, 1e20, float('inf'), float('nan'), -float('nan')]:
    for sp in float_specs:
        emit('format_float', fb(x), sp, res(lambda: format(x, sp)))
def rand_spec(types):
    sp = ''
    if random.random() < 0.3:
        sp += random.choice(['', '*', '0', 'é']) + random.choice('<>=^')
    sp += random.choice(['', '', '+', '-', ' '])
    if random.random() < 0.15: sp += 'z'
    if random.random() < 0.2: sp += '#'
    if random.random() < 0.2: sp += '0'
    sp += random.choice(['', '', '1', '7', '15'])
    sp += random.choice(['', '', '', ',', '_'])
    sp += random.choice(['', '', '.0', '.2', '.6', '.12'])
    sp += random.choice(types)
    return sp
for _ in range(1500):
    a = random.choice(ints)
    sp = rand_spec(['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'G'])
    emit('format_int', a, sp, res(lambda: format(a, sp)))
    x = random.choice(floats)
    sp = rand_spec(['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'])
    emit('format_float', fb(x), sp, res(lambda: format(x, sp)))
for _ in range(300):
    re_, im = random.choice(floats[:80]), random.choice(floats[:80])
    sp = rand_spec(['', 'e', 'f', 'g', 'E', 'F', 'G', 'n'])
    emit('format_complex', fb(re_), fb(im), sp, res(lambda: format(complex(re_, im), sp)))
    st = random.choice(['', 'ab', 'héllo', 'x' * 20])
    sp = rand_spec(['', 's'])
    emit('format_str', st, sp, res(lambda: format(st, sp)))
complex_specs = ['', '.3', 'e', 'f', '.2f', 'g', '+', ' ', '>20', '^20,.2f', '010', '=10', '%', 'n', '#', '#.0f', 'z.1f', 'F', '-', '30']
for re_, im in cvals + [(random.choice(floats[:60]), random.choice(floats[:60])) for _ in range(20)]:
    for sp in complex_specs:
        emit('format_complex', fb(re_), fb(im), sp, res(lambda: format(complex(re_, im), sp)))
str_specs = ['', 's', '10', '<10', '>10', '^10', '*^9', '.2', '10.2', '05', '+', ' ', '#', '=5', 'z', 'd', '5,', '_', 'ab', '<<<', '^', 'é>6']
for s in ['', 'ab', 'abcdef', 'héllo', '日本語', 'x' * 12]:
    for sp in str_specs:
        emit('format_str', s, sp, res(lambda: format(s, sp)))

# ---------------------------------------------------------------- repr / ascii
strs = ['', 'x', "it's", 'both \' and "', 'a"b', 'a\nb\tc\rd\\e', '\x00\x07\x1f\x7f\x80\x9f\xa0\xad', 'é日本\u200b\u2028\ufeff',
        '\U0001f600\U000e0001\U0010ffff', '\ue000', 'ÿĀ', '\u0378\u0600']
for _ in range(150):
    strs.append(''.join(chr(random.choice([random.randint(0, 0x7f), random.randint(0x80, 0x3000), random.randint(0x3000, 0xd7ff),
                                            random.randint(0xe000, 0x10ffff)])) for _ in range(random.randint(1, 8))))
for s in strs:
    emit('repr_str', s, repr(s))
    emit('ascii_str', s, ascii(s))
for b in [b'', b'abc', b"it's", b'a\'b"c', b'\x00\xff\n\t\\', bytes(range(0, 256, 7))]:
    emit('repr_bytes', b.hex(), repr(b))
    emit('repr_bytearray', b.hex(), repr(bytearray(b)))

# ---------------------------------------------------------------- % formatting
def enc_arg(v):
    if isinstance(v, bool) or isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + fb(v)
    return 's:' + v
pcases = [('%s', ('x',)), ('%r', ('a',)), ('%a', ('é',)), ('%5s|%-5s|%.1s', ('ab', 'cd', 'ef')), ('%d %i %u', (3, -4, 5)),
          ('%08.3d', (-5,)), ('%#5x|%-4d|%+05d', (255, 3, 3)), ('% d', (3,)), ('%#o %o', (8, -8)), ('%x %X %#X', (255, 255, 255)),
          ('%c%c', (65, 'z')), ('%c', ('ab',)), ('%c', (1.5,)), ('%c', (0x110000,)), ('%d', ('x',)), ('%x', (1.5,)), ('%f', ('x',)),
          ('%d', (1.9,)), ('%d', (-1.9,)), ('%*d', (5, 3)), ('%-*d', (-5, 3)), ('%*d', ('a', 3)), ('%.*f', (2, 3.14159)),
          ('%s %s', (1,)), ('%s', (1, 2)), ('%y', (1,)), ('%', (1,)), ('%#g', (1.0,)), ('%g', (1e20,)), ('%e', (1,)),
          ('%ld', (5,)), ('%.0e', (12345,)), ('%G', (float('nan'),)), ('%#x', (-255,)), ('%5%', (1,)), ('%d%%', (3,)),
          ('%010f', (float('inf'),)), ('%-010.2f|', (3.14159,)), ('%+.3e', (12345.678,)), ('%10.4g|', (0.000012345,)),
          ('%s', (1.5,)), ('%s', (10**20,)), ('%r', (1e16,)), ('%.3s', (12345,)), ('%i', (2**70,)), ('%x', (-2**70,)),
          ('%.20d', (7,)), ('% 05d', (42,)), ('%F', (float('inf'),)), ('%.2f%%', (99.5,)), ('abc', ()), ('abc%%', ()),
          ('%(a', ()), ('%d', (float('nan'),)), ('%d', (float('inf'),)), ('%.1f', (0.25,)), ('%.0f', (0.5,)), ('%.0f', (1.5,))]
for _ in range(600):
    flags = ''.join(random.sample('-+ #0', random.randint(0, 3)))
    width = random.choice(['', '', '1', '5', '12'])
    prec = random.choice(['', '', '.0', '.1', '.3', '.10'])
    conv = random.choice('sradiuoxXeEfFgGc')
    if conv in 'sra':
        v = random.choice(['abc', 'héllo', '', 'x' * 15])
    elif conv == 'c':
        v = random.choice([65, 0x263a, 'z'])
    elif conv in 'diuoxX':
        v = random.choice([0, 7, -7, 255, -255, 2**70, -2**70, 123456789])
    else:
        v = random.choice([0.0, -0.0, 1.5, -1.5, 123456.789, 1e-7, 1e22, float('inf'), float('nan'), 3, -2**60])
    pcases.append(('<%' + flags + width + prec + conv + '>', (v,)))
for fmt, args in pcases:
    emit('percent', fmt, ' '.join(enc_arg(a) for a in args).replace(' ', '\x1f'), res(lambda: fmt % args))

import os
os.makedirs('tests/kernels_data', exist_ok=True)
with open('tests/kernels_data/cases.tsv', 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'cases')
