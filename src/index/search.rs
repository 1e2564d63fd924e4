//! Searching the index: a [`SearchQuery`] of text and filters, hits with their mentions and a snippet.

use std::collections::{BinaryHeap, HashMap, HashSet};
use std::ops::Bound;
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::query_grammar::{Delimiter, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::schema::{IndexRecordOption, TantivyDocument, Value};
use tantivy::tokenizer::TokenStream;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader, Term};

use super::{analyzer, day_number, from_day_number, tantivy_err, NoteIndex, KIND_CODED, KIND_NOTE};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::mention::{Modifiers, Status, Subject};

/// What to look for. Every filter that is set must hold.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// Full text in tantivy's query syntax: words (all must match), `"phrases"`, `OR`, `AND`, `-word`,
    /// `(groups)`, `word~1` (fuzzy, edit distance 1 or 2). Words are stemmed and folded as the text was.
    pub text: Option<String>,
    /// Concept filters: each inner list is one filter, met by a mention of any of its concepts (a name
    /// that means several concepts); the note must meet every filter.
    pub concepts: Vec<Vec<i64>>,
    /// The statuses a concept mention must have; empty means any. Without concepts, the note must hold
    /// a mention of any concept in one of these statuses.
    pub statuses: Vec<Status>,
    pub person: Option<i64>,
    /// Note date bounds, inclusive.
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
    pub lang: Option<Lang>,
    /// Whether the note's person has each concept of [`SearchQuery::concepts`] coded (`Some(true)`) or
    /// not (`Some(false)`). Needs concepts. A note without a person meets neither.
    pub coded: Option<bool>,
    /// With `coded`: count only coded rows dated within this many days of the note date (before or
    /// after). A note without a date then meets neither.
    pub coded_within: Option<u32>,
    /// Most hits returned (the total is counted anyway); 0 returns none.
    pub limit: usize,
}

/// The modifiers of a stored mention.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct StoredModifiers {
    pub negated: bool,
    pub uncertain: bool,
    pub rule_out: bool,
    pub hypothetical: bool,
    pub historical: bool,
    /// `patient`, `family` or `other`.
    pub subject: String,
}

impl From<&Modifiers> for StoredModifiers {
    fn from(m: &Modifiers) -> Self {
        StoredModifiers {
            negated: m.negated,
            uncertain: m.uncertain,
            rule_out: m.rule_out,
            hypothetical: m.hypothetical,
            historical: m.historical,
            subject: m.subject.name().to_string(),
        }
    }
}

impl StoredModifiers {
    pub fn to_modifiers(&self) -> Modifiers {
        Modifiers {
            negated: self.negated,
            uncertain: self.uncertain,
            rule_out: self.rule_out,
            hypothetical: self.hypothetical,
            historical: self.historical,
            subject: match self.subject.as_str() {
                "family" => Subject::Family,
                "other" => Subject::Other,
                _ => Subject::Patient,
            },
        }
    }
}

/// A mention as stored in the index.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StoredMention {
    pub concept_id: i64,
    /// The concept's English name.
    pub name: String,
    /// Byte range in the note text.
    pub start: usize,
    pub end: usize,
    /// Character offset in the note text (the NOTE_NLP `offset`).
    pub offset: usize,
    pub status: Status,
    pub modifiers: StoredModifiers,
}

/// One note found.
#[derive(Debug, Clone)]
pub struct Hit {
    pub note_id: i64,
    pub person_id: Option<i64>,
    pub note_date: Option<chrono::NaiveDate>,
    pub lang: Option<Lang>,
    /// Relevance of the text query (0 without one).
    pub score: f32,
    pub text: String,
    pub mentions: Vec<StoredMention>,
    /// Byte ranges of the words that matched the text query.
    pub query_marks: Vec<(usize, usize)>,
    /// The concepts the query filtered on (the snippet shows them first).
    pub focus: Vec<i64>,
}

/// What a marked stretch of a snippet is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// A word matched by the text query.
    Query,
    /// A concept mention, with its status.
    Mention(Status),
}

/// A marked byte range of [`Snippet::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub kind: MarkKind,
}

