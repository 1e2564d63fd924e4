#!/usr/bin/env python3
"""Write corpus-sample/gold.jsonl from hand annotations of 60 notes in notes.csv.

The annotations below were made by reading each chosen note as it appears in
notes.csv and listing every symptom of the project's concept list
(../shared/concepts/symptoms.tsv; keys and OMOP concept_ids read from lexicons/concepts.tsv) that
the note mentions, one entry per distinct (concept, status). Status follows
tests/tables/README.md: family > negated > hypothetical > uncertain >
historical > affirmed.

Conventions used (judgement calls, applied consistently):
- the most specific concept: "SOBOE"/"SOB walking upstairs" -> dyspnea_on_exertion,
  "TATT" -> tired_all_the_time, "LBP"/"lower back ache" -> low_back_pain,
  "N&V"/"D&V" -> two concepts each; "brain fog" -> impaired_cognition;
  "PEM"/"crashes after exertion" -> postexertional_fatigue; "parosmia"
  (distorted smell) -> smell_taste_disorder; "heart racing" -> palpitations.
- a bare vital sign ("T 37.6", "HR 104") is not a mention; "febrile 38.1",
  "fever 38.4 at home", "temp up to 39" are.
- a symptom reported by a relative about the patient (e.g. "Dad says temp up to
  39", "Wife reports he is low in mood") is the patient's; one that a relative has
  is `family`.
- within the current illness, symptoms that have just passed stay `affirmed`
  ("vomited x3 yesterday"); `historical` is for past episodes and PMH
  ("Last seizure Aug 2019", "Had delirium on ITU").
- a symptom said to be "resolved", "settled", "cleared", "gone" or "subsided"
  is `negated` (not present now), as in NegEx/medSpaCy and the NegEx test kit
  ("sore throat resolved", "headaches settled with amitriptyline"); this
  project decision replaced the earlier reading of these as `historical`.
- "return if / call 999 if / safety-netted re X" -> X `hypothetical`.
- a "?" or "likely/probable/possible" bearing on the symptom concept itself ->
  `uncertain`; a "?" on a cause ("delirium ?UTI") leaves the symptom affirmed.

    python3 corpus-sample/build_gold.py
"""
import csv
import json
import os
from sample_tools import concept_ids  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

A, N, H, U, P, FAM = "affirmed", "negated", "hypothetical", "uncertain", "historical", "family"

CONCEPTS = concept_ids()

