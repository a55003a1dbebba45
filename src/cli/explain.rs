//! The evidence printer shared by `extract --explain` and `show`: an incident field by field, each
//! value with the rule that read it and the sentence it was read from, in words an analyst reads.
use std::io::{self, Write};

use incmap::model::{Evidence, Incident};

/// One article's evidence for an incident.
pub struct Told<'a> {
    pub source: &'a str,
    pub published: Option<&'a str>,
    pub provenance: &'a [Evidence],
}

/// The fields explained, in the order a reader checks them, with how evidence names them.
const FIELDS: [(&str, &str); 10] = [
    ("date", "date"),
    ("place", "place"),
    ("weapon", "weapon"),
    ("count", "count"),
    ("killed", "killed"),
    ("injured", "injured"),
    ("claimed by", "claimed_by"),
    ("attacker", "attacker"),
    ("launch site", "launch_site"),
    ("range", "range_km"),
];

/// A casualty figure; `max` is the highest another source gave, when sources differ.
fn figure(n: Option<u32>, max: Option<u32>) -> String {
    match (n, max) {
        (None, _) => "not stated".into(),
        (Some(n), Some(m)) if m > n => format!("{n}–{m} (sources differ)"),
        (Some(0), _) => "0 (none, as stated)".into(),
        (Some(n), _) => n.to_string(),
    }
}

/// The value of `field` as a reader says it; unknown is "not stated", never 0.
pub fn value(i: &Incident, field: &str) -> String {
    let text = |v: &Option<String>| v.clone().unwrap_or_else(|| "not stated".into());
    match field {
        "date" => match (i.date_string(), i.date_precision) {
            (Some(d), Some(p)) => format!("{d} ({})", p.as_str()),
            (Some(d), None) => d,
            _ => "not stated".into(),
        },
        "place" => match (&i.place, &i.country, &i.place_text) {
            (Some(p), c, t) => {
                let mut s = p.clone();
                if let Some(c) = c {
                    s.push_str(&format!(" ({c})"));
                }
                if let Some(t) = t.as_ref().filter(|t| *t != p) {
                    s.push_str(&format!(", written “{t}”"));
                }
                s
            }
            _ => "not placed".into(),
        },
        "weapon" => i.weapon.as_str().to_string(),
        "count" => match (i.count_min, i.count_max) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a}–{b}"),
            (Some(a), None) => format!("at least {a}"),
            (None, Some(b)) => format!("up to {b}"),
            (None, None) => "not stated".into(),
        },
        "killed" => figure(i.killed, i.killed_max),
        "injured" => figure(i.injured, i.injured_max),
        "claimed_by" => text(&i.claimed_by),
        "attacker" => text(&i.attacker),
        "launch_site" => text(&i.launch_site),
        "range_km" => i.range_km.map_or("not stated".into(), |r| format!("{r} km")),
        _ => String::new(),
    }
}

/// Writes `incident` with, for each field, every source's rule and sentence number, then the
/// sentences of each source.
pub fn write(out: &mut impl Write, title: &str, incident: &Incident, told: &[Told]) -> io::Result<()> {
    writeln!(out, "{title}")?;
    // Each source's distinct sentences, numbered in text order: [source.sentence].
    let sentences: Vec<Vec<&Evidence>> = told
        .iter()
        .map(|t| {
            let mut s: Vec<&Evidence> = Vec::new();
            for e in t.provenance.iter().filter(|e| e.start.is_some()) {
                if !s.iter().any(|x| x.start == e.start && x.end == e.end) {
                    s.push(e);
                }
            }
            s.sort_by_key(|e| e.start);
            s
        })
        .collect();
    let width = FIELDS.iter().map(|f| f.0.len()).max().unwrap_or(0);
    for (label, field) in FIELDS {
        let mut why = Vec::new();
        for (k, t) in told.iter().enumerate() {
            for e in t.provenance.iter().filter(|e| e.field == field) {
                let at = sentences[k].iter().position(|x| x.start == e.start && x.end == e.end && e.start.is_some());
                why.push(match (at, told.len()) {
                    (Some(n), 1) => format!("{} [{}]", e.rule, n + 1),
                    (Some(n), _) => format!("{} [{}.{}]", e.rule, k + 1, n + 1),
                    (None, _) => e.rule.clone(),
                });
            }
        }
        let value = value(incident, field);
        match why.is_empty() {
            true => writeln!(out, "  {label:<width$}  {value}")?,
            false => writeln!(out, "  {label:<width$}  {value:<28}  ← {}", why.join("; "))?,
        }
    }
    for (k, t) in told.iter().enumerate() {
        let published = t.published.map(|p| format!(", published {p}")).unwrap_or_default();
        writeln!(out, "  from {}{published}", t.source)?;
        for (n, e) in sentences[k].iter().enumerate() {
            let number = if told.len() == 1 { format!("{}", n + 1) } else { format!("{}.{}", k + 1, n + 1) };
            let bytes = match (e.start, e.end) {
                (Some(a), Some(b)) => format!("bytes {a}–{b}"),
                _ => String::new(),
            };
            writeln!(out, "    [{number}] {bytes}, {}: {}", e.link, e.text)?;
        }
    }
    Ok(())
}