/// A stretch of a note on one line, with the matched words and the mentions marked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    pub text: String,
    pub marks: Vec<Mark>,
}

/// The notes found: how many in all, and the best `limit` of them.
#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    pub total: u64,
    pub hits: Vec<Hit>,
}

impl NoteIndex {
    /// Run a query. Hits are ordered by score (with a text query), then in index order (input order).
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        self.run(q, true)
    }

    /// Count the notes a query finds.
    pub fn count(&self, q: &SearchQuery) -> Result<u64> {
        Ok(self.run(q, false)?.total)
    }

    fn run(&self, q: &SearchQuery, fetch: bool) -> Result<SearchResults> {
        let searcher = self.searcher();
        let (query, text_query) = self.build_query(q)?;
        let coded = self.coded_filter(q, &searcher)?;
        let collector = HitCollector { limit: if fetch { q.limit } else { 0 }, scored: fetch && text_query.is_some(), coded };
        let (total, top) = searcher.search(query.as_ref(), &collector).map_err(|e| tantivy_err("search", e))?;
        let mut terms: HashSet<Term> = HashSet::new();
        if let Some(tq) = &text_query {
            tq.query_terms(&mut |t, _| {
                terms.insert(t.clone());
            });
        }
        let focus: Vec<i64> = q.concepts.iter().flatten().copied().collect();
        let mut hits = Vec::with_capacity(top.len());
        for e in top {
            let doc: TantivyDocument = searcher.doc(e.addr).map_err(|e| tantivy_err("read a note", e))?;
            hits.push(self.hit_from_doc(&doc, e.score, &terms, &focus)?);
        }
        Ok(SearchResults { total, hits })
    }

    fn hit_from_doc(&self, doc: &TantivyDocument, score: f32, terms: &HashSet<Term>, focus: &[i64]) -> Result<Hit> {
        let f = &self.fields;
        let int = |field| doc.get_first(field).and_then(|v| v.as_i64());
        let note_id = int(f.note_id).unwrap_or(0);
        let text = doc.get_first(f.text).and_then(|v| v.as_str()).unwrap_or("").to_string();
        let lang = doc.get_first(f.lang).and_then(|v| v.as_str()).and_then(Lang::from_code);
        let mentions: Vec<StoredMention> = match doc.get_first(f.mentions).and_then(|v| v.as_str()) {
            Some(s) => serde_json::from_str(s)
                .map_err(|e| Error::Config(format!("index: note {note_id}: stored mentions unreadable ({e}); rebuild the index")))?,
            None => Vec::new(),
        };
        let mut query_marks = Vec::new();
        if let (false, Some(l)) = (terms.is_empty(), lang) {
            let field = f.text_lang[Lang::ALL.iter().position(|&x| x == l).unwrap_or(0)];
            let mut a = analyzer(l);
            let mut stream = a.token_stream(&text);
            while let Some(tok) = stream.next() {
                if terms.contains(&Term::from_field_text(field, &tok.text)) {
                    query_marks.push((tok.offset_from, tok.offset_to));
                }
            }
        }
        Ok(Hit {
            note_id,
            person_id: int(f.person_id),
            note_date: int(f.note_date).and_then(from_day_number),
            lang,
            score,
            text,
            mentions,
            query_marks,
            focus: focus.to_vec(),
        })
    }

    /// The whole query, and the text part alone (for highlighting).
    fn build_query(&self, q: &SearchQuery) -> Result<(Box<dyn Query>, TextQuery)> {
        let f = &self.fields;
        let term_q = |t: Term| -> Box<dyn Query> { Box::new(TermQuery::new(t, IndexRecordOption::Basic)) };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let text_query = match q.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => Some(self.parse_text(t, q.lang)?),
            None => None,
        };
        if let Some(tq) = &text_query {
            clauses.push((Occur::Must, tq.box_clone()));
        }
        let status_fields: Vec<tantivy::schema::Field> = if q.statuses.is_empty() {
            vec![f.concepts_any]
        } else {
            q.statuses.iter().map(|s| f.concepts[Status::ALL.iter().position(|x| x == s).unwrap_or(0)]).collect()
        };
        for group in &q.concepts {
            let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for &c in group {
                for &field in &status_fields {
                    any.push((Occur::Should, term_q(Term::from_field_i64(field, c))));
                }
            }
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        if q.concepts.is_empty() && !q.statuses.is_empty() {
            let any = q.statuses.iter().map(|s| (Occur::Should, term_q(Term::from_field_text(f.status, s.name())))).collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        if let Some(p) = q.person {
            clauses.push((Occur::Must, term_q(Term::from_field_i64(f.person_id, p))));
        }
        if q.from.is_some() || q.to.is_some() {
            let bound = |d: Option<chrono::NaiveDate>| match d {
                Some(d) => Bound::Included(Term::from_field_i64(f.note_date, day_number(d))),
                None => Bound::Unbounded,
            };
            clauses.push((Occur::Must, Box::new(RangeQuery::new(bound(q.from), bound(q.to)))));
        }
        if let Some(l) = q.lang {
            clauses.push((Occur::Must, term_q(Term::from_field_text(f.lang, l.code()))));
        }
        if q.coded.is_some() && q.concepts.is_empty() {
            return Err(Error::Config("a coded filter needs a concept (--concept)".into()));
        }
        // Text, concept, status, date and language fields exist on notes only; else restrict to notes.
        if text_query.is_none() && q.concepts.is_empty() && q.statuses.is_empty() && q.from.is_none() && q.to.is_none() && q.lang.is_none()
        {
            clauses.push((Occur::Must, term_q(Term::from_field_text(f.kind, KIND_NOTE))));
        }
        Ok((Box::new(BooleanQuery::new(clauses)), text_query))
    }

    /// Parse the text query over the language fields (all, or the one of `lang`).
    fn parse_text(&self, text: &str, lang: Option<Lang>) -> Result<Box<dyn Query>> {
        let fields: Vec<_> = match lang {
            Some(l) => vec![self.fields.text_lang[Lang::ALL.iter().position(|&x| x == l).unwrap_or(0)]],
            None => self.fields.text_lang.to_vec(),
        };
        let make = |fuzzy: Option<u8>| {
            let mut p = QueryParser::for_index(&self.index, fields.clone());
            p.set_conjunction_by_default();
            if let Some(d) = fuzzy {
                for &fl in &fields {
                    p.set_field_fuzzy(fl, false, d, true);
                }
            }
            p
        };
        let bad = |e: &dyn std::fmt::Display| Error::Config(format!("query `{text}`: {e}"));
        if let Some(problem) = grammar_trap(text) {
            return Err(bad(&problem));
        }
        let ast = tantivy::query_grammar::parse_query(text).map_err(|_| bad(&"syntax error"))?;
        if !has_fuzzy(&ast) {
            return make(None).parse_query(text).map_err(|e| bad(&e));
        }
        let parsers = [make(None), make(Some(1)), make(Some(2))];
        convert(&parsers, ast).map_err(|e| bad(&e))
    }

    /// The coded rows of the query's concepts, by person.
    fn coded_filter(&self, q: &SearchQuery, searcher: &tantivy::Searcher) -> Result<Option<Arc<CodedFilter>>> {
        let Some(want) = q.coded else { return Ok(None) };
        let f = &self.fields;
        let mut groups = Vec::with_capacity(q.concepts.len());
        for group in &q.concepts {
            let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for &c in group {
                any.push((Occur::Should, Box::new(TermQuery::new(Term::from_field_i64(f.coded_concept, c), IndexRecordOption::Basic))));
            }
            let query = BooleanQuery::new(vec![
                (Occur::Must, Box::new(TermQuery::new(Term::from_field_text(f.kind, KIND_CODED), IndexRecordOption::Basic))),
                (Occur::Must, Box::new(BooleanQuery::new(any))),
            ]);
            let rows = searcher.search(&query, &CodedCollector).map_err(|e| tantivy_err("coded rows", e))?;
            let mut by_person: HashMap<i64, Vec<i64>> = HashMap::new();
            for (p, d) in rows {
                by_person.entry(p).or_default().push(d.unwrap_or(UNDATED));
            }
            groups.push(by_person);
        }
        Ok(Some(Arc::new(CodedFilter { want, within: q.coded_within.map(i64::from), groups })))
    }
}

