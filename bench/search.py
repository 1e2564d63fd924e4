#!/usr/bin/env python3
"""Search index benchmark: build rate, size on disk and query latency.

Generates a synthetic English GP corpus (`examples/gen_corpus.rs`) and a coded CONDITION_OCCURRENCE file
(one row per 10 notes), runs the release `symptext index` on both cores, checks the index holds every
note, reports notes/s, the index size, then runs `examples/bench_search.rs` (a fixed list of 62 queries,
20 timed rounds each) for p50/p99 latency.

    python3 bench/search.py --notes 1000000
"""
import argparse
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REL = os.path.join(ROOT, "target", "release")
BIN = os.path.join(REL, "symptext")
GEN = os.path.join(REL, "examples", "gen_corpus")
BENCH = os.path.join(REL, "examples", "bench_search")
CONCEPTS = [254761, 312437, 437663, 378253, 4223659, 77670, 4185711, 315078]


def du(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", type=int, default=1_000_000)
    ap.add_argument("--dir", default="/tmp/symptext-bench")
    ap.add_argument("--rounds", type=int, default=20)
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "symptext", "--example", "gen_corpus",
                    "--example", "bench_search"], cwd=ROOT, check=True)
    notes = os.path.join(a.dir, f"notes-{a.notes}.csv")
    if not os.path.exists(notes):
        subprocess.run([GEN, str(a.notes), notes], check=True)
    coded = os.path.join(a.dir, f"coded-{a.notes}.csv")
    rng = random.Random(7)
    with open(coded, "w") as f:
        f.write("condition_occurrence_id,person_id,condition_concept_id,condition_start_date\n")
        for i in range(a.notes // 10):
            f.write(f"{i},{1 + rng.randrange(a.notes // 5 + 1)},{rng.choice(CONCEPTS)},"
                    f"{rng.randrange(2020, 2024)}-{rng.randrange(1, 13):02}-{rng.randrange(1, 29):02}\n")
    index = os.path.join(a.dir, f"index-{a.notes}")
    subprocess.run(["rm", "-rf", index], check=True)
    t0 = time.perf_counter()
    p = subprocess.run([BIN, "index", notes, "--coded", coded, "--index", index, "--threads", "2"],
                       capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"index failed: {p.stderr}")
    if f"indexed {a.notes} notes ({a.notes} read, 0 rejected" not in p.stderr:
        sys.exit(f"unexpected summary: {p.stderr}")
    n = subprocess.run([BIN, "search", "--index", index, "--count", "--from", "1900-01-01"],
                       capture_output=True, text=True, check=True).stdout.strip()
    if int(n) != a.notes:
        sys.exit(f"the index holds {n} notes, expected {a.notes}")
    size = du(index)
    print(f"machine: {os.cpu_count()} cores; {a.notes} notes, file {os.path.getsize(notes)/1e6:.0f} MB; "
          f"{a.notes // 10} coded rows")
    print(f"build: {wall:.1f} s, {a.notes / wall:,.0f} notes/s (2 threads); index {size/1e6:.0f} MB "
          f"({size / a.notes:.0f} bytes/note)")
    subprocess.run([BENCH, index, str(a.rounds)], check=True)


if __name__ == "__main__":
    main()
