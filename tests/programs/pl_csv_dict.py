# csv: DictReader/DictWriter, Sniffer (sniff, has_header), dialect classes and registration; dir(csv).
import csv, io
print(sorted(n for n in dir(csv) if not n.startswith('_')))
data = 'name,age,city\r\nAnn,30,Paris\r\n\r\nBob,25\r\nCy,41,Rome,extra,more\r\n'
r = csv.DictReader(io.StringIO(data), restkey='rest', restval='?')
print(r.fieldnames, r.line_num)
for row in r: print(row, r.line_num)
r = csv.DictReader(io.StringIO('1,2\n3,4\n'), fieldnames=['a', 'b']); print(list(r))
print(csv.DictReader(io.StringIO('')).fieldnames)
s = io.StringIO()
w = csv.DictWriter(s, ['x', 'y', 'z'], restval='-')
print(w.writeheader(), w.writerow({'x': 1, 'z': 'a,b'}))
w.writerows([{'x': 'q"q'}, {'y': None}])
print(repr(s.getvalue()))
try: w.writerow({'x': 1, 'bad': 2, 'worse': 3})
except ValueError as e: print('ValueError', str(e)[:38])
try: csv.DictWriter(s, ['a'], extrasaction='nope')
except ValueError as e: print(e)
w = csv.DictWriter(s, ['a'], extrasaction='ignore'); w.writerow({'a': 1, 'b': 2})
sn = csv.Sniffer()
samples = ['a,b,c\n1,2,3\n4,5,6\n', 'a;b;c\n1;2;3\n', "'x', 'y'\n'1', '2'\n", 'a\tb\n1\t2\n3\t4\n', 'name|score\n"A|x"|1\n"B"|2\n',
           'h1:h2:h3\nab:cd:ef\n', '"a","b"\n"c ""d""","e"\n', 'Title,Count\nfoo,1\nbar,22\nbaz,333\n', '1,2\n3,4\n']
for smp in samples:
    try:
        d = sn.sniff(smp)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.lineterminator == '\r\n', d.quoting, d._name)
        print(list(csv.reader(io.StringIO(smp), d)))
    except csv.Error as e: print('Error', e)
    try: print(sn.has_header(smp))
    except csv.Error as e: print('Error', e)
try: sn.sniff('abc')
except csv.Error as e: print(e)
print(sn.sniff('a:b:c\n1:2:3\n', delimiters=':').delimiter)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(csv.list_dialects(), csv.get_dialect('pipes').delimiter)
s = io.StringIO(); csv.writer(s, 'pipes').writerow([1, 'a']); print(repr(s.getvalue()))
csv.unregister_dialect('pipes')
class My(csv.excel): delimiter = ';'
s = io.StringIO(); csv.writer(s, My).writerows([[1, 2], ['a;b', 'c']]); print(repr(s.getvalue()))
print(list(csv.reader(['a;b'], My)), list(csv.reader(['a:b'], My, delimiter=':')))
class Bad(csv.Dialect): delimiter = ','
try: Bad()
except csv.Error as e: print(e)
print(csv.excel().delimiter, csv.unix_dialect.quoting, csv.excel_tab.delimiter == '\t', csv.__version__, csv.QUOTE_NONNUMERIC)
s = io.StringIO(); wr = csv.writer(s); wr.writerows([[1, 2.5, True, None, 'x' * 3], (i for i in range(3))]); print(repr(s.getvalue()))
print(list(csv.reader(['"a""b",c', '""', '"', ',', 'x,"y"z'])))
