# csv: reading and writing real files (newline=''), quoted newlines, a big field, writer return values.
import csv, os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'data.csv')
rows = [['id', 'text', 'price'], [1, 'plain', 1.5], [2, 'comma, inside', 2.0], [3, 'quote " inside', None], [4, 'multi\nline\r\nfield', -3],
        [5, '', 'x' * 5000], [6, ' spaced ', 'é€😀']]
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    print([w.writerow(r) for r in rows[:2]])
    w.writerows(rows[2:])
with open(path, 'rb') as f:
    raw = f.read()
print(len(raw), raw[:120])
with open(path, newline='', encoding='utf-8') as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, [x if len(x) < 50 else len(x) for x in row])
with open(path, newline='') as f:
    for rec in csv.DictReader(f):
        print(sorted((k, v if len(v) < 50 else len(v)) for k, v in rec.items()))
with open(path, 'w', newline='') as f:
    w = csv.DictWriter(f, ['a', 'b'], dialect='excel-tab')
    w.writeheader(); w.writerow({'a': 'x\ty', 'b': 2})
print(open(path, 'rb').read())
with open(path, 'w', newline='') as f:
    csv.writer(f, dialect='unix').writerows([['a', 1], ['b', None]])
print(open(path, 'rb').read())
os.remove(path); os.rmdir(d)
