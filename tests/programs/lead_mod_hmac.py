import hmac, hashlib
print(sorted(n for n in dir(hmac) if not n.startswith('_')))
for alg in ('md5', 'sha1', 'sha256', 'sha512'):
    h = hmac.new(b'key', b'The quick brown fox', alg)
    print(alg, h.name, h.digest_size, h.block_size, h.hexdigest())
    h2 = h.copy(); h2.update(b'!'); print(h.hexdigest() != h2.hexdigest(), h2.hexdigest())
print(hmac.new(b'k' * 200, digestmod=hashlib.sha256).hexdigest())
print(hmac.digest(b'key', b'msg', 'sha1').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('a', 'ab'))
print(hmac.compare_digest(bytearray(b'x'), memoryview(b'x')))
for a, b in (('a', b'a'), ('é', 'é'), (1, 2)):
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print('TypeError', e)
try:
    hmac.new(b'k')
except TypeError as e:
    print('TypeError', e)
try:
    hmac.new('k', digestmod='sha1')
except TypeError as e:
    print('TypeError', e)
print(len(hmac.trans_5C), hmac.trans_36[:4], hmac.digest_size)