/// Parentheses nested deeper than this are refused: tantivy's grammar backtracks, and its parse time
/// grows exponentially with the unclosed levels (28 took 273 s; 8 parse in well under a millisecond).
const MAX_NESTING: usize = 8;

/// Queries tantivy's grammar (0.24) cannot take: a `*` standing alone inside a query (`a -*`) makes it
/// panic, and deep nesting makes it crawl. Outside double quotes; `*` as the whole query is fine.
fn grammar_trap(text: &str) -> Option<String> {
    let (mut depth, mut deepest, mut quoted, mut prev) = (0usize, 0usize, false, ' ');
    let whole_star = text.trim() == "*";
    for c in text.chars() {
        match c {
            '"' if prev != '\\' => quoted = !quoted,
            '(' if !quoted && prev != '\\' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' if !quoted && prev != '\\' => depth = depth.saturating_sub(1),
            '*' if !quoted && !whole_star && (prev.is_whitespace() || "+-()".contains(prev)) => {
                return Some("a `*` must end a word (`cough*`)".into());
            }
            _ => {}
        }
        prev = c;
    }
    (deepest > MAX_NESTING).then(|| format!("parentheses nested deeper than {MAX_NESTING}"))
}

fn has_fuzzy(ast: &UserInputAst) -> bool {
    match ast {
        UserInputAst::Clause(c) => c.iter().any(|(_, a)| has_fuzzy(a)),
        UserInputAst::Boost(a, _) => has_fuzzy(a),
        UserInputAst::Leaf(l) => matches!(l.as_ref(), UserInputLeaf::Literal(lit) if is_fuzzy(lit)),
    }
}

