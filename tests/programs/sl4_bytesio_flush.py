from io import BytesIO, StringIO

f = BytesIO(b"abc")
print(f.flush(), 'flush' in BytesIO.__dict__, 'flush' in StringIO.__dict__)
f.close()
try:
    f.flush()
except ValueError as e:
    print(e)
