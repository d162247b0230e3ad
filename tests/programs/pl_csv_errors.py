# csv: dialect validation errors, reader/writer errors, field limits, registry.
import csv, io
tests = [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None), dict(quotechar='ab'), dict(quotechar=None),
 dict(quotechar=None, quoting=csv.QUOTE_NONE), dict(escapechar='ab'), dict(escapechar=1), dict(lineterminator=1), dict(quoting=9), dict(quoting='a'),
 dict(delimiter='\n'), dict(bogus=1), dict(quotechar=''), dict(lineterminator='')]
for t in tests:
    try: r = csv.reader([], **t); d = r.dialect; print(t, 'ok', d.delimiter, d.quotechar, d.quoting, d.escapechar, d.lineterminator)
    except Exception as e: print(t, type(e).__name__, e)
try: csv.reader([], 'nodialect')
except Exception as e: print(type(e).__name__, e)
try: csv.reader(1)
except Exception as e: print(type(e).__name__, e)
try: csv.writer(1)
except Exception as e: print(type(e).__name__, e)
for bad in ['a,"b\n', 'a,"b"c,d\n', '"a\0b"\n']:
    for strict in (False, True):
        try: print(list(csv.reader(io.StringIO(bad), strict=strict)))
        except Exception as e: print(type(e).__name__, e)
try: list(csv.reader(['a\nb']))
except Exception as e: print(type(e).__name__, e)
try: list(csv.reader([1]))
except Exception as e: print(type(e).__name__, e)
w = csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE)
try: w.writerow(['a,b'])
except Exception as e: print(type(e).__name__, e)
try: w.writerow(1)
except Exception as e: print(type(e).__name__, e)
try: csv.field_size_limit(1); list(csv.reader(['abc']))
except Exception as e: print(type(e).__name__, e)
print(csv.field_size_limit(131072))
print(repr(csv.Dialect), csv.excel.__dict__.keys())
try: csv.Dialect()
except Exception as e: print(type(e).__name__, e)
print(type(csv.get_dialect("excel")))
try: csv.get_dialect('x')
except Exception as e: print(type(e).__name__, e)
try: csv.unregister_dialect('x')
except Exception as e: print(type(e).__name__, e)
print(csv.list_dialects())
