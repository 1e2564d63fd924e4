use symptext::lexicon::{Concept, FileKind, LexiconSet, Origin};
use symptext::{Engine, Lang, Note};
fn main() {
    let data = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    let content = String::from_utf8_lossy(&data[1..]).into_owned();
    let mut set = LexiconSet::empty();
    let errs = set.add_str_all_errors(FileKind::Symptoms(Lang::En), "f", &content);
    println!("{errs:?}");
    let mut text = String::new();
    for r in set.symptoms.values().flatten() {
        println!("term {:?} {:?}", r.term, r.flags);
        text.push_str(&r.term);
        text.push_str(". ");
    }
    let ids: Vec<i64> = set.symptoms.values().flatten().filter(|r| !r.flags.ignore).map(|r| r.concept_id).collect();
    set.concepts = ids
        .iter()
        .enumerate()
        .map(|(i, &id)| Concept {
            concept_id: id,
            snomed_code: String::new(),
            name: format!("c{id}"),
            group: "g".into(),
            key: format!("k{i}"),
            origin: Origin { file: "x".into(), line: i + 2 },
        })
        .collect();
    let e = Engine::builder().builtin_symptoms(false).lexicon_set(set).default_lang(Lang::En).build().unwrap();
    let note = Note { note_id: 1, language: Some(Lang::En), text: text.clone(), ..Default::default() };
    println!("text {:?}", text);
    for m in e.extract(&note) {
        println!(
            "{}..{} {:?} sent {}..{} {:?}",
            m.start,
            m.end,
            &text[m.start..m.end],
            m.sentence_start,
            m.sentence_end,
            &text[m.sentence_start..m.sentence_end]
        );
    }
}
