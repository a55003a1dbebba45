//! The extraction lexicon (`gazetteer/lexicon.tsv`): terms with a tag, found in a sentence by one
//! Aho-Corasick pass. A new word is a data row, not a code change.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::model::Weapon;
use crate::weapons::WeaponTable;

const EMBEDDED_LEXICON: &str = include_str!("../../gazetteer/lexicon.tsv");

/// What a lexicon term tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// A name that contains a place name but is no place (an outlet, a party, an agency).
    Org,
    /// A word that makes the place name before it an organisation or an office.
    OrgSuffix,
    /// A word for what struck, with its class.
    Weapon(Weapon),
    /// A person who carried what struck ("suicide bomber"): names its class, is no projectile
    /// counted ("four suicide bombers" is no count of bombs).
    Carrier(Weapon),
    /// A word that counts projectiles without naming their class ("projectiles", "shells").
    Projectile,
    /// A weapon of air defence ("surface-to-air missiles"): what was fired at the attack, not its
    /// weapon.
    Defence,
    /// A page heading that opens a list of other stories' headlines ("Related news").
    Furniture,
    /// Words of an old photo's caption ("file photo"): the line is no news.
    Caption,
}

/// A line of page furniture: a heading alone (the lines after it are headlines), a heading with
/// one headline after ":" or "|" on the same line, or an old photo's caption.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Furniture {
    Heading,
    Link,
    Caption,
}

impl Tag {
    fn parse(tag: &str, value: &str) -> Option<Tag> {
        match tag {
            "org" => Some(Tag::Org),
            "org_suffix" => Some(Tag::OrgSuffix),
            "weapon" => value.parse().ok().filter(|w| *w != Weapon::Unknown).map(Tag::Weapon),
            "carrier" => value.parse().ok().map(Tag::Carrier),
            "projectile" => Some(Tag::Projectile),
            "defence" => Some(Tag::Defence),
            "furniture" => Some(Tag::Furniture),
            "caption" => Some(Tag::Caption),
            _ => None,
        }
    }

    /// Words that are counted ("two drones"), whose plural is matched too.
    pub fn countable(self) -> bool {
        matches!(self, Tag::Weapon(_) | Tag::Projectile)
    }
}

/// A term found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub range: Range<usize>,
    pub tag: Tag,
}

pub struct Lexicon {
    matcher: AhoCorasick,
    tags: Vec<Tag>,
}

impl Lexicon {
    /// The lexicon compiled into the binary, with the names of the embedded weapons table.
    pub fn embedded() -> &'static Lexicon {
        static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
            Lexicon::from_tsv_str(EMBEDDED_LEXICON, WeaponTable::embedded()).expect("gazetteer/lexicon.tsv is valid")
        });
        &LEXICON
    }

    /// Reads a lexicon (`term<TAB>tag<TAB>value`, a header row, `#` comments); every name and
    /// alias of `weapons` is a weapon term of its system's class.
    pub fn from_tsv_str(text: &str, weapons: &WeaponTable) -> Result<Lexicon, String> {
        let mut terms = Vec::new();
        let mut tags = Vec::new();
        for w in weapons.systems() {
            for name in std::iter::once(&w.name).chain(&w.aliases) {
                terms.push(name.clone());
                tags.push(Tag::Weapon(w.class));
            }
        }
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() || line.starts_with("term\t") {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let tag = f.get(1).and_then(|t| Tag::parse(t.trim(), f.get(2).map_or("", |v| v.trim())));
            let (Some(term), Some(tag)) = (f.first().map(|t| t.trim()).filter(|t| !t.is_empty()), tag) else {
                return Err(format!("lexicon line {}: expected term<TAB>tag<TAB>value with a known tag", i + 1));
            };
            terms.push(term.to_string());
            tags.push(tag);
        }
        // "drones", "UAVs", "Shahed-136s": the plural of every counted word.
        for i in 0..terms.len() {
            if tags[i].countable() && !terms[i].ends_with(['s', 'S']) {
                terms.push(format!("{}s", terms[i]));
                tags.push(tags[i]);
            }
        }
        // A DFA: a few hundred terms, searched several times in every sentence.
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            // Overlapping matches: the longest term may end inside a word ("artillery shell" in
            // "artillery shelled"), and then the shorter whole-word terms there are the hits.
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&terms)
            .map_err(|e| e.to_string())?;
        Ok(Lexicon { matcher, tags })
    }

    /// The weapon words of `s`, with their offsets and classes, in text order.
    pub fn weapons(&self, s: &str) -> Vec<(std::ops::Range<usize>, Weapon)> {
        self.tag(s)
            .into_iter()
            .filter_map(|h| match h.tag {
                Tag::Weapon(w) => Some((h.range, w)),
                Tag::Carrier(w) if w != Weapon::Unknown => Some((h.range, w)),
                _ => None,
            })
            .collect()
    }

    /// Whether `s` tells who attacked without the class of their arms ("gunmen stormed the post").
    pub fn attackers_of_no_class(&self, s: &str) -> bool {
        self.tag(s).iter().any(|h| h.tag == Tag::Carrier(Weapon::Unknown))
    }

    /// Every term in `s` that stands as whole words, in text order.
    pub fn tag(&self, s: &str) -> Vec<Hit> {
        let mut found: Vec<aho_corasick::Match> =
            self.matcher.find_overlapping_iter(s).filter(|m| whole_word(s, m.start(), m.end())).collect();
        // Leftmost first, the longest at one start, none overlapping one kept; but what struck outranks
        // how it came ("a bomb-laden drone" is a drone, not "a bomb").
        found.sort_by_key(|m| (m.start(), std::cmp::Reverse(m.end())));
        let mut hits: Vec<Hit> = Vec::with_capacity(found.len());
        for m in found {
            let hit = Hit { range: m.start()..m.end(), tag: self.tags[m.pattern().as_usize()] };
            match hits.last_mut() {
                Some(h) if m.start() < h.range.end => {
                    if matches!(h.tag, Tag::Carrier(_))
                        && matches!(hit.tag, Tag::Weapon(_))
                        && hit.range.end > h.range.end
                    {
                        *h = hit;
                    }
                }
                _ => hits.push(hit),
            }
        }
        hits
    }

    /// Whether a line of text is page furniture: a heading of other stories (alone, or before ":"
    /// or "|" and a headline), or an old photo's caption ("This March 27, 2008, file photo shows
    /// ...", "... File photo: Agency") anywhere in the line.
    pub fn furniture(&self, line: &str) -> Option<Furniture> {
        let line = line.trim();
        let hits = self.tag(line);
        if hits.iter().any(|h| h.tag == Tag::Caption) {
            return Some(Furniture::Caption);
        }
        let hit = hits.into_iter().next().filter(|h| h.range.start == 0 && h.tag == Tag::Furniture)?;
        let rest = line[hit.range.end..].trim_start();
        if rest.trim_matches(|c: char| c.is_whitespace() || ":|….-–—»>".contains(c)).is_empty() {
            Some(Furniture::Heading)
        } else if rest.starts_with([':', '|']) {
            Some(Furniture::Link)
        } else {
            None
        }
    }

    /// Whether `rest` (the text right after a place name) opens with an organisation word, directly
    /// or after a possessive: "Operations Command", "'s counter-terrorism service".
    pub fn org_suffix_follows(&self, rest: &str) -> bool {
        let rest = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("’s")).unwrap_or(rest);
        let trimmed = rest.trim_start_matches([' ', '-']);
        if trimmed.len() == rest.len() && !rest.is_empty() {
            return false;
        }
        let offset = rest.len() - trimmed.len();
        // Only the words right after the name matter: the longest term is a few words long.
        let mut end = rest.len().min(offset + 48);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        self.tag(&rest[..end]).first().is_some_and(|h| h.tag == Tag::OrgSuffix && h.range.start == offset)
    }
}

