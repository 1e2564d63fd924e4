#!/usr/bin/env python3
"""Run symptext as one stage of Apache Spark: NOTE Parquet in, NOTE_NLP Parquet out.

    spark-submit examples/spark/extract_notes.py --input note.parquet --output note_nlp/ \\
        [--symptext /path/to/symptext] [--nlp-date 2024-01-01] [--partitions N] [--master local[2]]

Each partition of NOTE rows is turned into JSON lines (CDM field names) and piped with `RDD.pipe`
through `symptext extract --format jsonl - -o -`, which reads JSON lines on standard input and
writes NOTE_NLP rows as JSON lines on standard output; Spark parses them with the NOTE_NLP schema
below and writes Parquet. The symptext binary must be on every executor (same path, or on PATH).

symptext exits 3 when it rejected rows (they are listed in symptext.rejects.csv in the executor's
working directory); the wrapper treats 3 as success and any other failure as a failed task.
Pin --nlp-date so that a retried task writes the same rows as the first attempt.
"""
import argparse
import shlex
import shutil

from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import DateType, LongType, StringType, StructField, StructType, TimestampNTZType

# NOTE_NLP (OMOP CDM v5.4), in CDM order, as symptext writes it.
NOTE_NLP = StructType(
    [
        StructField("note_nlp_id", LongType(), False),
        StructField("note_id", LongType(), False),
        StructField("section_concept_id", LongType(), False),
        StructField("snippet", StringType(), False),
        StructField("offset", StringType(), False),
        StructField("lexical_variant", StringType(), False),
        StructField("note_nlp_concept_id", LongType(), False),
        StructField("note_nlp_source_concept_id", LongType(), False),
        StructField("nlp_system", StringType(), False),
        StructField("nlp_date", DateType(), False),
        StructField("nlp_datetime", TimestampNTZType(), False),
        StructField("term_exists", StringType(), False),
        StructField("term_temporal", StringType(), False),
        StructField("term_modifiers", StringType(), False),
    ]
)

# The NOTE columns symptext reads; others are not sent.
NOTE_COLUMNS = ["note_id", "person_id", "note_date", "language", "language_concept_id", "note_text"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True, help="NOTE Parquet (file or folder)")
    ap.add_argument("--output", required=True, help="NOTE_NLP Parquet folder (replaced)")
    ap.add_argument("--symptext", default=shutil.which("symptext") or "symptext", help="symptext binary on the executors")
    ap.add_argument("--nlp-date", default=None, help="pin nlp_date/nlp_datetime (YYYY-MM-DD[ HH:MM:SS])")
    ap.add_argument("--threads", type=int, default=1, help="symptext threads per task (default 1: Spark runs tasks in parallel)")
    ap.add_argument("--partitions", type=int, default=None, help="repartition NOTE into this many tasks")
    ap.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's)")
    a = ap.parse_args()

    builder = SparkSession.builder.appName("symptext-extract")
    if a.master:
        builder = builder.master(a.master)
    spark = builder.getOrCreate()

    notes = spark.read.parquet(a.input)
    cols = [c for c in NOTE_COLUMNS if c in notes.columns]
    notes = notes.select(*cols)
    if "note_date" in cols:
        notes = notes.withColumn("note_date", F.date_format("note_date", "yyyy-MM-dd"))
    if a.partitions:
        notes = notes.repartition(a.partitions)

    cmd = [a.symptext, "extract", "--format", "jsonl", "-", "-o", "-", "--quiet", "--threads", str(a.threads)]
    if a.nlp_date:
        cmd += ["--nlp-date", a.nlp_date]
    # Exit status 3 (some rows rejected) is not a failure of the task.
    shell = shlex.join(cmd) + '; s=$?; [ "$s" -eq 3 ] && exit 0; exit "$s"'
    rows = notes.toJSON().pipe(shlex.join(["sh", "-c", shell]), checkCode=True)

    note_nlp = (
        spark.read.schema(NOTE_NLP)
        .option("mode", "FAILFAST")
        .option("dateFormat", "yyyy-MM-dd")
        .option("timestampNTZFormat", "yyyy-MM-dd HH:mm:ss")
        .json(rows)
    )
    note_nlp.write.mode("overwrite").parquet(a.output)
    spark.stop()


if __name__ == "__main__":
    main()
