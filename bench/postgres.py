#!/usr/bin/env python3
"""PostgreSQL read and write rates of `symptext extract`, end to end.

    python3 bench/postgres.py                    # 200,000 notes, --threads 2
    python3 bench/postgres.py --notes 50000 --threads 1

Uses the server named by SYMPTEXT_TEST_PG (password in PGPASSWORD); when unset, starts a throwaway cluster
with .ci/pg-cluster.sh (fsync on, default settings) and stops it at the end. Generates an English NOTE corpus with
examples/gen_corpus.rs, loads it into a NOTE table with psql's \\copy, then times the release binary:

  csv -> csv      the engine alone (NOTE CSV in, NOTE_NLP CSV out), for reference
  csv -> pg       NOTE_NLP written into a new table (COPY, one transaction per batch)
  csv -> pg again the same notes rewritten: each batch deletes the notes' earlier rows, then copies
  pg -> null      NOTE read from the table (COPY out), NOTE_NLP to /dev/null
  pg -> pg        table to table

and checks that the table holds exactly the rows of the CSV output. Rates are NOTE_NLP rows (or notes)
per second of wall time, engine included: the writer works while the workers extract the next batch.
"""
import argparse
import csv
import os
import platform
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "symptext")
GEN = os.path.join(ROOT, "target", "release", "examples", "gen_corpus")


def sh(args, **kw):
    return subprocess.run(args, check=True, **kw)


def start_cluster():
    env = dict(os.environ, PG_CLUSTER_DURABLE="1")
    out = subprocess.run([os.path.join(ROOT, ".ci", "pg-cluster.sh"), "start"], check=True, stdout=subprocess.PIPE, text=True, env=env).stdout
    env = {}
    for line in out.splitlines():
        for part in line.removeprefix("export ").split(" "):
            k, _, v = part.partition("=")
            env[k] = v.strip("'")
    os.environ.update(env)
    return env["SYMPTEXT_PG_DIR"]


def psql_bin():
    found = shutil.which("psql")
    if found:
        return found
    d = os.environ.get("SYMPTEXT_PG_BIN")
    if d:
        return os.path.join(d, "psql")
    sys.exit("psql not found")


def psql(url, sql):
    return subprocess.run([psql_bin(), "-qtA", "-v", "ON_ERROR_STOP=1", url, "-c", sql], check=True, stdout=subprocess.PIPE, text=True).stdout.strip()


def run(args):
    t0 = time.perf_counter()
    p = subprocess.run([BIN, "extract", *args, "--nlp-date", "2024-01-01"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"symptext {' '.join(args)} failed: {p.stderr}")
    return wall, p.stderr.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", type=int, default=200_000)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    if not (os.path.exists(BIN) and os.path.exists(GEN)):
        sh(["cargo", "build", "--release", "--bin", "symptext", "--example", "gen_corpus"], cwd=ROOT)
    cluster = None
    if not os.environ.get("SYMPTEXT_TEST_PG"):
        cluster = start_cluster()
    url = os.environ["SYMPTEXT_TEST_PG"]
    try:
        work = os.path.join(ROOT, "target", "bench-pg")
        os.makedirs(work, exist_ok=True)
        notes = os.path.join(work, f"notes_{a.notes}.csv")
        if not os.path.exists(notes):
            sh([GEN, str(a.notes), notes, "1"])
        psql(url, "DROP TABLE IF EXISTS bench_note; DROP TABLE IF EXISTS bench_nlp; DROP TABLE IF EXISTS bench_nlp2; "
                  "CREATE TABLE bench_note (note_id bigint PRIMARY KEY, person_id bigint, note_date date, language text, note_text text)")
        psql(url, f"\\copy bench_note FROM '{notes}' WITH (FORMAT csv, HEADER true)")
        psql(url, "VACUUM ANALYZE bench_note")
        n_notes = int(psql(url, "SELECT count(*) FROM bench_note"))
        out_csv = os.path.join(work, "note_nlp.csv")
        t = str(a.threads)
        results = []
        wall, _ = run([notes, "-o", out_csv, "--threads", t])
        with open(out_csv, newline="", encoding="utf-8") as f:
            rows = sum(1 for _ in csv.reader(f)) - 1
        results.append(("NOTE CSV -> NOTE_NLP CSV (engine alone)", wall, rows / wall, n_notes / wall))
        wall, _ = run([notes, "-o", url, "--output-table", "bench_nlp", "--create-table", "--threads", t])
        results.append(("NOTE CSV -> new NOTE_NLP table", wall, rows / wall, n_notes / wall))
        got = int(psql(url, "SELECT count(*) FROM bench_nlp"))
        if got != rows:
            sys.exit(f"the table holds {got} rows, the CSV {rows}")
        wall, _ = run([notes, "-o", url, "--output-table", "bench_nlp", "--threads", t])
        results.append(("NOTE CSV -> same table again (delete + copy per batch)", wall, rows / wall, n_notes / wall))
        got = int(psql(url, "SELECT count(*) FROM bench_nlp"))
        if got != rows:
            sys.exit(f"after the rerun the table holds {got} rows, the CSV {rows}")
        wall, err = run([url, "--table", "bench_note", "-o", "/dev/null", "--threads", t])
        if f"read {n_notes} notes: {n_notes} processed" not in err:
            sys.exit(f"pg -> null: {err}")
        results.append(("NOTE table -> NOTE_NLP CSV to /dev/null", wall, rows / wall, n_notes / wall))
        wall, _ = run([url, "--table", "bench_note", "-o", url, "--output-table", "bench_nlp2", "--create-table", "--threads", t])
        results.append(("NOTE table -> new NOTE_NLP table", wall, rows / wall, n_notes / wall))
        diff = psql(url, "SELECT count(*) FROM (SELECT * FROM bench_nlp EXCEPT SELECT * FROM bench_nlp2) d")
        if diff != "0" or int(psql(url, "SELECT count(*) FROM bench_nlp2")) != rows:
            sys.exit("the table-to-table output differs from the CSV-to-table output")
        version = psql(url, "SHOW server_version")
        print(f"{n_notes} notes, {rows} NOTE_NLP rows, --threads {a.threads}, PostgreSQL {version} on the same machine, "
              f"{platform.machine()}, {os.cpu_count()} cores\n")
        print("| run | wall | NOTE_NLP rows/s | notes/s |")
        print("|---|---|---|---|")
        for name, wall, r, n in results:
            print(f"| {name} | {wall:.2f} s | {r:,.0f} | {n:,.0f} |")
        psql(url, "DROP TABLE bench_nlp; DROP TABLE bench_nlp2; DROP TABLE bench_note")
    finally:
        if cluster:
            subprocess.run([os.path.join(ROOT, ".ci", "pg-cluster.sh"), "stop", cluster], check=False)


if __name__ == "__main__":
    main()
