//! Place names to coordinates: the curated places file under `gazetteer/`, and the resolver.
//!
//! FIRST CUT (to be completed by the gazetteer work): loader + exact alias lookup + mention scan.

mod normalize;

use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;
use std::sync::OnceLock;

use anyhow::{Context, Result, bail};
use geo::{Distance, Haversine};

use crate::model::{GeoPrecision, LatLon};
pub use normalize::normalize;

/// The places file shipped with the binary.
const EMBEDDED_PLACES: &str = include_str!("../../gazetteer/places.tsv");

/// What sort of place a row is; decides `geo_precision` and "is this a base".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    Airbase,
    Base,
    Airport,
    Embassy,
    Consulate,
    Oilfield,
    Gasfield,
    BorderCrossing,
    Dam,
    Capital,
    City,
    Town,
    Village,
    Governorate,
    District,
    Region,
    Country,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 17] = [
        PlaceKind::Airbase,
        PlaceKind::Base,
        PlaceKind::Airport,
        PlaceKind::Embassy,
        PlaceKind::Consulate,
        PlaceKind::Oilfield,
        PlaceKind::Gasfield,
        PlaceKind::BorderCrossing,
        PlaceKind::Dam,
        PlaceKind::Capital,
        PlaceKind::City,
        PlaceKind::Town,
        PlaceKind::Village,
        PlaceKind::Governorate,
        PlaceKind::District,
        PlaceKind::Region,
        PlaceKind::Country,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Airbase => "airbase",
            PlaceKind::Base => "base",
            PlaceKind::Airport => "airport",
            PlaceKind::Embassy => "embassy",
            PlaceKind::Consulate => "consulate",
            PlaceKind::Oilfield => "oilfield",
            PlaceKind::Gasfield => "gasfield",
            PlaceKind::BorderCrossing => "border_crossing",
            PlaceKind::Dam => "dam",
            PlaceKind::Capital => "capital",
            PlaceKind::City => "city",
            PlaceKind::Town => "town",
            PlaceKind::Village => "village",
            PlaceKind::Governorate => "governorate",
            PlaceKind::District => "district",
            PlaceKind::Region => "region",
            PlaceKind::Country => "country",
        }
    }

    /// Military sites: what "the nearest base" means.
    pub fn is_military(self) -> bool {
        matches!(self, PlaceKind::Airbase | PlaceKind::Base)
    }

    pub fn geo_precision(self) -> GeoPrecision {
        match self {
            PlaceKind::Capital | PlaceKind::City | PlaceKind::Town | PlaceKind::Village => GeoPrecision::Town,
            PlaceKind::Governorate | PlaceKind::District | PlaceKind::Region | PlaceKind::Country => {
                GeoPrecision::Region
            }
            _ => GeoPrecision::Site,
        }
    }
}

impl FromStr for PlaceKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        PlaceKind::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| format!("unknown place kind {s:?}"))
    }
}

/// One row of the places file.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub admin1: Option<String>,
    pub location: LatLon,
    /// Where the coordinate comes from.
    pub source: String,
}

/// Context that helps choose between places of the same name.
#[derive(Clone, Debug, Default)]
pub struct Hint {
    /// ISO code of a country named nearby in the text.
    pub country: Option<String>,
    /// The sentence speaks of a base, airport or other site.
    pub prefer_site: bool,
    /// Prefer places near here (another place in the same article).
    pub near: Option<LatLon>,
}

/// A possible answer to a lookup, higher score better (0..=1).
#[derive(Clone, Debug)]
pub struct Candidate<'g> {
    pub place: &'g Place,
    pub score: f64,
    /// The alias (as written in the places file) that matched.
    pub matched: String,
}

/// The answer to a lookup: the best match when one stands out, and every candidate considered.
#[derive(Clone, Debug, Default)]
pub struct Lookup<'g> {
    pub best: Option<Candidate<'g>>,
    pub candidates: Vec<Candidate<'g>>,
}

/// A place name found in running text.
#[derive(Clone, Debug)]
pub struct Mention<'g> {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// The words as written.
    pub text: String,
    pub lookup: Lookup<'g>,
}

/// The loaded places and their alias index.
#[derive(Debug, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    by_alias: HashMap<String, Vec<usize>>,
    /// Longest alias in tokens, bounds the mention scan.
    max_alias_tokens: usize,
}

