"""Shared by the benchmark scripts: note-text size of a NOTE CSV, running the release `symptext extract`
with the kernel's rusage of the child, and a file digest."""
import csv
import hashlib
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "symptext")
GEN = os.path.join(ROOT, "target", "release", "examples", "gen_corpus")


def text_bytes(path):
    csv.field_size_limit(1 << 30)
    n = b = 0
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            n += 1
            b += len(row["note_text"].encode())
    return n, b


def start(notes, out, threads, cpus=None):
    args = [BIN, "extract", notes, "-o", out, "--threads", str(threads), "--nlp-date", "2024-01-01"]
    if cpus is not None:
        # The whole process (reader, workers, writer) on these CPUs only.
        args = ["taskset", "-c", cpus] + args
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def finish(p, t0):
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    err = p.stderr.read().decode()
    p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"symptext failed: {err}")
    return wall, ru.ru_maxrss / 1024.0, err.strip(), ru.ru_utime + ru.ru_stime


def digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def run(notes, out, threads, cpus=None):
    """`start` then `finish`: (wall seconds, peak RSS MB, stderr, CPU seconds)."""
    t0 = time.perf_counter()
    return finish(start(notes, out, threads, cpus), t0)
