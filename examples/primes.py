"""Sieve of Eratosthenes and a prime factoriser."""
import sys


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            for multiple in range(n * n, limit + 1, n):
                is_prime[multiple] = False
    return [n for n, flag in enumerate(is_prime) if flag]


def factorise(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100
primes = sieve(limit)
print(f"{len(primes)} primes below {limit}; the last five: {primes[-5:]}")
for n in (360, 1001, 600851475143, 2 ** 32 + 1):
    print(n, "=", " * ".join(str(f) for f in factorise(n)))
