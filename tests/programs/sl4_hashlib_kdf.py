import hashlib

print(hashlib.scrypt(b'password', salt=b'salt', n=16, r=8, p=1, dklen=32).hex())
print(hashlib.scrypt(b'', salt=b'', n=16, r=1, p=1, dklen=64).hex())
print(hashlib.scrypt(b'pleaseletmein', salt=b'SodiumChloride', n=1024, r=8, p=2, dklen=16).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 2, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1).hex())


def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)


for kw in [dict(), dict(salt=b's'), dict(salt=b's', n=3, r=1, p=1),
           dict(salt=b's', n=2**20, r=8, p=1), dict(salt=b's', n=4, r=1, p=1, dklen=0),
           dict(salt=b's', n=4, r=1, p=1, maxmem=-1), dict(salt=b's', n='x', r=1, p=1),
           dict(salt=b's', n=4, r=0, p=1), dict(salt=b's', n=1, r=1, p=1),
           dict(salt='s', n=4, r=1, p=1), dict(salt=b's', n=4, r=1, p=1, dklen=2**40)]:
    show(hashlib.scrypt, b'pw', **kw)
show(hashlib.scrypt, 'pw', salt=b's', n=4, r=1, p=1)
for args in [(2**62,), (2**64,), (0,), (-1,)]:
    show(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 1, *args)
for it in [0, 2**31, 2**64, -1]:
    show(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', it)