fn whole_word(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_that_carry_a_place_name() {
        let l = Lexicon::embedded();
        // (sentence, the organisation's words)
        let table = [
            ("The channel Al Mayadeen reported a blast.", "Al Mayadeen"),
            ("Fighters of the Kurdistan Workers' Party were killed.", "Kurdistan Workers' Party"),
            ("The Kurdistan Regional Government condemned it.", "Kurdistan Regional Government"),
        ];
        for (s, org) in table {
            let hits = l.tag(s);
            assert!(hits.iter().any(|h| h.tag == Tag::Org && &s[h.range.clone()] == org), "{s}");
        }
        assert!(!l.tag("The Mayadin countryside was shelled.").iter().any(|h| h.tag == Tag::Org));
    }

    #[test]
    fn weapon_words_and_system_names_with_their_class() {
        let l = Lexicon::embedded();
        // (sentence, the weapon words found, in order)
        let table: [(&str, &[(&str, Weapon)]); 6] = [
            ("Two UAVs struck the base.", &[("UAVs", Weapon::Drone)]),
            ("Three quadcopters and a rocket hit it.", &[("quadcopters", Weapon::Drone), ("rocket", Weapon::Rocket)]),
            ("A Shahed-136 struck Tower 22.", &[("Shahed-136", Weapon::Drone)]),
            ("Iran fired Fateh-110s at Erbil.", &[("Fateh-110s", Weapon::Missile)]),
            ("An Israeli strike hit the airport.", &[("Israeli strike", Weapon::Airstrike)]),
            (
                "Ballistic missiles and one-way attack drones",
                &[("Ballistic missiles", Weapon::Missile), ("one-way attack drones", Weapon::Drone)],
            ),
        ];
        for (s, expected) in table {
            let found: Vec<(&str, Weapon)> = l.weapons(s).into_iter().map(|(r, w)| (&s[r], w)).collect();
            assert_eq!(found, expected, "{s}");
        }
        // Words inside other words are not weapons.
        assert!(l.weapons("The Grady family, a rocketry club, and the dronebook").is_empty());
    }

    #[test]
    fn bad_rows_are_refused_with_their_line() {
        let e =
            Lexicon::from_tsv_str("term\ttag\tvalue\nlaser\tweapon\tlaser\n", WeaponTable::embedded()).err().unwrap();
        assert!(e.starts_with("lexicon line 2:"), "{e}");
    }

    #[test]
    fn words_that_turn_a_place_into_an_office() {
        let l = Lexicon::embedded();
        for rest in [" Operations Command said", " governor said", "'s counter-terrorism service said", " council said"]
        {
            assert!(l.org_suffix_follows(rest), "{rest}");
        }
        for rest in [" on Monday", ", the capital", " airport", "", "Police"] {
            assert!(!l.org_suffix_follows(rest), "{rest}");
        }
    }
}
