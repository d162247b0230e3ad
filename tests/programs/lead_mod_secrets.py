import secrets
print(sorted(n for n in dir(secrets) if not n.startswith('_')))
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(8)), len(secrets.token_urlsafe(16)))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(100)), secrets.randbits(4) < 16, secrets.choice([5]))
print(set(secrets.token_hex(20)) <= set('0123456789abcdef'), secrets.DEFAULT_ENTROPY)
for bad in (0, -1):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print('ValueError', e)
print(secrets.compare_digest('a', 'a'), secrets.__all__)
