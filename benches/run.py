#!/usr/bin/env python3
"""Time minipy against CPython on the benchmark programs, side by side in one run.

    python3 benches/run.py [--minipy target/release/minipy] [--python /usr/bin/python3.11]
                           [--dir ../shared/bench] [--runs 3] [-k NAME]

Runs alternate between the two interpreters; each figure is the median of --runs.
Prints, per program: both times, the ratio minipy/CPython (below 1 is faster), both peak
RSS figures, whether the outputs agree; then the geometric mean of the ratios and the
start-up time of an empty script.
"""
import argparse, math, os, statistics, subprocess, sys, tempfile, time


def run_once(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    # wait4 already reaped by communicate(); use the resource figures of this child instead
    elapsed = time.perf_counter() - start
    return elapsed, out, err, proc.returncode


def peak_rss_kib(cmd):
    # GNU time reports the child's own peak; measuring with wait4 on a fork of this
    # process would count the forked Python's memory from before the exec.
    proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    last = proc.stderr.decode(errors="replace").strip().splitlines()[-1:]
    try:
        return int(last[0])
    except (IndexError, ValueError):
        return float("nan")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--minipy", default=os.path.join(here, "..", "target", "release", "minipy"))
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--dir", default=os.path.join(here, "..", "..", "shared", "bench"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("-k", default="")
    args = ap.parse_args()
    minipy = os.path.abspath(args.minipy)
    programs = sorted(f for f in os.listdir(args.dir) if f.startswith("bm_") and f.endswith(".py") and args.k in f)
    ratios = []
    print(f"{'program':20} {'cpython s':>10} {'minipy s':>10} {'ratio':>7} {'cpy MiB':>8} {'mpy MiB':>8}  output")
    for name in programs:
        path = os.path.join(args.dir, name)
        times = {"py": [], "mp": []}
        outs = {}
        status = {}
        for _ in range(args.runs):
            for key, interp in (("py", args.python), ("mp", minipy)):
                t, out, err, rc = run_once([interp, path])
                times[key].append(t)
                outs[key] = out
                status[key] = rc
        tp, tm = statistics.median(times["py"]), statistics.median(times["mp"])
        same = outs["py"] == outs["mp"] and status["mp"] == 0
        mem_py = peak_rss_kib([args.python, path]) / 1024
        mem_mp = peak_rss_kib([minipy, path]) / 1024
        ratio = tm / tp
        if same:
            ratios.append(ratio)
        print(f"{name:20} {tp:10.3f} {tm:10.3f} {ratio:7.2f} {mem_py:8.1f} {mem_mp:8.1f}  {'same' if same else 'DIFFERS'}")
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean of ratios ({len(ratios)} programs with matching output): {gm:.2f}")
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write("pass\n")
    for label, interp in (("cpython", args.python), ("minipy", minipy)):
        ts = sorted(run_once([interp, f.name])[0] for _ in range(10))
        print(f"start-up {label}: {ts[len(ts) // 2] * 1000:.1f} ms")
    os.unlink(f.name)


if __name__ == "__main__":
    main()