# note_id: (start of note_text, [(concept key, status), ...])
ANNOTATIONS = {
    1: ("Tel:\nTwo falls in the last month", [
        ("fall", A), ("dizziness", N), ("syncope", N), ("chest_pain", N), ("fall", H)]),
    3: ("Telephone call re results. HbA1c 52", []),
    4: ("SMR done.", []),
    5: ("Phone call. Snuffly, congested", [
        ("nasal_congestion", A), ("sore_throat", A), ("myalgia", A), ("dysphagia", H), ("difficulty_breathing", H)]),
    8: ("Mrs Nowak", [
        ("limb_swelling", A), ("edema", A), ("dyspnea", N), ("chest_pain", N), ("hemoptysis", N)]),
    9: ("c/o central chest pain on exertion", [
        ("chest_pain", A), ("dyspnea_on_exertion", A), ("chest_pain", N), ("edema", N), ("chest_pain", H)]),
    14: ("Pill check. BP 118/74", [("migraine", N)]),
    16: ("Itchy raised rash all over", [
        ("itching", A), ("rash", A), ("urticaria", A), ("wheezing", N), ("dyspnea", N), ("urticaria", P),
        ("difficulty_breathing", H)]),
    17: ("Palpitations on and off for 3 weeks", [
        ("palpitations", A), ("anxiety", A), ("syncope", N), ("chest_pain", N), ("dyspnea", N), ("syncope", H),
        ("chest_pain", H)]),
    19: ("Telephone consultation – pt called back. S: Presents with low mood", [
        ("depressed_mood", A), ("depression", P), ("depression", A)]),
    26: ("51F. Hot flushes", [
        ("sleep_abnormality", A), ("reduced_libido", A), ("arthralgia", A), ("impaired_cognition", A)]),
    30: ("S/ Mum reports barky cough", [("cough", A), ("difficulty_breathing", N), ("difficulty_breathing", H)]),
    32: ("COVID-19 telephone triage.", [
        ("fever", A), ("cough", A), ("anosmia", A), ("ageusia", A), ("myalgia", A), ("dyspnea_on_exertion", A),
        ("dyspnea", N), ("fever", FAM), ("cough", FAM), ("dyspnea", H), ("chest_pain", H), ("confusion", H)]),
    40: ("Seen in surgery. Episodic severe headaches", [("headache", A), ("migraine", FAM), ("migraine", U)]),
    44: ("Phone consult.\nTATT", [
        ("tired_all_the_time", A), ("loss_of_appetite", A), ("weight_loss", N), ("fatigue", A)]),
    46: ("Tel:\nPt c/o diarrhoea x6/day", [("diarrhea", A), ("vomiting", N), ("fever", A), ("abdominal_pain", H)]),
    48: ("Seen with son. Increasingly forgetful", [
        ("memory_impairment", A), ("mild_cognitive_disorder", U), ("depressed_mood", N), ("fall", N)]),
    61: ("Consulta com intérprete", [("low_back_pain", A), ("arthralgia", A), ("fever", N), ("weight_loss", N)]),
    70: ("Travel consultation – trekking in Peru", [("headache", H), ("nausea", H), ("dyspnea", H)]),
    77: ("Long COVID f/u. Telephone consultation", [
        ("anxiety", A), ("lightheadedness", A), ("dizziness", A), ("syncope", N), ("pots", U), ("dyspnea", H)]),
    81: ("Purple, itchy toes", [("itching", A), ("chilblains", A), ("cough", P), ("fever", P)]),
    83: ("Locum note.", [("diarrhea", A), ("abdominal_pain", A), ("nausea", A), ("fever", N), ("fever", H)]),
    86: ("T/C. Known migraine.", [
        ("migraine", A), ("visual_disturbance", A), ("headache", A), ("vomiting", A), ("muscle_weakness", N),
        ("fever", N), ("headache", H), ("muscle_weakness", H)]),
    89: ("Dad says temp up to 39", [("fever", A)]),
    102: ("Mum brought 4yo in.", [
        ("earache", A), ("fever", A), ("loss_of_appetite", A), ("earache", FAM), ("lethargy", H)]),
    104: ("Tel consult, ID checked.\nHeadaches 4 weeks", [
        ("headache", A), ("muscle_weakness", N), ("vomiting", N)]),
    105: ("IBS follow-up.", [
        ("bloating", A), ("constipation", A), ("diarrhea", A), ("abdominal_pain", A), ("weight_loss", N),
        ("weight_loss", H)]),
    107: ("D&V since Sat", [
        ("diarrhea", A), ("vomiting", A), ("stomach_cramps", A), ("diarrhea", FAM), ("vomiting", FAM)]),
    116: ("Long COVID clinic. 68M", [
        ("asthenia", A), ("muscle_weakness", A), ("dyspnea_on_exertion", A), ("myalgia", A), ("memory_impairment", A),
        ("poor_concentration", A), ("chest_pain", N), ("delirium", N), ("depressed_mood", A)]),
    118: ("Attends for herself but main concern is husband", [("fatigue", FAM), ("impaired_cognition", FAM)]),
    132: ("Long COVID clinic – initial assessment", [
        ("fatigue", A), ("postexertional_fatigue", A), ("impaired_cognition", A), ("dyspnea_on_exertion", A),
        ("palpitations", A), ("anosmia", P), ("dysgeusia", A), ("chest_pain", N), ("syncope", N), ("pots", U)]),
    156: ("LC f/u. Walking 400m", [
        ("dyspnea_on_exertion", A), ("ptsd", U), ("difficulty_sleeping", A), ("muscle_weakness", A)]),
    163: ("S: TATT 4 weeks.", [
        ("tired_all_the_time", A), ("loss_of_appetite", A), ("weight_loss", N), ("postviral_fatigue", U)]),
    171: ("Long COVID f/u (video).", [
        ("pots", A), ("orthostatic_hypotension", N), ("postexertional_fatigue", A), ("tired_all_the_time", A),
        ("impaired_cognition", A), ("poor_concentration", A), ("difficulty_sleeping", A)]),
    176: ("Long COVID clinic. 34M", [
        ("smell_taste_disorder", A), ("weight_loss", A), ("anosmia", P), ("hyposmia", A), ("headache", A),
        ("dyspnea", N)]),
    183: ("Review of low mood.", [("depressed_mood", A), ("insomnia", A), ("anxiety", A), ("panic_attack", N)]),
    186: ("Video. Long COVID", [
        ("dizziness", A), ("palpitations", A), ("fatigue", A), ("chest_pain", A), ("irregular_periods", A),
        ("pots", U), ("chest_pain", H), ("syncope", H)]),
    201: ("Rang back re ?shingles.", [("chest_pain", A), ("rash", A), ("neuralgia", H)]),
    208: ("HF review (HFrEF).", [("dyspnea_on_exertion", A), ("fatigue", A), ("edema", A)]),
    218: ("Seen at home with daughter. Fall yesterday", [
        ("fall", A), ("dizziness", N), ("palpitations", N), ("chest_pain", N), ("confusion", H), ("fall", H)]),
    222: ("LC review (tel).", [
        ("smell_taste_disorder", A), ("headache", N), ("tinnitus", A), ("hearing_loss", N)]),
    225: ("15F with mum.", [
        ("headache", A), ("nausea", A), ("vomiting", N), ("visual_disturbance", N), ("migraine", FAM)]),
    227: ("Ex-army", [("ptsd", A), ("difficulty_sleeping", A)]),
    232: ("COPD annual review. MRC 3.", [
        ("dyspnea_on_exertion", A), ("cough", A), ("sputum", A), ("limb_swelling", A), ("wheezing", A), ("edema", A)]),
    246: ("Video consult. Panic attacks", [
        ("panic_attack", A), ("palpitations", A), ("paresthesia", A), ("difficulty_breathing", A),
        ("difficulty_sleeping", A), ("loss_of_appetite", A), ("anxiety", A)]),
    247: ("Long COVID clinic – discharge.", [
        ("palpitations", A), ("fatigue", A), ("postexertional_fatigue", N), ("impaired_cognition", N)]),
    250: ("16F collapsed in church", [
        ("syncope", A), ("lightheadedness", A), ("chest_pain", N), ("palpitations", N), ("syncope", H),
        ("palpitations", H)]),
    269: ("Pt worried re bowel cancer", [("weight_loss", FAM), ("abdominal_pain", N)]),
    271: ("Epilepsy review.", [("seizure", N), ("seizure", P)]),
    295: ("HV. Known to me.", [("confusion", A), ("fever", A), ("urinary_incontinence", A), ("delirium", A)]),
    299: ("Feels her mood has dropped again", [
        ("depressed_mood", A), ("poor_concentration", A), ("depression", FAM), ("hypersomnia", A), ("fatigue", A)]),
    341: ("Attends alone.\nPresents with panic attacks", [("panic_attack", A), ("fear", A)]),
    349: ("Lightheaded on standing 3/52.", [
        ("lightheadedness", A), ("fall", A), ("chest_pain", N), ("orthostatic_hypotension", U)]),
    371: ("Needle phobia", [("fear", A), ("syncope", P)]),
    375: ("Phoned for sick note", []),
    381: ("42M, \"can’t stop worrying\"", [
        ("anxiety", A), ("chest_pain", N), ("nausea", A), ("diarrhea", A), ("difficulty_sleeping", A),
        ("depression", N)]),
    384: ("9yo with Mum. Recurrent nosebleeds", [("epistaxis", A), ("easy_bruising", N), ("epistaxis", FAM)]),
    385: ("Heavy periods since coil removed", [("menorrhagia", A), ("easy_bruising", A), ("menorrhagia", FAM)]),
    395: ("Seen with wife (Zoë).", [
        ("postviral_fatigue", A), ("fatigue", A), ("myalgia", A), ("sore_throat", N)]),
    399: ("Double vision since yesterday", [("diplopia", A), ("headache", A), ("muscle_weakness", N)]),
}


