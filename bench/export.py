#!/usr/bin/env python3
"""Wall time and peak memory of `symptext export` on 1,000,000 NOTE_NLP rows over 100,000 persons.

    python3 bench/export.py                     # generate (once) and time 3 runs, CSV tables, with --chart
    python3 bench/export.py --rows 200000 --persons 20000 --repeat 1

Generates the inputs with `examples/gen_export.rs` (NOTE_NLP in the layout `symptext extract` writes, 300,000
notes, a two-group cohort, 200,000 conditions, 50,000 observations) into target/bench-export/, runs the
release binary with the default window (84..), and reports the best and median wall time and peak RSS.
It checks its own answers: exit status 0, no rejects, one wide row per person, 100 symptoms x 2 groups
in the summary, and the counted rows in the summary line add up.
"""
import argparse
import csv
import os
import platform
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "symptext")
GEN = os.path.join(ROOT, "target", "release", "examples", "gen_export")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--persons", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--format", default="csv", choices=["csv", "parquet"])
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    if not a.no_build:
        subprocess.run(["cargo", "build", "--release", "--locked", "--bin", "symptext", "--example", "gen_export"], cwd=ROOT, check=True)
    data = os.path.join(ROOT, "target", "bench-export", f"{a.rows}-{a.persons}")
    if not os.path.exists(os.path.join(data, "observation.csv")):
        subprocess.run([GEN, data, str(a.rows), str(a.persons)], check=True)
    out = os.path.join(data, "out", "study")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    args = [BIN, "export", "--note-nlp", os.path.join(data, "note_nlp.csv"), "--notes", os.path.join(data, "notes.csv"),
            "--cohort", os.path.join(data, "cohort.csv"),
            "--coded", os.path.join(data, "condition_occurrence.csv"), os.path.join(data, "observation.csv"),
            "--out", out, "--format", a.format, "--chart"]
    times, rss = [], []
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        err = p.stderr.read().decode()
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"export failed ({status}): {err}")
        times.append(wall)
        rss.append(ru.ru_maxrss / 1024)
        print(f"  run: {wall:.2f} s, user {ru.ru_utime:.2f} s, peak RSS {ru.ru_maxrss / 1024:.0f} MB; {err.strip()}")
    # Check the answers.
    with open(out + ".rejects.csv") as f:
        assert sum(1 for _ in f) == 1, "rows were rejected"
    if a.format == "csv":
        with open(out + ".wide.csv") as f:
            assert sum(1 for _ in f) == a.persons + 1, "the wide table must have one row per person"
        with open(out + ".summary.csv") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == 200, f"summary rows: {len(rows)}"
        with open(out + ".long.csv") as f:
            long_rows = sum(1 for _ in f) - 1
        assert sum(int(r["persons"]) for r in rows) == long_rows, "summary persons != long rows"
    size = os.path.getsize(os.path.join(data, "note_nlp.csv")) / 1e6
    print(f"symptext export: {a.rows:,} NOTE_NLP rows ({size:.0f} MB), {a.persons:,} persons, {a.format} + chart: "
          f"best {min(times):.2f} s, median {statistics.median(times):.2f} s, peak RSS {max(rss):.0f} MB "
          f"({platform.machine()}, {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
