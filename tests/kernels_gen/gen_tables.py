"""Generates tests/kernels_data/tables.tsv: set iteration and pop orders (and dict orders)
produced by python3 for scripted operation sequences on int keys.

Line: kind <TAB> ops <TAB> expected final order <TAB> popped values
ops: +k add/set, r:start:stop:step add a range, -k discard/del, p pop/popitem, c copy, u:k,k,.. update from a set,
     d:k,k,.. update from a dict. Large results are given as '#len:checksum'.
Run: python3 tests/kernels_gen/gen_tables.py"""
import random

random.seed(3111)
M = (1 << 61) - 1

def summary(keys):
    if len(keys) <= 200:
        return ','.join(map(str, keys))
    c = 0
    for i, k in enumerate(keys):
        c = (c * 1000003 + (k % M) + i) % M
    return '#%d:%d' % (len(keys), c)

def run_set(ops):
    s, pops = set(), []
    for op in ops:
        if op == 'p':
            pops.append(s.pop() if s else 'E')
        elif op == 'c':
            s = s.copy()
        elif op.startswith('r:'):
            for k in range(*map(int, op[2:].split(':'))):
                s.add(k)
        elif op.startswith('u:'):
            other = set()
            for k in op[2:].split(','):
                other.add(int(k))
            s.update(other)
        elif op.startswith('d:'):
            s.update(dict.fromkeys(int(k) for k in op[2:].split(',')))
        elif op[0] == '+':
            s.add(int(op[1:]))
        else:
            s.discard(int(op[1:]))
    return summary(list(s)), ','.join(map(str, pops))

def run_dict(ops):
    d, pops = {}, []
    for op in ops:
        if op == 'p':
            pops.append(d.popitem()[0] if d else 'E')
        elif op[0] == '+':
            d[int(op[1:])] = 1
        else:
            d.pop(int(op[1:]), None)
    return summary(list(d)), ','.join(map(str, pops))

def pick(pool):
    return random.choice(pool)

pools = {
    'small': list(range(0, 40)),
    'neg': list(range(-40, 0)),
    'mixed': list(range(-300, 300)),
    'mult8': [8 * i for i in range(-50, 50)],
    'wide': [random.randint(-2**63, 2**63 - 1) for _ in range(300)],
    'mod': [M - 3, M - 2, M - 1, M, M + 1, 2**62, -M, -(2**62), 2**63 - 1, -2**63, -1, -2, 1, 0] + [random.randint(0, 2**20) * 2**40 for _ in range(30)],
}
lines = []
def emit(kind, ops):
    order, pops = (run_set if kind == 'set' else run_dict)(ops)
    lines.append('\t'.join([kind, ' '.join(ops), order, pops]))

emit('set', ['+3', '+1', '+2'])
emit('set', ['+100', '+5', '+37'])
for n in (5, 6, 8, 20, 100, 1000, 5000):
    emit('set', ['r:0:%d:1' % n])
    emit('set', ['r:%d:0:-1' % n])
    emit('set', ['r:0:%d:-1' % -n])
    emit('set', ['r:0:%d:1' % n, 'c'])
emit('set', ['r:0:60000:1'])                    # past the used*2 threshold
emit('set', ['r:0:420000:7'] + ['p'] * 10)
emit('set', ['r:-1000:1000:3', 'r:0:3000:2'] + ['p'] * 40)
for name, pool in pools.items():
    for _ in range(25):
        ops = []
        for _ in range(random.randint(1, 120)):
            r = random.random()
            if r < 0.6:
                ops.append('+%d' % pick(pool))
            elif r < 0.8:
                ops.append('-%d' % pick(pool))
            elif r < 0.9:
                ops.append('p')
            elif r < 0.95:
                ops.append('c')
            else:
                ops.append(random.choice('ud') + ':' + ','.join(str(pick(pool)) for _ in range(random.randint(1, 30))))
        emit('set', ops)
        emit('dict', [o for o in ops if o[0] in '+-p'])
# pops after many deletions leave dummies the finger must skip
emit('set', ['+%d' % k for k in range(50)] + ['-%d' % k for k in range(0, 50, 2)] + ['p'] * 30 + ['+%d' % k for k in range(100, 120)] + ['p'] * 5)
emit('set', ['u:' + ','.join(map(str, range(30))), 'c', 'd:' + ','.join(map(str, range(25, 60)))])

# set algebra: line  alg <TAB> a-ops <TAB> b-ops <TAB> one result order per operator in OPS
OPS = ['|', '&', '-', '^', '|=', '&=', '-=', '^=']
def build(ops):
    s = set()
    for op in ops:
        if op.startswith('r:'):
            for k in range(*map(int, op[2:].split(':'))):
                s.add(k)
        elif op[0] == '+':
            s.add(int(op[1:]))
        else:
            s.discard(int(op[1:]))
    return s

def apply(a, b, op):
    if op == '|': return a | b
    if op == '&': return a & b
    if op == '-': return a - b
    if op == '^': return a ^ b
    if op == '|=': a |= b; return a
    if op == '&=': a &= b; return a
    if op == '-=': a -= b; return a
    if op == '^=': a ^= b; return a

def rand_ops(pool, n):
    ops = []
    for _ in range(n):
        ops.append(('+' if random.random() < 0.75 else '-') + str(random.choice(pool)))
    return ops

shapes = [(10, 10), (30, 5), (5, 30), (100, 3), (3, 100), (60, 60), (200, 20), (2, 40), (0, 10), (10, 0), (150, 150)]
for name, pool in pools.items():
    for na, nb in shapes:
        a_ops, b_ops = rand_ops(pool, na), rand_ops(pool, nb)
        results = [summary(list(apply(build(a_ops), build(b_ops), op))) for op in OPS]
        lines.append('\t'.join(['alg', ' '.join(a_ops) or '.', ' '.join(b_ops) or '.'] + results))
for a_ops, b_ops in [(['r:0:1000:1'], ['r:0:1000:2']), (['r:0:40:1'], ['r:0:2000:3']), (['r:0:5:1'], ['r:0:100:1']), (['r:-50:50:1'], ['r:0:30:1']), (['r:0:1000:1'], ['r:0:900:1']), (['r:0:100:1'], ['r:0:90:1']), (['r:0:100:1', 'r:0:50:1'], ['r:0:100:3'])]:
    results = [summary(list(apply(build(a_ops), build(b_ops), op))) for op in OPS]
    lines.append('\t'.join(['alg', ' '.join(a_ops), ' '.join(b_ops)] + results))

with open('tests/kernels_data/tables.tsv', 'w') as f:
    f.write('\n'.join(lines) + '\n')
print(len(lines), 'scenarios')
