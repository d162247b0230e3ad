# pickle: frames around large payloads and across 64 KiB, several pickles in one file (bytes equal to python3 via md5).
import pickle, hashlib, io
data = [{'id': i, 'name': 'n%d' % i, 'vals': [i, i * 1.5, None]} for i in range(5000)]
mixed = [b'y' * 70000, 'z' * 66000, list(range(3000)), b'q' * 10, bytearray(b'r' * 70000)]
for proto in range(6):
    for obj in (data, mixed):
        b = pickle.dumps(obj, proto)
        print(proto, len(b), hashlib.md5(b).hexdigest(), pickle.loads(b) == obj)
f = io.BytesIO(); pickle.dump(data, f, 4); pickle.dump(mixed, f, 5); f.seek(0); print(pickle.load(f) == data, pickle.load(f) == mixed, f.read())
