# pickle: Pickler/Unpickler subclasses, persistent ids, dispatch_table, copyreg, errors, protocol 5 buffers.
import pickle, io, copyreg, collections
print(sorted(n for n in dir(pickle) if not n.startswith('_')))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version, pickle.compatible_formats)
print(pickle.encode_long(255), pickle.encode_long(-256), pickle.encode_long(0), pickle.decode_long(b'\xff\x00'), pickle.decode_long(b'\x00\xff'))
class Rec:
    def __init__(self, key): self.key = key
class DB(pickle.Pickler):
    def persistent_id(self, obj):
        return ('Rec', obj.key) if isinstance(obj, Rec) else None
class DBLoad(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:%s:%s' % pid
for proto in (0, 2, 4):
    f = io.BytesIO(); DB(f, proto).dump([Rec('a'), 1, Rec('b')]) if proto else None
    if proto:
        print(proto, f.getvalue())
        print(DBLoad(io.BytesIO(f.getvalue())).load())
class P0(pickle.Pickler):
    def persistent_id(self, obj):
        return 'id%d' % obj if isinstance(obj, int) and obj > 100 else None
f = io.BytesIO(); P0(f, 0).dump([1, 500]); print(f.getvalue())
try: pickle.loads(f.getvalue())
except pickle.UnpicklingError as e: print('UnpicklingError', e)
class Money:
    def __init__(self, c): self.c = c
def reduce_money(m): return (Money, (m.c * 10,))
f = io.BytesIO(); p = pickle.Pickler(f, 2); p.dispatch_table = copyreg.dispatch_table.copy(); p.dispatch_table[Money] = reduce_money
p.dump(Money(3)); print(f.getvalue(), pickle.loads(f.getvalue()).c)
class Ov(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 42: return (int, ('43',))
        return NotImplemented
f = io.BytesIO(); Ov(f, 3).dump([42, 1]); print(f.getvalue(), pickle.loads(f.getvalue()))
class KW:
    def __new__(cls, *, a): o = object.__new__(cls); o.a = a; return o
    def __getnewargs_ex__(self): return ((), {'a': self.a})
for proto in (2, 4):
    d = pickle.dumps(KW(a=7), proto); print(proto, pickle.loads(d).a)
print(pickle.dumps(KW(a=7), 4))
class GNA(tuple):
    def __new__(cls, a, b): return tuple.__new__(cls, (a, b))
    def __getnewargs__(self): return tuple(self)
print(pickle.dumps(GNA(1, 2), 2), pickle.loads(pickle.dumps(GNA(1, 2), 2)))
print(pickle.dumps(3 + 4j, 2), pickle.dumps(3 + 4j, 4), copyreg.pickle_complex(1 + 2j))
for bad in [lambda: 1, (i for i in range(2))]:
    for proto in (0, 2, 4):
        try: pickle.dumps(bad, proto)
        except Exception as e: print(proto, type(e).__name__, str(e).split(' at 0x')[0])
def outer():
    def inner(): pass
    return inner
try: pickle.dumps(outer())
except Exception as e: print(type(e).__name__, e)
for data in [b'', b'\x80\x09.', b'\x80\x04\xff', b'zzz', b'\x80\x04K', b'(.', b'0.', b'h\x05.']:
    try: print(pickle.loads(data))
    except Exception as e: print(type(e).__name__, e)
try: pickle.loads('text')
except TypeError as e: print('TypeError', e)
try: pickle.dumps(1, 6)
except ValueError as e: print('ValueError', e)
try: pickle.Pickler(io.BytesIO(), 4, buffer_callback=print)
except ValueError as e: print('ValueError', e)
try: pickle.Pickler(1)
except TypeError as e: print('TypeError', e)
print(pickle.dumps(1, -1), pickle.loads(b'I12\n.'), pickle.loads(b'L12L\n.'), pickle.loads(b'S\'a\\nb\'\n.'), pickle.loads(b'U\x02ab.', encoding='bytes'))
print(pickle.loads(b'c__builtin__\nxrange\n(I1\nI3\ntR.'), pickle.loads(b'\x80\x02c__builtin__\nunicode\nq\x00.'), pickle.loads(b'cexceptions\nValueError\n(S\'x\'\ntR.'))
f = io.BytesIO(); pickle.dump({'a': [1, 2]}, f); pickle.dump('second', f, 0); f.seek(0); print(pickle.load(f), pickle.load(f))
bufs = []
data = pickle.dumps([pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(bytearray(b'xy'))], 5, buffer_callback=bufs.append); print(data, len(bufs))
print(pickle.loads(data, buffers=[b'abc', bytearray(b'xy')]))
print(pickle.dumps([pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(bytearray(b'xy'))], 5))
copyreg.add_extension('collections', 'OrderedDict', 240)
print(pickle.dumps(collections.OrderedDict, 2), pickle.loads(pickle.dumps(collections.OrderedDict, 2)))
copyreg.remove_extension('collections', 'OrderedDict', 240)
print(sorted(n for n in dir(copyreg) if not n.startswith('_')))
f = io.BytesIO(); p = pickle.Pickler(f, 2); x = [1]; p.dump(x); p.dump(x); p.clear_memo(); p.dump(x); print(f.getvalue())
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PickleError.__module__, pickle.Pickler.__name__)
