//! Weapon vocabulary and ranges, from `gazetteer/weapons.tsv`.

use std::path::Path;
use std::sync::OnceLock;

use anyhow::{Context, Result, bail};

use crate::gazetteer::normalize;
use crate::model::Weapon;

const EMBEDDED_WEAPONS: &str = include_str!("../gazetteer/weapons.tsv");

/// One named weapon system.
#[derive(Clone, Debug, PartialEq)]
pub struct WeaponSystem {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub class: Weapon,
    pub range_km: Option<f64>,
    pub source: String,
}

/// The loaded weapon table.
#[derive(Debug, Default)]
pub struct WeaponTable {
    systems: Vec<WeaponSystem>,
    /// Normalised alias → index, longest aliases first so "107 mm" wins over shorter names.
    aliases: Vec<(String, usize)>,
    /// Every alias as a whole word (" alias "), leftmost-longest: one pass over a text finds the first.
    matcher: Option<aho_corasick::AhoCorasick>,
}

impl WeaponTable {
    pub fn embedded() -> &'static WeaponTable {
        static T: OnceLock<WeaponTable> = OnceLock::new();
        T.get_or_init(|| {
            WeaponTable::from_tsv_str("gazetteer/weapons.tsv", EMBEDDED_WEAPONS)
                .expect("the embedded weapons file is checked by tests")
        })
    }

    pub fn from_path(path: &Path) -> Result<WeaponTable> {
        let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
        WeaponTable::from_tsv_str(&path.display().to_string(), &text)
    }

    /// Parses the TSV (header: id, name, aliases, class, range_km, source); errors name file and line.
    pub fn from_tsv_str(name: &str, text: &str) -> Result<WeaponTable> {
        let mut lines = text.lines().enumerate();
        let header: Vec<&str> = match lines.next() {
            Some((_, h)) => h.split('\t').map(str::trim).collect(),
            None => bail!("{name}: empty weapons file"),
        };
        let col =
            |c: &str| header.iter().position(|h| *h == c).with_context(|| format!("{name}:1: missing column {c:?}"));
        let (ci, cn, ca, cc, cr, cs) =
            (col("id")?, col("name")?, col("aliases")?, col("class")?, col("range_km")?, col("source")?);
        let mut t = WeaponTable::default();
        for (i, line) in lines {
            let lineno = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != header.len() {
                bail!("{name}:{lineno}: expected {} tab-separated fields, found {}", header.len(), f.len());
            }
            let class: Weapon = f[cc].trim().parse().map_err(|e| anyhow::anyhow!("{name}:{lineno}: {e}"))?;
            let range_km = match f[cr].trim() {
                "" => None,
                r => Some(
                    r.parse::<f64>()
                        .ok()
                        .filter(|v| v.is_finite() && *v > 0.0)
                        .with_context(|| format!("{name}:{lineno}: range_km {r:?} is not a positive number"))?,
                ),
            };
            let sys = WeaponSystem {
                id: f[ci].trim().to_string(),
                name: f[cn].trim().to_string(),
                aliases: f[ca].split(';').map(str::trim).filter(|a| !a.is_empty()).map(str::to_string).collect(),
                class,
                range_km,
                source: f[cs].trim().to_string(),
            };
            if sys.id.is_empty() || sys.name.is_empty() {
                bail!("{name}:{lineno}: id and name must not be empty");
            }
            let idx = t.systems.len();
            for a in std::iter::once(&sys.name).chain(&sys.aliases) {
                let key = normalize(a);
                if !key.is_empty() {
                    t.aliases.push((key, idx));
                }
            }
            t.systems.push(sys);
        }
        t.aliases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        let words: Vec<String> = t.aliases.iter().map(|(a, _)| format!(" {a} ")).collect();
        t.matcher = Some(
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&words)
                .with_context(|| format!("{name}: cannot index the aliases"))?,
        );
        Ok(t)
    }

    pub fn systems(&self) -> &[WeaponSystem] {
        &self.systems
    }

    /// The system a name refers to ("Katyusha", "107mm", "Fateh-110").
    pub fn lookup(&self, name: &str) -> Option<&WeaponSystem> {
        let key = normalize(name);
        self.aliases.iter().find(|(a, _)| *a == key).map(|&(_, i)| &self.systems[i])
    }

    /// The first named system mentioned in `text` (whole words only).
    pub fn mention(&self, text: &str) -> Option<&WeaponSystem> {
        let hay = format!(" {} ", normalize(text));
        let m = self.matcher.as_ref()?.find(&hay)?;
        Some(&self.systems[self.aliases[m.pattern().as_usize()].1])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_table_loads_with_ranges() {
        let t = WeaponTable::embedded();
        assert!(t.systems().len() >= 10);
        assert_eq!(t.lookup("107mm").unwrap().range_km, Some(8.0));
        assert_eq!(t.lookup("Katyusha").unwrap().class, Weapon::Rocket);
        assert_eq!(t.lookup("Shahed 136").unwrap().class, Weapon::Drone);
    }

    #[test]
    fn mention_finds_names_in_text() {
        let t = WeaponTable::embedded();
        assert_eq!(t.mention("four more Katyusha rockets were found").unwrap().id, "katyusha");
        assert_eq!(t.mention("two 107 mm rockets hit the base").unwrap().id, "type63-107");
        assert!(t.mention("a rocket attack on the base").is_none());
        assert!(t.mention("the Grady family").is_none());
    }

    #[test]
    fn every_row_has_a_range_and_a_checked_source() {
        let t = WeaponTable::embedded();
        for w in t.systems() {
            assert!(w.range_km.is_some(), "{}: no range", w.id);
            assert!(w.source.len() > 20, "{}: no source", w.id);
            assert!(!w.source.contains("not re-checked"), "{}: source not checked", w.id);
        }
    }

    #[test]
    fn no_alias_names_two_systems() {
        let t = WeaponTable::embedded();
        let mut seen = std::collections::HashMap::new();
        for w in t.systems() {
            for a in std::iter::once(&w.name).chain(&w.aliases) {
                if let Some(other) = seen.insert(normalize(a), &w.id) {
                    assert_eq!(other, &w.id, "{a:?} names {other} and {}", w.id);
                }
            }
        }
    }

    #[test]
    fn names_as_written_in_news() {
        let t = WeaponTable::embedded();
        let id = |s: &str| t.mention(s).map(|w| w.id.as_str());
        assert_eq!(id("Katyusha-type rockets hit the Green Zone"), Some("katyusha"));
        assert_eq!(id("three 107mm rockets were fired"), Some("type63-107"));
        assert_eq!(id("a 120mm mortar round landed near the base"), Some("mortar-120"));
        assert_eq!(id("an 82-mm mortar shell"), Some("mortar-82"));
        assert_eq!(id("two Shahed-type drones were shot down"), Some("shahed-type"));
        assert_eq!(id("a Shahed-136 drone"), Some("shahed-136"));
        assert_eq!(id("Iran fired Fateh-110 missiles at Erbil"), Some("fateh-110"));
        assert_eq!(id("Fateh-313 and Qiam missiles hit Ain al-Asad"), Some("fateh-313"));
        assert_eq!(id("Kheibar Shekan missiles struck Idlib"), Some("kheibar-shekan"));
        assert_eq!(id("240mm rockets"), Some("fajr-3"));
        // Personal names are not weapons.
        assert!(t.mention("Abdul Samad said the drone fell in a field").is_none());
        assert!(t.mention("Emad Hassan, a police officer").is_none());
        // Mortars get a range only with their calibre: the table has no class-wide rows.
        assert!(t.mention("mortar rounds hit the base").is_none());
        assert_eq!(t.lookup("120 mm").unwrap().class, Weapon::Mortar);
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let text = "id\tname\taliases\tclass\trange_km\tsource\nx\tX\t\tlaser\t5\ts\n";
        let e = WeaponTable::from_tsv_str("w.tsv", text).unwrap_err().to_string();
        assert!(e.starts_with("w.tsv:2:"), "{e}");
        let text = "id\tname\taliases\tclass\trange_km\tsource\nx\tX\t\trocket\tfar\ts\n";
        assert!(WeaponTable::from_tsv_str("w.tsv", text).unwrap_err().to_string().contains("w.tsv:2:"));
    }
}
