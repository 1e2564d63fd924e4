"""The OMOP concept ids of the sample's annotations, read from lexicons/concepts.tsv by its `key`
column, so that no generator script holds a copy of them."""
import csv
import os

_TSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicons", "concepts.tsv")


def concept_ids(aliases=None):
    """concept key -> concept_id, plus each `aliases` short name -> the id of the key it stands for."""
    with open(_TSV, encoding="utf-8") as f:
        ids = {r["key"]: int(r["concept_id"]) for r in csv.DictReader(f, delimiter="\t")}
    for short, key in (aliases or {}).items():
        ids[short] = ids[key]
    return ids
