# csv: writer quoting modes and escaping, reader edge cases (skipinitialspace, escapes, multi-line).
import csv, io
for t in [dict(quotechar=1), dict(doublequote=0), dict(lineterminator='\n'), dict(quoting=csv.QUOTE_NONNUMERIC)]:
    try: r = csv.reader([], **t); d = r.dialect; print(t, 'ok', d.delimiter, d.quotechar, d.quoting, d.escapechar, repr(d.lineterminator), d.doublequote)
    except Exception as e: print(t, type(e).__name__, e)
for kw in [{}, dict(lineterminator='\n'), dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC), dict(quoting=csv.QUOTE_NONE, escapechar='\\'), dict(doublequote=False, escapechar='\\'), dict(escapechar='\\')]:
    s = io.StringIO(); w = csv.writer(s, **kw)
    for row in [['a', 'b,c', 'd"e', 'f\ng', 'h\ri', 1, 2.5, None, '', 'x\\y'], [''], [None], [], ['a b', ' ']]:
        try: print(kw, repr(w.writerow(row)))
        except Exception as e: print(kw, type(e).__name__, e)
    print(repr(s.getvalue()))
d = csv.reader([]).dialect
try: d.delimiter = 'x'
except Exception as e: print(type(e).__name__, e)
print(list(csv.reader(['1,"2",3.5,', 'a'], quoting=csv.QUOTE_NONNUMERIC)) if False else '')
try: print(list(csv.reader(['1,"2",3.5,'], quoting=csv.QUOTE_NONNUMERIC)))
except Exception as e: print(type(e).__name__, e)
try: print(list(csv.reader(['1,"a",x'], quoting=csv.QUOTE_NONNUMERIC)))
except Exception as e: print(type(e).__name__, e)
print(list(csv.reader(['a, b,  "c"', ' "d" ,e'], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c\\', 'd', '"x\\"y"'], escapechar='\\')))
print(list(csv.reader(['a\r\n', '\r\n', '', 'b\n', '"multi\n', 'line"\n'])))
r = csv.reader(['a,b', 'c']); print(r.line_num, next(r), r.line_num, type(r).__name__, type(w).__name__)