impl Gazetteer {
    /// The places file compiled into the binary.
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            Gazetteer::from_tsv_str("gazetteer/places.tsv", EMBEDDED_PLACES)
                .expect("the embedded places file is checked by tests")
        })
    }

    /// Loads a places file (TSV with a header); errors name the file and line.
    pub fn from_path(path: &Path) -> Result<Gazetteer> {
        let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
        Gazetteer::from_tsv_str(&path.display().to_string(), &text)
    }

    pub fn from_tsv_str(name: &str, text: &str) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        let mut lines = text.lines().enumerate();
        let header: Vec<&str> = match lines.next() {
            Some((_, h)) => h.split('\t').collect(),
            None => bail!("{name}: empty places file"),
        };
        let col = |c: &str| -> Result<usize> {
            header.iter().position(|h| h.trim() == c).with_context(|| format!("{name}:1: missing column {c:?}"))
        };
        let (ci, cn, ca, ck, cc, c1, clat, clon, cs) = (
            col("id")?,
            col("name")?,
            col("aliases")?,
            col("kind")?,
            col("country")?,
            col("admin1")?,
            col("lat")?,
            col("lon")?,
            col("source")?,
        );
        for (i, line) in lines {
            let lineno = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != header.len() {
                bail!("{name}:{lineno}: expected {} tab-separated fields, found {}", header.len(), f.len());
            }
            let num = |c: usize, what: &str| -> Result<f64> {
                f[c].trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .with_context(|| format!("{name}:{lineno}: {what} {:?} is not a number", f[c]))
            };
            let location = LatLon::new(num(clat, "lat")?, num(clon, "lon")?);
            if !location.is_valid() {
                bail!("{name}:{lineno}: coordinate {}, {} is out of range", location.lat, location.lon);
            }
            let kind = f[ck].trim().parse::<PlaceKind>().map_err(|e| anyhow::anyhow!("{name}:{lineno}: {e}"))?;
            let id = f[ci].trim().to_string();
            if id.is_empty() || f[cn].trim().is_empty() {
                bail!("{name}:{lineno}: id and name must not be empty");
            }
            g.add(Place {
                id,
                name: f[cn].trim().to_string(),
                aliases: f[ca].split(';').map(str::trim).filter(|a| !a.is_empty()).map(str::to_string).collect(),
                kind,
                country: f[cc].trim().to_string(),
                admin1: Some(f[c1].trim()).filter(|s| !s.is_empty()).map(str::to_string),
                location,
                source: f[cs].trim().to_string(),
            });
        }
        Ok(g)
    }

    fn add(&mut self, p: Place) {
        let idx = self.places.len();
        for name in std::iter::once(&p.name).chain(p.aliases.iter()) {
            let key = normalize(name);
            if key.is_empty() {
                continue;
            }
            self.max_alias_tokens = self.max_alias_tokens.max(key.split(' ').count());
            let v = self.by_alias.entry(key).or_default();
            if !v.contains(&idx) {
                v.push(idx);
            }
        }
        self.places.push(p);
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    pub fn get(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    /// The best place for a name, with every candidate and its score.
    pub fn lookup(&self, query: &str, hint: &Hint) -> Lookup<'_> {
        let key = normalize(query);
        let mut candidates: Vec<Candidate> = self
            .by_alias
            .get(&key)
            .into_iter()
            .flatten()
            .map(|&i| {
                let place = &self.places[i];
                let mut score = 1.0;
                if let Some(c) = &hint.country
                    && c != &place.country
                {
                    score -= 0.2;
                }
                if hint.prefer_site && place.kind.geo_precision() == GeoPrecision::Site {
                    score += 0.05;
                }
                Candidate { place, score: f64::min(score, 1.0), matched: query.to_string() }
            })
            .collect();
        candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
        let best = match candidates.as_slice() {
            [only] => Some(only.clone()),
            [a, b, ..] if a.score > b.score => Some(a.clone()),
            _ => None,
        };
        Lookup { best, candidates }
    }

    /// Every known place name in `text`, longest match first, not overlapping.
    pub fn mentions(&self, text: &str) -> Vec<Mention<'_>> {
        let words = normalize::words(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut found = None;
            for n in (1..=self.max_alias_tokens.min(words.len() - i)).rev() {
                let span = &words[i..i + n];
                let key = normalize(&text[span[0].start..span[n - 1].end]);
                if self.by_alias.contains_key(&key) {
                    found = Some(n);
                    break;
                }
            }
            match found {
                Some(n) => {
                    let (start, end) = (words[i].start, words[i + n - 1].end);
                    let written = &text[start..end];
                    out.push(Mention {
                        start,
                        end,
                        text: written.to_string(),
                        lookup: self.lookup(written, &Hint::default()),
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Places within `km` of a point, nearest first.
    pub fn near(&self, at: LatLon, km: f64) -> Vec<(&Place, f64)> {
        let mut v: Vec<(&Place, f64)> = self
            .places
            .iter()
            .map(|p| (p, Haversine.distance(at.to_point(), p.location.to_point()) / 1000.0))
            .filter(|(_, d)| *d <= km)
            .collect();
        v.sort_by(|a, b| a.1.total_cmp(&b.1));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_places_file_loads() {
        assert!(!Gazetteer::embedded().places().is_empty());
    }

    #[test]
    fn bad_row_names_file_and_line() {
        let text = "id\tname\taliases\tkind\tcountry\tadmin1\tlat\tlon\tsource\nx\tX\t\ttown\tIQ\t\tnorth\t44\tme\n";
        let err = Gazetteer::from_tsv_str("p.tsv", text).unwrap_err().to_string();
        assert!(err.starts_with("p.tsv:2:"), "{err}");
    }

    #[test]
    fn spellings_resolve_to_one_place() {
        let g = Gazetteer::embedded();
        for n in ["Irbil", "Erbil", "ARBIL", "Hawler"] {
            assert_eq!(g.lookup(n, &Hint::default()).best.unwrap().place.id, "erbil", "{n}");
        }
    }

    #[test]
    fn mentions_finds_longest_name() {
        let g = Gazetteer::embedded();
        let m = g.mentions("Rockets fell between Irbil’s airport and a nearby base.");
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].lookup.best.as_ref().unwrap().place.id, "erbil-airport");
        assert_eq!(m[0].text, "Irbil’s airport");
    }
}
