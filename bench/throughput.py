#!/usr/bin/env python3
"""Throughput and peak memory of `symptext extract` (NOTE CSV in, NOTE_NLP CSV out), end to end.

    python3 bench/throughput.py                 # 200,000 notes, 1 and 2 threads
    python3 bench/throughput.py --gb 1          # also a 1 GB input for peak memory
    python3 bench/throughput.py --mixed         # seven languages, with and without the language column

Generates a synthetic English corpus with `examples/gen_corpus.rs`, runs the release binary, and reports
MB/s of note text (per core for the 1-thread run) and peak RSS from the kernel's rusage of the child.
With --mixed, the corpus is drawn from corpus-sample/notes.csv instead: equal shares of the seven
languages (its notes, re-numbered), once with the language column and once without (detection).
It checks its own answers: every note processed, none rejected, and the same NOTE_NLP rows whatever
the thread count.
"""
import argparse
import csv
import os
import platform
import subprocess
import sys

from benchlib import GEN, ROOT, digest, run, text_bytes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", type=int, default=200000)
    ap.add_argument("--gb", type=float, default=0.0, help="also measure peak memory on an input of this many GB")
    ap.add_argument("--dir", default="/tmp/symptext-bench")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mixed", action="store_true", help="a seven-language corpus from corpus-sample/")
    a = ap.parse_args()
    if a.mixed:
        return mixed(a)
    os.makedirs(a.dir, exist_ok=True)
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "symptext", "--example", "gen_corpus"], cwd=ROOT, check=True)
    notes = os.path.join(a.dir, f"notes-{a.notes}.csv")
    subprocess.run([GEN, str(a.notes), notes], check=True)
    n, tb = text_bytes(notes)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; corpus: {n} notes, {tb/1e6:.1f} MB of note text "
          f"(mean {tb/n:.0f} bytes), file {os.path.getsize(notes)/1e6:.1f} MB")
    digests = {}
    for threads in (1, 2):
        out = os.path.join(a.dir, f"nlp-{threads}.csv")
        best = None
        for _ in range(a.repeat):
            r = run(notes, out, threads)
            best = min(best, r) if best else r
        wall, rss, err, cpu = best
        if f"{n} processed, 0 rejected" not in err:
            sys.exit(f"unexpected summary: {err}")
        digests[threads] = digest(out)
        rate = tb / 1e6 / wall
        per_core = rate / threads
        print(f"threads={threads}: {wall:.3f} s wall, {rate:.1f} MB/s of note text ({per_core:.1f} MB/s per worker thread), "
              f"{cpu:.2f} s CPU ({tb/1e6/cpu:.1f} MB per CPU-second, reader and writer threads included), peak RSS {rss:.1f} MB")
    if digests[1] != digests[2]:
        sys.exit("output differs between 1 and 2 threads")
    print("output identical for 1 and 2 threads")
    if a.gb > 0:
        big = os.path.join(a.dir, "notes-big.csv")
        count = int(a.gb * 1e9 / (os.path.getsize(notes) / n))
        subprocess.run([GEN, str(count), big], check=True)
        size = os.path.getsize(big)
        wall, rss, err, cpu = run(big, os.path.join(a.dir, "nlp-big.csv"), 2)
        if f"{count} processed, 0 rejected" not in err:
            sys.exit(f"unexpected summary: {err}")
        print(f"big input: {count} notes, {size/1e9:.2f} GB file, 2 threads: {wall:.1f} s, {size/1e6/wall:.1f} MB/s of file, peak RSS {rss:.1f} MB")
        os.remove(big)


def mixed(a):
    """Seven languages in equal shares, drawn round-robin from corpus-sample/notes.csv."""
    import random
    os.makedirs(a.dir, exist_ok=True)
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "symptext"], cwd=ROOT, check=True)
    with open(os.path.join(ROOT, "corpus-sample", "notes.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_lang = {}
    for r in rows:
        by_lang.setdefault(r["language"], []).append(r)
    langs = sorted(by_lang)
    rnd = random.Random(7)
    picked = [rnd.choice(by_lang[langs[i % len(langs)]]) for i in range(a.notes)]
    paths = {}
    for labelled in (True, False):
        path = os.path.join(a.dir, f"mixed-{a.notes}-{'lang' if labelled else 'nolang'}.csv")
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["note_id", "person_id", "note_date", "language", "note_text"])
            for i, r in enumerate(picked, 1):
                w.writerow([i, r["person_id"], r["note_date"], r["language"] if labelled else "", r["note_text"]])
        paths[labelled] = path
    n, tb = text_bytes(paths[True])
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; mixed corpus: {n} notes in {len(langs)} languages "
          f"({', '.join(langs)}), {tb/1e6:.1f} MB of note text (mean {tb/n:.0f} bytes)")
    for labelled in (True, False):
        best = None
        for _ in range(a.repeat):
            r = run(paths[labelled], os.path.join(a.dir, "nlp-mixed.csv"), 1)
            best = min(best, r) if best else r
        wall, rss, err, cpu = best
        if f"{n} processed, 0 rejected" not in err:
            sys.exit(f"unexpected summary: {err}")
        what = "with the language column" if labelled else "without it (detection)"
        print(f"threads=1, {what}: {wall:.3f} s wall, {tb/1e6/wall:.1f} MB/s of note text per worker thread, "
              f"{cpu:.2f} s CPU ({tb/1e6/cpu:.1f} MB per CPU-second), peak RSS {rss:.1f} MB")


if __name__ == "__main__":
    main()