def main():
    with open(os.path.join(HERE, "notes.csv"), newline="", encoding="utf-8") as fh:
        notes = {int(r["note_id"]): r for r in csv.DictReader(fh)}
    statuses = {A, N, H, U, P, FAM}
    out = []
    for nid in sorted(ANNOTATIONS):
        start, mentions = ANNOTATIONS[nid]
        text = notes[nid]["note_text"]
        if not text.startswith(start):
            raise SystemExit("note %d does not start with %r (notes.csv regenerated?)" % (nid, start))
        seen, ms = set(), []
        for key, status in mentions:
            assert status in statuses, (nid, status)
            pair = (CONCEPTS[key], status)
            if pair in seen:
                raise SystemExit("duplicate mention %s in note %d" % (pair, nid))
            seen.add(pair)
            ms.append({"concept_id": CONCEPTS[key], "status": status})
        out.append({"id": "note-%d" % nid, "lang": notes[nid]["language"], "text": text, "mentions": ms})
    # The other six languages: every one of their notes is annotated, in parts/<lang>_gold.jsonl.
    for lang in ["fr", "es", "it", "de", "nl", "ro"]:
        with open(os.path.join(HERE, "parts", lang + "_gold.jsonl"), encoding="utf-8") as ph:
            for line in ph:
                if not line.strip():
                    continue
                row = json.loads(line)
                nid = int(row["id"].split("-", 1)[1])
                if notes[nid]["note_text"] != row["text"] or notes[nid]["language"] != lang:
                    raise SystemExit("parts/%s_gold.jsonl: %s differs from notes.csv" % (lang, row["id"]))
                out.append(row)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d gold rows, %d mentions" % (len(out), sum(len(r["mentions"]) for r in out)))


if __name__ == "__main__":
    main()