/// `word~`, `word~1`, `word~2`: the word and its edit distance (the grammar keeps `~N` inside a bare word).
fn fuzzy_word(lit: &UserInputLiteral) -> Option<(String, u8)> {
    if lit.delimiter != Delimiter::None || lit.prefix {
        return None;
    }
    let (word, d) = lit.phrase.rsplit_once('~')?;
    let d = match d {
        "" | "1" => 1,
        "2" => 2,
        _ => return None,
    };
    (!word.is_empty()).then(|| (word.to_string(), d))
}

fn is_fuzzy(lit: &UserInputLiteral) -> bool {
    fuzzy_word(lit).is_some()
}

/// Build a query from the parsed input, with fuzzy words (`word~N`) through a fuzzy parser and the rest
/// through the plain one. Words without an operator must all match, as in the plain parser.
fn convert(parsers: &[QueryParser; 3], ast: UserInputAst) -> std::result::Result<Box<dyn Query>, tantivy::query::QueryParserError> {
    use tantivy::query_grammar::Occur as G;
    match ast {
        UserInputAst::Clause(children) => {
            let mut subs: Vec<(Occur, Box<dyn Query>)> = Vec::with_capacity(children.len() + 1);
            for (occ, child) in children {
                let o = match occ {
                    Some(G::Should) => Occur::Should,
                    Some(G::MustNot) => Occur::MustNot,
                    Some(G::Must) | None => Occur::Must,
                };
                subs.push((o, convert(parsers, child)?));
            }
            if subs.iter().all(|(o, _)| *o == Occur::MustNot) {
                subs.push((Occur::Must, Box::new(AllQuery)));
            }
            Ok(Box::new(BooleanQuery::new(subs)))
        }
        UserInputAst::Boost(inner, b) => Ok(Box::new(BoostQuery::new(convert(parsers, *inner)?, b as f32))),
        UserInputAst::Leaf(leaf) => match *leaf {
            UserInputLeaf::Literal(lit) if is_fuzzy(&lit) => {
                let (word, d) = fuzzy_word(&lit).unwrap_or_default();
                let plain = UserInputLiteral { phrase: word, ..lit };
                parsers[usize::from(d.min(2))].build_query_from_user_input_ast(UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(plain))))
            }
            other => parsers[0].build_query_from_user_input_ast(UserInputAst::Leaf(Box::new(other))),
        },
    }
}

/// The text part of a query, when there is one.
type TextQuery = Option<Box<dyn Query>>;

/// A coded row without a date: counts as coded, never as coded within N days.
const UNDATED: i64 = i64::MIN;

