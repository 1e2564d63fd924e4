//! Generate a synthetic English GP-note corpus in OMOP NOTE CSV for benchmarks.
//!
//! `cargo run --release --example gen_corpus -- NOTES OUT.csv [SEED]`
//! Notes average about 550 bytes; the same seed gives the same file.

use std::io::{BufWriter, Write};

const OPENERS: &[&str] = &[
    "Tel consult with patient.",
    "F2F review.",
    "Seen in surgery today with wife.",
    "Long COVID clinic follow-up.",
    "Video consultation, pt at home.",
    "Annual chronic disease review.",
    "Urgent on-the-day appointment.",
];
const COMPLAINTS: &[&str] = &[
    "c/o productive cough 5/7 with green sputum, feels feverish at night",
    "c/o SOB on exertion and TATT since COVID infection 3/12 ago",
    "presents with headache 2/7, worse in mornings, some nausea but no vomiting",
    "reports palpitations on standing and lightheadedness, ? POTS",
    "ongoing brain fog, poor concentration and memory problems affecting work",
    "c/o lower back pain after lifting boxes, radiating to left leg, no saddle anaesthesia",
    "dysuria and frequency 3/7, nil haematuria, no loin pain",
    "D&V since yesterday, tolerating fluids, partner also unwell",
    "low mood and anxiety, not sleeping well, early morning waking",
    "itchy rash on both forearms for 2/52, no new products",
    "sore throat and hoarse voice, nasal congestion, mild earache",
    "loss of smell and taste persisting since covid, some parosmia",
    "joint pains in hands and knees, morning stiffness 30 min",
    "dizzy spells on turning head, room spinning, no tinnitus",
];
const NEGATIVES: &[&str] = &[
    "Denies chest pain, haemoptysis or weight loss.",
    "Nil fever. No rigors.",
    "No diarrhoea or abdominal pain.",
    "Apyrexial. No rash.",
    "No red flags: no weight loss, no night sweats.",
    "Denies suicidal ideation.",
    "No wheeze, no stridor.",
];
const HISTORY: &[&str] = &[
    "PMH: asthma, migraine, depression.",
    "PMH: T2DM, HTN. Previous DVT 2015.",
    "h/o IBS and anxiety.",
    "FH: mother had breast ca, father IHD.",
    "FH of migraine (sister).",
    "Ex-smoker, 10 pack years. Alcohol 6 u/wk.",
];
const EXAMS: &[&str] = &[
    "O/E: alert, obs stable, HR 92 reg, RR 18, sats 97% RA, temp 37.9. Chest: scattered creps R base.",
    "O/E: throat injected, no exudate, cervical LNs not enlarged. Ears NAD.",
    "O/E: abdo soft, mild epigastric tenderness, no guarding, BS present.",
    "O/E: lumbar paraspinal tenderness, SLR 70 bilat, power and reflexes normal.",
    "O/E: chest clear, HS I+II+0, no peripheral oedema. Lying/standing BP done.",
];
const PLANS: &[&str] = &[
    "Plan: doxycycline 7/7, safety-netted re worsening SOB or chest pain, return if no better 1/52.",
    "Plan: bloods incl FBC, U&E, TFT, ferritin. Graded return to activity. Review 4/52.",
    "Imp: viral URTI. Self care advice, paracetamol, return if fever persists beyond 5 days.",
    "Plan: refer long COVID service. Fit note 2/52. Pacing advice given.",
    "Plan: MSU sent, nitrofurantoin 3/7. Advised to seek help if vomiting or rigors.",
    "Imp: ? migraine vs tension headache. Headache diary. Review if neuro symptoms.",
];

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[(self.next() as usize) % v.len()]
    }
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: gen_corpus NOTES OUT.csv [SEED]");
        std::process::exit(2);
    }
    let n: u64 = args[1].parse().unwrap_or(20_000);
    let seed: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(42);
    let mut rng = Lcg(seed);
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(&args[2])?);
    writeln!(w, "note_id,person_id,note_date,language,note_text")?;
    for id in 1..=n {
        let mut text = String::with_capacity(700);
        // (prefix, pool, suffix, capitalize) in note order: an opener, two complaints, two negatives,
        // history, exam, plans.
        let parts: [(&str, &[&str], &str, bool); 10] = [
            ("", OPENERS, " ", false),
            ("", COMPLAINTS, ". ", true),
            ("Also ", COMPLAINTS, ". ", false),
            ("", NEGATIVES, " ", false),
            ("", NEGATIVES, "\n", false),
            ("", HISTORY, " ", false),
            ("", HISTORY, "\n", false),
            ("", EXAMS, "\n", false),
            ("", PLANS, " ", false),
            ("", PLANS, "", false),
        ];
        for (prefix, pool, suffix, capitalize) in parts {
            let item = rng.pick(pool);
            text.push_str(prefix);
            let mut chars = item.chars();
            match chars.next() {
                Some(first) if capitalize => {
                    text.extend(first.to_uppercase());
                    text.push_str(chars.as_str());
                }
                _ => text.push_str(item),
            }
            text.push_str(suffix);
        }
        let person = 1 + rng.next() % (n / 5 + 1);
        let (y, m, d) = (2020 + rng.next() % 4, 1 + rng.next() % 12, 1 + rng.next() % 28);
        writeln!(w, "{id},{person},{y}-{m:02}-{d:02},en,\"{}\"", text.replace('"', "\"\""))?;
    }
    w.flush()
}
