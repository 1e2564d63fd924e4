#!/usr/bin/env python3
"""ETL benchmark of `symptext extract`: NOTE CSV in, NOTE_NLP Parquet out, 1 and 2 worker threads.

    python3 bench/etl.py                    # 1,000,000 generated notes
    python3 bench/etl.py --notes 200000     # a smaller run

Generates an English GP corpus with `examples/gen_corpus.rs`, runs the release binary end to end
(`symptext extract notes.csv -o note_nlp.parquet --threads N`), and reports for each N the wall time,
MB/s of note text, notes/s, CPU time and peak RSS (the kernel's rusage of the child), then the ratio of
the 2-thread rate to the 1-thread rate, and to the rate of the 1-thread run pinned to one core
(`taskset -c 0`: reader, worker and writer share that core), which is the gain from a second core.

`--threads N` is the number of worker threads that extract and encode rows; the reader (CSV parsing)
and the writer (Parquet column encoding and compression) are two more threads in every run, so a
1-thread run already uses more than one core at times. To show what the machine itself allows, the
benchmark also runs two copies of the 1-thread job at once (two independent processes, separate
outputs) and reports their combined rate against one copy alone: the scaling ceiling of two cores
for this job. It checks its own answers: every note processed, none rejected, and the same NOTE_NLP
file for 1 and 2 threads.
"""
import argparse
import os
import platform
import subprocess
import sys
import time

from benchlib import GEN, ROOT, digest, finish, start, text_bytes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", type=int, default=1_000_000)
    ap.add_argument("--dir", default="/tmp/symptext-bench")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--no-build", action="store_true", help="use the release binaries as they are")
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    if not a.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "symptext", "--example", "gen_corpus"], cwd=ROOT, check=True)
    notes = os.path.join(a.dir, f"notes-{a.notes}.csv")
    if not os.path.exists(notes):
        subprocess.run([GEN, str(a.notes), notes], check=True)
    n, tb = text_bytes(notes)
    print(f"load average before the runs: {os.getloadavg()[0]:.2f} (other work on the machine slows every figure)")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; corpus: {n} notes, {tb/1e6:.1f} MB of note text "
          f"(mean {tb/n:.0f} bytes), file {os.path.getsize(notes)/1e6:.1f} MB")
    rates = {}
    digests = {}
    for threads in (1, 2):
        out = os.path.join(a.dir, f"note_nlp-{threads}.parquet")
        best = None
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            r = finish(start(notes, out, threads), t0)
            best = min(best, r) if best else r
        wall, rss, err, cpu = best
        if f"{n} processed, 0 rejected" not in err:
            sys.exit(f"unexpected summary: {err}")
        digests[threads] = digest(out)
        rates[threads] = tb / 1e6 / wall
        print(f"threads={threads}: {wall:.2f} s wall, {rates[threads]:.1f} MB/s of note text, {n/wall:,.0f} notes/s, "
              f"{cpu:.2f} s CPU ({cpu/wall:.2f} cores busy on average), peak RSS {rss:.1f} MB, output {os.path.getsize(out)/1e6:.1f} MB")
    print(f"2 threads / 1 thread: {rates[2]/rates[1]:.2f}x")
    # Cores, not threads: the whole 1-thread process pinned to one core (reader and writer included)
    # against the 2-thread run on both. This is how much faster the job gets with a second core.
    out = os.path.join(a.dir, "note_nlp-1core.parquet")
    best = None
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        r = finish(start(notes, out, 1, cpus="0"), t0)
        best = min(best, r) if best else r
    wall, rss, err, cpu = best
    if f"{n} processed, 0 rejected" not in err or digest(out) != digests[1]:
        sys.exit(f"the 1-core run differs: {err}")
    one_core = tb / 1e6 / wall
    print(f"1 core (taskset -c 0, --threads 1): {wall:.2f} s wall, {one_core:.1f} MB/s, {n/wall:,.0f} notes/s, "
          f"peak RSS {rss:.1f} MB; 2 cores (--threads 2) / 1 core: {rates[2]/one_core:.2f}x")
    os.remove(out)
    print("output identical for 1 and 2 threads" if digests[1] == digests[2] else "OUTPUT DIFFERS between 1 and 2 threads")
    if digests[1] != digests[2]:
        sys.exit(1)
    # The machine's ceiling: two independent 1-thread jobs at once.
    t0 = time.perf_counter()
    ps = [start(notes, os.path.join(a.dir, f"note_nlp-pair{i}.parquet"), 1) for i in range(2)]
    walls = [finish(p, t0) for p in ps]
    wall = max(w[0] for w in walls)
    print(f"load average after the runs: {os.getloadavg()[0]:.2f}")
    pair = 2 * tb / 1e6 / wall
    print(f"two 1-thread processes at once: {wall:.2f} s wall, {pair:.1f} MB/s combined, "
          f"{pair/rates[1]:.2f}x one 1-thread process (the 2-core ceiling for this job)")
    for i in range(2):
        os.remove(os.path.join(a.dir, f"note_nlp-pair{i}.parquet"))


if __name__ == "__main__":
    main()
