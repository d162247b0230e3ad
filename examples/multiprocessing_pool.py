"""Count primes below a bound with a pool of forked worker processes.

Each worker sieves one slice of the range; the parent adds the counts and checks
them against a single-process count. Run with minipy or python3: same output.
"""
import multiprocessing as mp


def count_primes(bounds):
    lo, hi = bounds
    n = 0
    for k in range(max(lo, 2), hi):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            n += 1
    return n


def main():
    limit, slices = 20000, 8
    step = limit // slices
    chunks = [(i * step, (i + 1) * step) for i in range(slices)]
    with mp.Pool(4) as pool:
        counts = pool.map(count_primes, chunks)
        squares = pool.starmap(pow, [(i, 2) for i in range(10)])
    print("primes per slice:", counts)
    print("total:", sum(counts), "serial:", count_primes((0, limit)))
    print("squares:", squares)


if __name__ == "__main__":
    main()
