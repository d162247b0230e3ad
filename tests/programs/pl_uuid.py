# uuid: construction forms, fields and properties, comparisons, errors, uuid1/3/4/5, pickling.
import uuid, pickle, copy
print(sorted(n for n in dir(uuid) if not n.startswith('_')))
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version,
      u.clock_seq_hi_variant, u.clock_seq_low, u.time, u.clock_seq, u.node, u.variant, u.version, u.is_safe)
for kw in [dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields), dict(int=u.int), dict(hex='urn:uuid:12345678123456781234567812345678')]:
    print(uuid.UUID(**kw) == u)
print(uuid.UUID(int=5, version=4), uuid.UUID(int=0).variant, uuid.UUID(int=(0xe000 << 48)).variant, uuid.UUID(int=(0xc000 << 48)).variant, uuid.UUID(int=0).version)
bad = [dict(), dict(hex='123'), dict(bytes=b'x'), dict(bytes_le=b'y'), dict(fields=(1, 2)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)),
       dict(fields=(0, 1 << 16, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)),
       dict(int=-1), dict(int=1 << 128), dict(int=1, version=6), dict(int=1, hex='00000000000000000000000000000001')]
for kw in bad:
    try: uuid.UUID(**kw)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: u.int = 5
except TypeError as e: print(e)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, hash(a) == hash(1), int(b), sorted([b, a]))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'é'))
r = uuid.uuid4(); print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1(); print(t.version, t.variant, t.node == uuid.getnode(), 0 <= uuid.getnode() < 1 << 48)
t2 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234); print(t2.node == 0x123456789abc, t2.clock_seq == 0x1234, t2.time > t.time)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe)
for proto in range(6):
    print(pickle.loads(pickle.dumps(u, proto)) == u, len(pickle.dumps(u, proto)))
print(pickle.dumps(uuid.UUID(int=7), 4))
print(u.__getstate__(), uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).__getstate__())
print(copy.copy(u) == u, copy.deepcopy(u) == u, {u: 1}[uuid.UUID(str(u))])
