"""Shared by the corpus-sample generator scripts (`build_gold.py`, `parts/make_<lang>.py`): the OMOP
concept ids of the annotations, read from lexicons/concepts.tsv by its `key` column (no script holds a
copy of them), and the writer of a language part (`parts/<lang>.csv` and `parts/<lang>_gold.jsonl`)."""
import csv
import json
import os

_HERE = os.path.dirname(os.path.abspath(__file__))
_TSV = os.path.join(_HERE, "..", "lexicons", "concepts.tsv")


def concept_ids(aliases=None):
    """concept key -> concept_id, plus each `aliases` short name -> the id of the key it stands for."""
    with open(_TSV, encoding="utf-8") as f:
        ids = {r["key"]: int(r["concept_id"]) for r in csv.DictReader(f, delimiter="\t")}
    for short, key in (aliases or {}).items():
        ids[short] = ids[key]
    return ids


def write_part(lang, first_id, notes):
    """Write `parts/<lang>.csv` and `parts/<lang>_gold.jsonl`. `notes`: (person_id, date, title, text,
    [(concept_id, status), ...]) in output order; note ids count up from `first_id`. Gold lists each
    distinct (concept, status) once, in the order first given."""
    parts = os.path.join(_HERE, "parts")
    with open(os.path.join(parts, f"{lang}.csv"), "w", encoding="utf-8", newline="") as fc, \
            open(os.path.join(parts, f"{lang}_gold.jsonl"), "w", encoding="utf-8", newline="\n") as fg:
        w = csv.writer(fc, lineterminator="\n")
        w.writerow(["note_id", "person_id", "note_date", "note_title", "language", "note_text"])
        for i, (pid, date, title, text, mentions) in enumerate(notes):
            nid = first_id + i
            assert 150 <= len(text) <= 900, (lang, nid, len(text))
            w.writerow([nid, pid, date, title, lang, text])
            gold = []
            for concept_id, status in mentions:
                m = {"concept_id": concept_id, "status": status}
                if m not in gold:
                    gold.append(m)
            fg.write(json.dumps({"id": f"note-{nid}", "lang": lang, "text": text, "mentions": gold},
                                ensure_ascii=False) + "\n")
    return len(notes)