#[derive(Debug)]
struct CodedFilter {
    want: bool,
    within: Option<i64>,
    /// Per concept filter: person -> days of the coded rows.
    groups: Vec<HashMap<i64, Vec<i64>>>,
}

impl CodedFilter {
    fn accept(&self, person: Option<i64>, day: Option<i64>) -> bool {
        let Some(p) = person else { return false };
        if self.within.is_some() && day.is_none() {
            return false;
        }
        self.groups.iter().all(|g| {
            let coded = match (g.get(&p), self.within, day) {
                (None, _, _) => false,
                (Some(_), None, _) => true,
                (Some(days), Some(n), Some(d)) => days.iter().any(|&x| x != UNDATED && (x - d).abs() <= n),
                (Some(_), Some(_), None) => false,
            };
            coded == self.want
        })
    }
}

/// A hit in the making: score and address. Ordered so that the worst is the greatest (the top
/// of a max-heap of the best `limit`).
#[derive(Debug, Clone, Copy)]
struct Entry {
    score: Score,
    addr: DocAddress,
}

impl Entry {
    fn better(&self, o: &Entry) -> std::cmp::Ordering {
        o.score.total_cmp(&self.score).then((self.addr.segment_ord, self.addr.doc_id).cmp(&(o.addr.segment_ord, o.addr.doc_id)))
    }
}

impl PartialEq for Entry {
    fn eq(&self, o: &Self) -> bool {
        self.better(o).is_eq()
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Entry {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.better(o)
    }
}

/// Counts every match and keeps the best `limit`, after the coded filter.
struct HitCollector {
    limit: usize,
    scored: bool,
    coded: Option<Arc<CodedFilter>>,
}

struct HitSegment {
    seg: SegmentOrdinal,
    person: Column<i64>,
    date: Column<i64>,
    limit: usize,
    scored: bool,
    coded: Option<Arc<CodedFilter>>,
    count: u64,
    top: BinaryHeap<Entry>,
}

impl Collector for HitCollector {
    type Fruit = (u64, Vec<Entry>);
    type Child = HitSegment;

