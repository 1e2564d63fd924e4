//! Language handling end to end: the language column, detection among candidates, mixed notes, terse
//! notes, and the language-specific normalization cases of issue 3 (elision, compounds, diacritics).

use symptext::detect::Detected;
use symptext::{Engine, Lang, Note, Status};

const COUGH: i64 = 254761;
const FEVER: i64 = 437663;
const HEADACHE: i64 = 378253;
const DYSPNOEA: i64 = 312437;
const VOMITING: i64 = 441408;
const DOE: i64 = 4263848;

fn engine() -> &'static Engine {
    static E: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    E.get_or_init(|| Engine::new().expect("engine"))
}

fn found(note: &Note) -> Vec<(i64, Status)> {
    let mut v: Vec<(i64, Status)> = engine().extract(note).iter().map(|m| (m.concept_id, m.status())).collect();
    v.sort_by_key(|x| x.0);
    v.dedup();
    v
}

fn note(text: &str, lang: Option<Lang>) -> Note {
    Note { note_id: 1, language: lang, text: text.into(), ..Default::default() }
}

#[test]
fn every_language_is_detected_on_a_typical_note() {
    let notes = [
        (Lang::En, "Patient complains of a dry cough for three days and feels short of breath on the stairs."),
        (Lang::Fr, "Patiente vue pour une toux sèche depuis trois jours, pas de fièvre, essoufflement à l'effort."),
        (Lang::Es, "Paciente que acude por tos seca desde hace tres días, niega fiebre, refiere disnea de esfuerzo."),
        (Lang::It, "Paziente riferisce tosse secca da tre giorni, nega febbre, lamenta dispnea da sforzo."),
        (Lang::De, "Patient klagt seit drei Tagen über trockenen Husten, kein Fieber, Belastungsdyspnoe beim Treppensteigen."),
        (Lang::Nl, "Patiënt heeft sinds drie dagen een droge hoest, geen koorts, wel kortademig bij inspanning."),
        (Lang::Ro, "Pacientul acuză tuse seacă de trei zile, fără febră, dispnee la efort moderat și oboseală."),
    ];
    for (want, text) in notes {
        assert_eq!(engine().plan(&note(text, None)), Detected::One(want), "{text}");
    }
}

#[test]
fn the_language_column_wins_over_detection() {
    // French words, but the source says Dutch: the Dutch lexicon reads it (and finds nothing French).
    let n = note("toux et fièvre", Some(Lang::Nl));
    assert_eq!(engine().plan(&n), Detected::One(Lang::Nl));
}

#[test]
fn a_terse_english_note_is_decided_by_the_lexicons() {
    let n = note("c/o SOB 3/7. nil fever", None);
    assert_eq!(engine().plan(&n), Detected::One(Lang::En));
    assert_eq!(found(&n), vec![(DYSPNOEA, Status::Affirmed), (FEVER, Status::Negated)]);
}

#[test]
fn a_note_that_cannot_be_told_is_read_in_every_candidate_language() {
    // `tos` is Spanish for cough and nothing else here: the note is kept, not dropped.
    let n = note("tos", None);
    assert!(matches!(engine().plan(&n), Detected::One(Lang::Es) | Detected::Unsure(_)));
    assert_eq!(found(&n), vec![(COUGH, Status::Affirmed)]);
}

#[test]
fn a_belgian_note_mixing_french_and_dutch_gets_both() {
    let text = "Patiente vue ce jour pour une toux sèche depuis trois jours, pas de fièvre.\n\
                De patiënt heeft sinds gisteren ook hoofdpijn en is erg moe, geen braken.\n";
    let n = note(text, None);
    match engine().plan(&n) {
        Detected::Mixed { main, spans } => {
            let mut langs: Vec<Lang> = std::iter::once(main).chain(spans.iter().map(|s| s.2)).collect();
            langs.sort();
            langs.dedup();
            assert_eq!(langs, vec![Lang::Fr, Lang::Nl]);
        }
        other => panic!("expected a mixed note, got {other:?}"),
    }
    let got = found(&n);
    for want in [(COUGH, Status::Affirmed), (FEVER, Status::Negated), (HEADACHE, Status::Affirmed), (VOMITING, Status::Negated)] {
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
    // Each mention is read in the language of its line.
    for m in engine().extract(&n) {
        let line_is_french = m.start < text.find('\n').unwrap_or(text.len());
        assert_eq!(m.lang, if line_is_french { Lang::Fr } else { Lang::Nl }, "{}", m.lexical_variant(text));
    }
}

#[test]
fn candidates_restrict_detection() {
    let e = Engine::builder().candidates(&[Lang::Fr, Lang::Nl]).build().expect("engine");
    let n = note("Paciente que acude por tos seca desde hace tres días, niega fiebre.", None);
    match e.plan(&n) {
        Detected::One(l) => assert!(l == Lang::Fr || l == Lang::Nl),
        Detected::Unsure(r) => assert!(r.iter().all(|l| *l == Lang::Fr || *l == Lang::Nl)),
        other => panic!("{other:?}"),
    }
    let single = Engine::builder().candidates(&[Lang::De]).build().expect("engine");
    assert_eq!(single.plan(&note("cough", None)), Detected::One(Lang::De));
}

#[test]
fn elision_compounds_and_diacritics() {
    type Case = (&'static str, Lang, Vec<(i64, Status)>);
    let cases: [Case; 7] = [
        ("Pas d'essoufflement. L’enfant tousse.", Lang::Fr, vec![(COUGH, Status::Affirmed), (DYSPNOEA, Status::Negated)]),
        ("Nega dispnea, riferisce dell'altro: tosse.", Lang::It, vec![(COUGH, Status::Affirmed), (DYSPNOEA, Status::Negated)]),
        (
            "Seit gestern Spannungskopfschmerzen, Reizhusten und Belastungsdyspnoe.",
            Lang::De,
            vec![(HEADACHE, Status::Affirmed), (COUGH, Status::Affirmed), (DOE, Status::Affirmed)],
        ),
        (
            "Sinds een week hoofdpijnklachten en inspanningsdyspneu, geen koorts.",
            Lang::Nl,
            vec![(HEADACHE, Status::Affirmed), (DOE, Status::Affirmed), (FEVER, Status::Negated)],
        ),
        ("Pacientul tușește, fără febră.", Lang::Ro, vec![(COUGH, Status::Affirmed), (FEVER, Status::Negated)]),
        ("Pacientul tuşeşte, fara febra.", Lang::Ro, vec![(COUGH, Status::Affirmed), (FEVER, Status::Negated)]),
        ("¿Fiebre? No. ¡Tos desde ayer!", Lang::Es, vec![(COUGH, Status::Affirmed), (FEVER, Status::Negated)]),
    ];
    for (text, lang, want) in cases {
        let mut want = want;
        want.sort_by_key(|x| x.0);
        assert_eq!(found(&note(text, Some(lang))), want, "{text}");
    }
}

#[test]
fn a_compound_mention_covers_the_whole_word() {
    let text = "Seit gestern Spannungskopfschmerzen.";
    let ms = engine().extract(&note(text, Some(Lang::De)));
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].lexical_variant(text), "Spannungskopfschmerzen");
    assert_eq!(ms[0].char_offset, 13);
}
