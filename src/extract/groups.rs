//! Armed groups that claim attacks, from `gazetteer/groups.tsv`: the names a claim sentence is read for.

use std::sync::LazyLock;

use regex::Regex;

const EMBEDDED_GROUPS: &str = include_str!("../../gazetteer/groups.tsv");

/// A group name found in text, as written there.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One regex over every name and alias, longest first so "Kataib Hezbollah" wins over "Hezbollah".
/// Letters match case-insensitively; apostrophes may be missing or curly, and hyphens may be spaces,
/// as spellings differ between outlets.
static GROUPS: LazyLock<Regex> = LazyLock::new(|| {
    let mut names: Vec<String> = Vec::new();
    for (i, line) in EMBEDDED_GROUPS.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() == 4, "gazetteer/groups.tsv:{}: expected 4 tab-separated fields", i + 1);
        names.push(f[1].trim().to_string());
        names.extend(f[2].split(';').map(str::trim).filter(|a| !a.is_empty()).map(str::to_string));
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    let alternatives: Vec<String> = names.iter().map(|n| pattern(n)).collect();
    // ASCII word boundaries keep the lazy DFA on for text with curly quotes (names are ASCII).
    Regex::new(&format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", alternatives.join("|"))).expect("group names form a regex")
});

/// Every name and alias, normalised, with its group's name: how a claimant as written is grouped.
static CANONICAL: LazyLock<std::collections::HashMap<String, String>> = LazyLock::new(|| {
    let mut map = std::collections::HashMap::new();
    for line in EMBEDDED_GROUPS.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let name = f[1].trim();
        for n in std::iter::once(name).chain(f[2].split(';').map(str::trim).filter(|a| !a.is_empty())) {
            map.insert(normal(n), name.to_string());
        }
    }
    map
});

/// Lowercase, without apostrophes, with hyphens as spaces: "Kata'ib-Hezbollah" → "kataib hezbollah".
fn normal(name: &str) -> String {
    let n: String = name
        .chars()
        .filter(|c| !matches!(c, '\'' | '’' | 'ʼ' | '`'))
        .map(|c| if c == '-' { ' ' } else { c.to_ascii_lowercase() })
        .collect();
    n.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The name under which `groups.tsv` lists the group a claimant as written names ("IRGC", "Iran's
/// Revolutionary Guards" → "Islamic Revolutionary Guard Corps"); `None` for a group it does not know.
pub fn canonical(written: &str) -> Option<&'static str> {
    let found = |n: &str| CANONICAL.get(&normal(n)).map(String::as_str);
    let bare = written.split(" (").next().unwrap_or(written).trim();
    let bare = bare.strip_prefix("the ").or_else(|| bare.strip_prefix("The ")).unwrap_or(bare);
    found(bare).or_else(|| mentions(written).first().and_then(|m| found(&m.text)))
}

/// The regex of one name: "Kata'ib Hezbollah" also matches "Kataib Hezbollah" and "Kata’ib-Hezbollah".
/// A short acronym ("IS") matches only as written: in lower case it is a word ("is").
fn pattern(name: &str) -> String {
    if name.len() <= 3 && name.chars().all(|c| c.is_ascii_uppercase()) {
        return format!("(?-i:{name})");
    }
    let mut p = String::new();
    for c in name.chars() {
        match c {
            '\'' | '’' | 'ʼ' | '`' => p.push_str("['’ʼ`]?"),
            ' ' | '-' => p.push_str(r"[\s-]+"),
            c => p.push_str(&regex::escape(&c.to_string())),
        }
    }
    // "Kataib" is also written with the apostrophe: allow one between any two letters of a word.
    p.replace("ai", "a['’ʼ`]?i")
}

/// Every known group named in `s`, in order.
pub fn mentions(s: &str) -> Vec<Mention> {
    GROUPS.find_iter(s).map(|m| Mention { start: m.start(), end: m.end(), text: m.as_str().to_string() }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_group_are_found() {
        for s in ["Kataib Hezbollah", "Kata'ib Hezbollah", "Kata’ib Hizballah", "kataib hezbollah", "Kataib-Hezbollah"]
        {
            let m = mentions(&format!("Officials said {s} was behind it."));
            assert_eq!(m.len(), 1, "{s}");
            assert_eq!(m[0].text, s);
        }
    }

    #[test]
    fn spellings_are_grouped_under_the_listed_name() {
        let table = [
            ("IRGC", Some("Islamic Revolutionary Guard Corps")),
            ("Iran's Revolutionary Guards", Some("Islamic Revolutionary Guard Corps")),
            ("Kata'ib Hizballah", Some("Kataib Hezbollah")),
            ("the Islamic Resistance in Iraq (IRI)", Some("Islamic Resistance in Iraq")),
            ("IRI", Some("Islamic Resistance in Iraq")),
            ("Tashkil al-Waritheen", None),
        ];
        for (written, group) in table {
            assert_eq!(canonical(written), group, "{written}");
        }
    }

    #[test]
    fn a_short_acronym_is_matched_only_as_written() {
        let texts = |s: &str| mentions(s).into_iter().map(|m| m.text).collect::<Vec<_>>();
        assert_eq!(texts("Jihadist group IS claimed it."), ["IS"]);
        assert!(texts("It is what it is, this Is.").is_empty());
        assert_eq!(texts("IRI claims a drone attack on a base; Iri is a name."), ["IRI"]);
    }

    #[test]
    fn the_longest_name_wins() {
        let m = mentions("Kataib Hezbollah, not Hezbollah, and the Islamic Resistance in Iraq");
        let texts: Vec<&str> = m.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Kataib Hezbollah", "Hezbollah", "Islamic Resistance in Iraq"]);
    }

    #[test]
    fn words_inside_other_words_are_not_names() {
        assert!(mentions("The crisis in Ukraine").is_empty());
        assert!(mentions("PKKs and ISISX").is_empty());
    }
}