    fn for_segment(&self, seg: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<HitSegment> {
        let ff = reader.fast_fields();
        Ok(HitSegment {
            seg,
            person: ff.i64("person_id")?,
            date: ff.i64("note_date")?,
            limit: self.limit,
            scored: self.scored,
            coded: self.coded.clone(),
            count: 0,
            top: BinaryHeap::with_capacity(self.limit.min(1 << 16) + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scored
    }

    fn merge_fruits(&self, fruits: Vec<(u64, Vec<Entry>)>) -> tantivy::Result<(u64, Vec<Entry>)> {
        let mut total = 0;
        let mut all = Vec::new();
        for (n, v) in fruits {
            total += n;
            all.extend(v);
        }
        all.sort_unstable();
        all.truncate(self.limit);
        Ok((total, all))
    }
}

impl SegmentCollector for HitSegment {
    type Fruit = (u64, Vec<Entry>);

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(c) = &self.coded {
            if !c.accept(self.person.first(doc), self.date.first(doc)) {
                return;
            }
        }
        self.count += 1;
        // Without scores, documents come in index order: once the heap is full, later ones lose.
        if self.limit == 0 || (!self.scored && self.top.len() >= self.limit) {
            return;
        }
        let e = Entry { score, addr: DocAddress::new(self.seg, doc) };
        if self.top.len() < self.limit {
            self.top.push(e);
        } else if let Some(worst) = self.top.peek() {
            if e < *worst {
                self.top.pop();
                self.top.push(e);
            }
        }
    }

    fn harvest(self) -> (u64, Vec<Entry>) {
        (self.count, self.top.into_vec())
    }
}

/// Collects (person, date) of coded rows.
struct CodedCollector;

struct CodedSegment {
    person: Column<i64>,
    date: Column<i64>,
    rows: Vec<(i64, Option<i64>)>,
}

impl Collector for CodedCollector {
    type Fruit = Vec<(i64, Option<i64>)>;
    type Child = CodedSegment;

    fn for_segment(&self, _: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<CodedSegment> {
        let ff = reader.fast_fields();
        Ok(CodedSegment { person: ff.i64("person_id")?, date: ff.i64("coded_date")?, rows: Vec::new() })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(i64, Option<i64>)>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for CodedSegment {
    type Fruit = Vec<(i64, Option<i64>)>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(p) = self.person.first(doc) {
            self.rows.push((p, self.date.first(doc)));
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.rows
    }
}

impl Hit {
    /// A one-line stretch of the note of about `max_chars` characters, around the first word the text
    /// query matched, else the first mention of a filtered concept, else the first mention; whitespace
    /// runs are one space; `…` marks a cut.
    pub fn snippet(&self, max_chars: usize) -> Snippet {
        let text = self.text.as_str();
        let anchor = self
            .query_marks
            .first()
            .map(|m| m.0)
            .or_else(|| self.mentions.iter().find(|m| self.focus.contains(&m.concept_id)).map(|m| m.start))
            .or_else(|| self.mentions.first().map(|m| m.start))
            .unwrap_or(0)
            .min(text.len());
        // Start up to 40 characters before the anchor, after a line break if there is one.
        let anchor = floor_char(text, anchor);
        let mut start = anchor;
        for (n, (i, c)) in text[..anchor].char_indices().rev().enumerate() {
            if c == '\n' || n >= 40 {
                break;
            }
            start = i;
        }
        let mut start = floor_char(text, start);
        // Do not start inside a word.
        if start > 0 && !text[..start].ends_with(char::is_whitespace) {
            if let Some(ws) = text.get(start..anchor.max(start)).unwrap_or("").find(char::is_whitespace) {
                start += ws;
            }
        }
        let end = text[start..].char_indices().nth(max_chars).map(|(i, _)| start + i).unwrap_or(text.len());
        // Elementary pieces between mark boundaries.
        let mut marks: Vec<(usize, usize, MarkKind)> = self.query_marks.iter().map(|&(s, e)| (s, e, MarkKind::Query)).collect();
        marks.extend(self.mentions.iter().map(|m| (m.start, m.end, MarkKind::Mention(m.status))));
        let mut points: Vec<usize> = vec![start, end];
        for &(s, e, _) in &marks {
            points.extend([s.clamp(start, end), e.clamp(start, end)]);
        }
        points.sort_unstable();
        points.dedup();
        let mut out = Snippet::default();
        if start > 0 {
            out.text.push('…');
        }
        let mut last_space = true;
        for w in points.windows(2) {
            let (x, y) = (w[0], w[1]);
            let Some(piece) = text.get(x..y) else { continue };
            let kind = if marks.iter().any(|&(s, e, k)| k == MarkKind::Query && s <= x && y <= e) {
                Some(MarkKind::Query)
            } else {
                marks.iter().find(|&&(s, e, k)| k != MarkKind::Query && s <= x && y <= e).map(|&(_, _, k)| k)
            };
            let from = out.text.len();
            for c in piece.chars() {
                if c.is_whitespace() {
                    if !last_space {
                        out.text.push(' ');
                    }
                    last_space = true;
                } else {
                    out.text.push(c);
                    last_space = false;
                }
            }
            if let Some(k) = kind {
                let to = out.text.len();
                if to > from {
                    match out.marks.last_mut() {
                        Some(m) if m.end == from && m.kind == k => m.end = to,
                        _ => out.marks.push(Mark { start: from, end: to, kind: k }),
                    }
                }
            }
        }
        if end < text.len() {
            out.text.push('…');
        }
        out
    }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::grammar_trap;

    #[test]
    fn queries_that_trap_the_grammar_are_refused_first() {
        // Found by fuzzing: tantivy's grammar panics on the lone `*` and takes minutes over the parentheses.
        assert_eq!(grammar_trap("a* - * -c").as_deref(), Some("a `*` must end a word (`cough*`)"));
        assert_eq!(grammar_trap(&format!("{} %", "(".repeat(28))).as_deref(), Some("parentheses nested deeper than 8"));
        for ok in ["*", "cough*", "\"- * (\"", "((((((((a))))))))", "text_en:*", "fever~1 -cough"] {
            assert_eq!(grammar_trap(ok), None, "{ok}");
        }
    }
}
