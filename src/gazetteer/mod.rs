//! Place names to coordinates: the places file under `gazetteer/` (embedded, or a user's file via
//! `INCMAP_PLACES`), the resolver (`lookup`: exact alias, "X province", "X air base", "base in X";
//! names spelled alike as "did you mean" suggestions), and the mention scan the extractor runs over
//! every sentence (`mentions`).
//!
//! Ambiguity is reported, not guessed: `Lookup::best` is `None` unless one candidate stands out, and
//! a misspelling is never an answer, only a suggestion. Commands that need one place call `resolve`.

pub mod geonames;
mod normalize;

use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;
use std::sync::{LazyLock, OnceLock};

use crate::geodesy::{bearing_deg, distance_km};
use crate::model::{GeoPrecision, LatLon};
use anyhow::{Context, Result, bail};
pub use normalize::normalize;
use regex::Regex;

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
    /// A port, a research centre, a pumping station: a site struck that is no base.
    Facility,
    /// A walled zone or quarter inside a city (Baghdad's Green Zone): finer than its town.
    Quarter,
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
    pub const ALL: [PlaceKind; 19] = [
        PlaceKind::Airbase,
        PlaceKind::Base,
        PlaceKind::Airport,
        PlaceKind::Embassy,
        PlaceKind::Consulate,
        PlaceKind::Oilfield,
        PlaceKind::Gasfield,
        PlaceKind::BorderCrossing,
        PlaceKind::Dam,
        PlaceKind::Facility,
        PlaceKind::Quarter,
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
            PlaceKind::Facility => "facility",
            PlaceKind::Quarter => "quarter",
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

    /// Where forces are based: military sites and airports (coalition bases sit inside Erbil and
    /// Baghdad airports). What exposure, threat and "nearest base" consider by default.
    pub fn hosts_forces(self) -> bool {
        self.is_military() || self == PlaceKind::Airport
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
    /// The last year the site served as one (a base closed or handed over): a map of later attacks
    /// does not draw it among the reference bases. `None` while it stands.
    pub until: Option<i32>,
}

impl Place {
    /// Whether the site still served in `year` (`None`: today): a camp closed in 2011 stood for an
    /// attack of 2007, not for one of 2024 or of no known year.
    pub fn stands_in(&self, year: Option<i32>) -> bool {
        self.until.is_none_or(|u| year.is_some_and(|y| y <= u))
    }
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
    /// The normalised name that was looked up (see `normalize`).
    pub matched: String,
}

/// The answer to a lookup: the best match when one stands out, and every candidate considered.
#[derive(Clone, Debug, Default)]
pub struct Lookup<'g> {
    pub best: Option<Candidate<'g>>,
    /// Places that bear the name (or fit "X province", "base in X"), best first.
    pub candidates: Vec<Candidate<'g>>,
    /// Only when no place bears the name: places with a name spelled alike, closest first, scored
    /// by similarity ("did you mean"). A misspelling is never taken as the answer: a wrong dot is
    /// worse than none.
    pub suggestions: Vec<Candidate<'g>>,
}

impl<'g> Lookup<'g> {
    /// The one place `name` stands for, or why there is none.
    pub fn one(&self, name: &str) -> Result<&'g Place, Unresolved> {
        if let Some(b) = &self.best {
            return Ok(b.place);
        }
        let mut names: Vec<String> = Vec::new();
        if self.candidates.is_empty() {
            for c in &self.suggestions {
                if !names.contains(&c.place.name) {
                    names.push(c.place.name.clone());
                }
            }
            return Err(Unresolved::Unknown { name: name.to_string(), suggestions: names });
        }
        let candidates = self
            .candidates
            .iter()
            .map(|c| {
                let p = c.place;
                format!("{} ({}, {}, {}, {})", p.name, p.kind.as_str(), p.country, p.location.lat, p.location.lon)
            })
            .collect();
        Err(Unresolved::Ambiguous { name: name.to_string(), candidates })
    }
}

/// Why a name stands for no one place; its message is one line.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Unresolved {
    #[error("no place named {name:?} in the gazetteer{}", did_you_mean(suggestions))]
    Unknown { name: String, suggestions: Vec<String> },
    #[error("{name:?} is ambiguous: {}", candidates.join("; "))]
    Ambiguous { name: String, candidates: Vec<String> },
}

fn did_you_mean(names: &[String]) -> String {
    if names.is_empty() { String::new() } else { format!("; did you mean {}?", names.join(", ")) }
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
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    by_alias: HashMap<String, Vec<usize>>,
    /// Longest alias in tokens, bounds the mention scan.
    max_alias_tokens: usize,
    /// Every alias key and its leading words ("camp", "camp taji"): the scan stops extending a
    /// candidate name as soon as no alias starts that way.
    prefixes: std::collections::HashSet<String>,
    /// Names the mention scan treats with care (see `gazetteer/stoplist.txt`).
    stoplist: HashMap<String, StopRule>,
    /// Every name's consonant skeleton (`normalize::skeleton`) and the skeletons of its leading
    /// words: how a name spelled another way ("Tal Rifaat" for "Tall Rif'at") is still found.
    by_skeleton: HashMap<String, Vec<usize>>,
    skeleton_prefixes: std::collections::HashSet<String>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum StopRule {
    Capitalised,
    /// A word that opens many names ("Tal", hill): [`StopRule::Capitalised`], and no mention when
    /// the name goes on ("Tal Al-Ward", a village the gazetteer does not know, is not At Tall).
    Prefix,
    Article,
    Never,
}

/// Whether a name goes on after its first word: another capitalised word or an Arabic article
/// ("Tal Al-Ward", "Tal al-Ward", "Tal Ward").
fn name_goes_on(rest: &str) -> bool {
    let rest = rest.strip_prefix([' ', '-']).unwrap_or("");
    rest.starts_with(|c: char| c.is_uppercase()) || rest.starts_with("al-") || rest.starts_with("el-")
}

/// Ambiguity margin: a best answer must beat the runner-up by this much.
const MARGIN: f64 = 0.05;
/// "Did you mean": at most this many suggestions, each at most one edit per this many letters of
/// the name away (at least one edit) and at most one edit further than the closest, for names of
/// three letters or more.
const SUGGESTIONS: usize = 5;
const LETTERS_PER_EDIT: usize = 3;
/// A skeleton shorter than this is too common to name a place ("Hit", "Dibis").
const MIN_SKELETON: usize = 6;
/// A name found by its skeleton only scores below one found as written.
const SKELETON_SCORE: f64 = 0.9;
/// A site counts as "at" a town within this distance.
const SITE_AT_TOWN_KM: f64 = 30.0;
/// A site told "in X" lies within this distance of it (a city's outskirts, its airport).
const SITE_WITHIN_CITY_KM: f64 = 20.0;
/// A site told "in the town of X" lies within this distance of it.
const SITE_IN_TOWN_KM: f64 = 10.0;

const EMBEDDED_STOPLIST: &str = include_str!("../../gazetteer/stoplist.txt");

impl Gazetteer {
    /// The places file compiled into the binary.
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            Gazetteer::from_tsv_str("gazetteer/places.tsv", EMBEDDED_PLACES)
                .expect("the embedded places file is checked by tests")
        })
    }

    /// The embedded gazetteer, or the places file named by `INCMAP_PLACES` when set.
    pub fn from_env() -> Result<std::borrow::Cow<'static, Gazetteer>> {
        match std::env::var_os("INCMAP_PLACES") {
            Some(p) if !p.is_empty() => Ok(std::borrow::Cow::Owned(Gazetteer::from_path(Path::new(&p))?)),
            _ => Ok(std::borrow::Cow::Borrowed(Gazetteer::embedded())),
        }
    }

    /// Loads a places file (TSV with a header); errors name the file and line.
    pub fn from_path(path: &Path) -> Result<Gazetteer> {
        let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
        Gazetteer::from_tsv_str(&path.display().to_string(), &text)
    }

    pub fn from_tsv_str(name: &str, text: &str) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        for line in EMBEDDED_STOPLIST.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            if let Some((word, rule)) = line.split_once('\t') {
                let rule = match rule.trim() {
                    "never" => StopRule::Never,
                    "article" => StopRule::Article,
                    "prefix" => StopRule::Prefix,
                    _ => StopRule::Capitalised,
                };
                g.stoplist.insert(normalize(word), rule);
            }
        }
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
        // Optional: a places file of one's own may leave it out.
        let cu = header.iter().position(|h| h.trim() == "until");
        let mut ids = std::collections::HashSet::new();
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
            if !ids.insert(id.clone()) {
                bail!("{name}:{lineno}: duplicate id {id:?}");
            }
            let until = match cu.map(|c| f[c].trim()).filter(|u| !u.is_empty()) {
                Some(u) => {
                    Some(u.parse::<i32>().ok().with_context(|| format!("{name}:{lineno}: until {u:?} is not a year"))?)
                }
                None => None,
            };
            let country = f[cc].trim().to_string();
            if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
                bail!("{name}:{lineno}: country {country:?} is not an ISO 3166-1 alpha-2 code");
            }
            g.add(Place {
                id,
                name: f[cn].trim().to_string(),
                aliases: f[ca].split(';').map(str::trim).filter(|a| !a.is_empty()).map(str::to_string).collect(),
                kind,
                country,
                admin1: Some(f[c1].trim()).filter(|s| !s.is_empty()).map(str::to_string),
                location,
                source: f[cs].trim().to_string(),
                until,
            });
        }
        Ok(g)
    }

    fn add(&mut self, p: Place) {
        let idx = self.places.len();
        let keys = std::iter::once(&p.name).chain(p.aliases.iter()).map(|n| normalize(n));
        let keys: Vec<String> = keys.flat_map(|k| airport_variants(k, p.kind)).collect();
        for key in keys {
            if key.is_empty() {
                continue;
            }
            self.max_alias_tokens = self.max_alias_tokens.max(key.split(' ').count());
            for (i, _) in key.match_indices(' ') {
                self.prefixes.insert(key[..i].to_string());
            }
            self.prefixes.insert(key.clone());
            let skeleton = normalize::skeleton(&key);
            // Countries are written one way in English news; "Albany" is not "Albania".
            if skeleton.len() >= MIN_SKELETON && p.kind != PlaceKind::Country {
                let tokens: Vec<&str> = key.split(' ').collect();
                for n in 1..tokens.len() {
                    self.skeleton_prefixes.insert(normalize::skeleton(&tokens[..n].join(" ")));
                }
                self.skeleton_prefixes.insert(skeleton.clone());
                let v = self.by_skeleton.entry(skeleton).or_default();
                if !v.contains(&idx) {
                    v.push(idx);
                }
            }
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

    /// Whether a place name is an English word too ("Hit", "Tell"): in a headline, where every word
    /// is capitalised, it is not read as the place.
    pub fn is_english_word(&self, name: &str) -> bool {
        matches!(self.stoplist.get(&normalize(name)), Some(StopRule::Capitalised | StopRule::Prefix))
    }

    /// The best place for a name, with every candidate and its score.
    ///
    /// Tries, in order: an exact alias; "X province"/"province of X"; "X airport"/"X base"/"base in X".
    /// Context in `hint` adjusts the scores. When nothing bears the name, names spelled alike are
    /// `suggestions`.
    pub fn lookup(&self, query: &str, hint: &Hint) -> Lookup<'_> {
        let key = normalize(query);
        let mut l = self.lookup_key(&key, hint);
        if l.candidates.is_empty() {
            l.suggestions = self.spelled_alike(&key);
        }
        l
    }

    /// The one place a name stands for (no context), or an error naming the candidates or what it
    /// may be a misspelling of: what every command that takes a place name uses.
    pub fn resolve(&self, name: &str) -> Result<&Place, Unresolved> {
        self.lookup(name, &Hint::default()).one(name)
    }

    /// Without suggestions: the mention scan looks up names it knows exist.
    fn lookup_key(&self, key: &str, hint: &Hint) -> Lookup<'_> {
        let mut cands = self.exact(key, 1.0);
        if cands.is_empty() {
            cands = self.patterned(key);
        }
        self.finish(cands, hint, key)
    }

    fn exact(&self, key: &str, score: f64) -> Vec<(usize, f64)> {
        self.by_alias.get(key).into_iter().flatten().map(|&i| (i, score)).collect()
    }

    /// Names built from a place name and a generic word: "Diyala province", "Kirkuk air base",
    /// "base in Kirkuk province", "military base of Kirkuk".
    fn patterned(&self, key: &str) -> Vec<(usize, f64)> {
        let (site, rest) = match strip_site_words(key) {
            Some((kind, rest)) => (Some(kind), rest),
            None => (None, key),
        };
        // "the base in the town of Dabiq": a site told inside the settlement, not in its district.
        let settlement = ["the town of ", "the city of ", "the village of ", "town of ", "city of ", "village of "]
            .iter()
            .find_map(|w| rest.strip_prefix(w));
        let (rest, reach) = match settlement {
            Some(r) if site.is_some() => (r, SITE_IN_TOWN_KM),
            _ => (rest, SITE_AT_TOWN_KM),
        };
        let (province, inner) =
            if let Some(r) = rest.strip_suffix(" province").or_else(|| rest.strip_suffix(" governorate")) {
                (true, r)
            } else if let Some(r) = rest.strip_prefix("province of ").or_else(|| rest.strip_prefix("governorate of ")) {
                (true, r)
            } else {
                (false, rest)
            };
        if site.is_none() && !province {
            return Vec::new();
        }
        let found = self.exact(inner, 1.0);
        let mut out = Vec::new();
        for (i, s) in found {
            let p = &self.places[i];
            match (site, province) {
                (None, true) => out.extend(self.governorate_of(p).map(|g| (g, s * 0.95))),
                (Some(want), true) => {
                    let Some(gov) = self.governorate_of(p) else { continue };
                    let admin = self.places[gov].admin1.clone();
                    out.extend(
                        self.places
                            .iter()
                            .enumerate()
                            .filter(|(_, q)| want.accepts(q) && q.country == p.country && q.admin1 == admin)
                            .map(|(j, _)| (j, s * 0.9)),
                    );
                }
                (Some(want), false) if want.accepts(p) => out.push((i, s)),
                (Some(want), false) => {
                    let sites = self.sites_at_town(p, want, reach);
                    if sites.is_empty() {
                        // No known site there: the town itself, at town precision.
                        out.push((i, s * 0.7));
                    }
                    out.extend(sites.into_iter().map(|(j, d)| (j, s * (0.9 - d / reach * 0.1))));
                }
                (None, false) => {}
            }
        }
        out
    }

    /// The governorate a place lies in (itself when it is one).
    fn governorate_of(&self, p: &Place) -> Option<usize> {
        let admin = p.admin1.as_deref()?;
        self.places.iter().position(|g| {
            g.kind == PlaceKind::Governorate
                && g.country == p.country
                && (g.admin1.as_deref() == Some(admin) || std::ptr::eq(g, p))
        })
    }

    /// The sites of a kind a town's name tells ("Kirkuk air base", "a base near Hasakah"): those
    /// within `reach` of it. But the seat a province is named after may stand for the province ("an
    /// airbase in Homs"): a site outside that city, where the province has several, is not told.
    fn sites_at_town(&self, town: &Place, want: SiteWord, reach: f64) -> Vec<(usize, f64)> {
        let sites = self.sites_near(town.location, want, reach);
        let seat = town.admin1.as_deref() == Some(town.name.as_str());
        if seat && sites.first().is_some_and(|&(_, d)| d > SITE_IN_TOWN_KM) {
            let of_province = self
                .places
                .iter()
                .filter(|q| want.accepts(q) && q.country == town.country && q.admin1 == town.admin1)
                .count();
            if of_province > 1 {
                return Vec::new();
            }
        }
        sites
    }

    fn sites_near(&self, at: LatLon, want: SiteWord, km: f64) -> Vec<(usize, f64)> {
        let mut v: Vec<(usize, f64)> = self
            .places
            .iter()
            .enumerate()
            // "A base in Mosul" is one that stands: a camp closed years ago is found by its name only.
            .filter(|(_, q)| want.accepts(q) && q.stands_in(None))
            .map(|(j, q)| (j, distance_km(at, q.location)))
            .filter(|&(_, d)| d <= km)
            .collect();
        // "The airport of Aleppo" is the civil one where an air base shares its runway (Nayrab).
        if matches!(want, SiteWord::Airport) && v.iter().any(|&(j, _)| self.places[j].kind == PlaceKind::Airport) {
            v.retain(|&(j, _)| self.places[j].kind == PlaceKind::Airport);
        }
        v.sort_by(|a, b| a.1.total_cmp(&b.1));
        v
    }

    /// Places with a name a few edits from `key` (Damerau-Levenshtein), closest first, one entry
    /// per place scored by its closest name's similarity.
    fn spelled_alike(&self, key: &str) -> Vec<Candidate<'_>> {
        let len = key.chars().count();
        if len < 3 {
            return Vec::new();
        }
        let edits = (len / LETTERS_PER_EDIT).max(1);
        // Per place: its closest name's edits and similarity.
        let mut best: HashMap<usize, (usize, f64)> = HashMap::new();
        for (alias, idxs) in &self.by_alias {
            // Most aliases are far from the key: a bound from letter counts rules them out before
            // the quadratic distance is measured.
            if alias.len().abs_diff(key.len()) > edits
                || edit_distance_lower_bound(key, alias).is_some_and(|d| d > edits)
            {
                continue;
            }
            // "homs airbase" is not "dabaa airbase": the kind word both end with is no likeness.
            let (k, a) = without_shared_kind_word(key, alias);
            let k_len = k.chars().count();
            if k_len < 3 {
                continue;
            }
            let d = strsim::damerau_levenshtein(k, a);
            if d <= (k_len / LETTERS_PER_EDIT).max(1) {
                let sim = 1.0 - d as f64 / len.max(alias.chars().count()) as f64;
                for &i in idxs {
                    let e = best.entry(i).or_insert((d, sim));
                    *e = (e.0.min(d), e.1.max(sim));
                }
            }
        }
        let closest = best.values().map(|&(d, _)| d).min().unwrap_or(0);
        let mut v: Vec<Candidate> = best
            .into_iter()
            .filter(|&(_, (d, _))| d <= closest + 1)
            .map(|(i, (_, score))| Candidate { place: &self.places[i], score, matched: key.to_string() })
            .collect();
        // Closest first; between equals, a city before a village or a province.
        v.sort_by(|a, b| {
            (b.score + kind_prior(b.place.kind))
                .total_cmp(&(a.score + kind_prior(a.place.kind)))
                .then_with(|| a.place.name.cmp(&b.place.name))
        });
        v.truncate(SUGGESTIONS);
        v
    }

    fn finish(&self, raw: Vec<(usize, f64)>, hint: &Hint, key: &str) -> Lookup<'_> {
        // One entry per place, its best score (a Vec: most lookups have one or two candidates).
        let mut merged = raw;
        merged.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        merged.dedup_by_key(|c| c.0);
        let mut candidates: Vec<Candidate> = merged
            .into_iter()
            .map(|(i, mut score)| {
                let place = &self.places[i];
                score += kind_prior(place.kind);
                if let Some(c) = &hint.country
                    && c != &place.country
                {
                    score -= 0.2;
                }
                if hint.prefer_site && place.kind.geo_precision() != GeoPrecision::Site {
                    score -= 0.05;
                }
                if let Some(at) = hint.near
                    && distance_km(at, place.location) > 300.0
                {
                    score -= 0.1;
                }
                Candidate { place, score: score.clamp(0.0, 1.0), matched: key.to_string() }
            })
            .collect();
        candidates.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.place.id.cmp(&b.place.id)));
        let best = match candidates.as_slice() {
            [only] => Some(only.clone()),
            [a, b, ..] if a.score - b.score >= MARGIN - 1e-9 => Some(a.clone()),
            _ => None,
        };
        Lookup { best, candidates, suggestions: Vec::new() }
    }

    /// Every place name in `text`, longest match first, not overlapping, with context patterns
    /// ("a base in X province", "the military base of X", "a base north of X") folded in.
    pub fn mentions(&self, text: &str) -> Vec<Mention<'_>> {
        let words = normalize::words(text);
        // One normalised buffer for the whole text; each word owns a byte range of it, so every
        // n-gram key is a slice and the scan allocates nothing per word.
        let mut buf = String::with_capacity(text.len());
        let mut ranges = Vec::with_capacity(words.len());
        for w in &words {
            let before = buf.len();
            normalize::push_normalized(&text[w.start..w.end], &mut buf);
            let start = if buf.len() > before && before > 0 { before + 1 } else { before };
            ranges.push((start, buf.len()));
        }
        let joined = |i: usize, j: usize| -> bool { joins(text, words[i].end, words[j].start) };
        let respelled = self.respelled_places(text, &words, &ranges, &buf);
        let mut out = Vec::new();
        let mut i = 0;
        // Words before this belong to an earlier mention.
        let mut floor = 0;
        // The last word of the mention before, when it was told by "the airports of".
        let mut airports_of: Option<usize> = None;
        while i < words.len() {
            // Names are capitalised; a lower-case word may only open one whose next word is
            // ("new U.S. Consulate").
            let capitalised = starts_capitalised(&text[words[i].start..words[i].end]);
            let opens_name = capitalised
                || (i + 1 < words.len()
                    && joined(i, i + 1)
                    && starts_capitalised(&text[words[i + 1].start..words[i + 1].end]));
            if ranges[i].0 == ranges[i].1 || !opens_name {
                i += 1;
                continue;
            }
            let mut found = None;
            let mut j = i;
            let mut tokens = 0;
            while j < words.len() && tokens < self.max_alias_tokens {
                if j > i && !joined(j - 1, j) {
                    break;
                }
                if ranges[j].0 < ranges[j].1 {
                    tokens += buf[ranges[j].0..ranges[j].1].split(' ').count();
                    let key = &buf[ranges[i].0..ranges[j].1];
                    if !self.prefixes.contains(key) {
                        break;
                    }
                    if self.by_alias.contains_key(key) {
                        found = Some(j);
                    }
                }
                j += 1;
            }
            let found = found.filter(|&l| capitalised || l > i);
            // A longer name spelled another way than the gazetteer's: "Tal Rifaat", not "Tal".
            let respelled = respelled[i].filter(|&l| found.is_none_or(|f| l > f));
            let Some(last) = respelled.or(found) else {
                i += 1;
                continue;
            };
            let key = &buf[ranges[i].0..ranges[last].1];
            let (mut start, mut end) = (words[i].start, words[last].end);
            // Keep a separate Arabic article with the name: "Al Assad air base".
            if i > floor && ranges[i - 1].0 == ranges[i - 1].1 && joined(i - 1, i) {
                let w = &text[words[i - 1].start..words[i - 1].end];
                if matches!(w, "Al" | "al" | "El" | "el") {
                    start = words[i - 1].start;
                }
            }
            let skip = match self.stoplist.get(key) {
                Some(StopRule::Never) => !at_a_place(text, start, end),
                Some(StopRule::Capitalised) => {
                    sentence_initial(text, words[i].start) || in_title_case_line(text, words[i].start)
                }
                Some(StopRule::Prefix) => sentence_initial(text, words[i].start) || name_goes_on(&text[end..]),
                Some(StopRule::Article) => !has_article(&text[start..words[i].end]),
                None => false,
            };
            if skip {
                i = last + 1;
                continue;
            }
            let mut lookup = match respelled {
                Some(_) => self.by_skeleton_of(key),
                None => self.lookup_key(key, &Hint::default()),
            };
            // "X province" / "X governorate" right after the name.
            if let Some(n) = words.get(last + 1)
                && joined(last, last + 1)
                && matches!(&buf[ranges[last + 1].0..ranges[last + 1].1], "province" | "governorate")
                && lookup.best.as_ref().is_none_or(|b| b.place.kind != PlaceKind::Governorate)
            {
                let l = self.lookup_key(&format!("{key} province"), &Hint::default());
                if l.best.is_some() {
                    lookup = l;
                    end = n.end;
                } else if let Some(l) = self.province_of(&lookup) {
                    // A name spelled otherwise: the province of the place it names.
                    lookup = l;
                    end = n.end;
                }
            }
            // "the Dumayr military airbase", "the Kweires air base", "the al-Mazzeh military base": the
            // one site of that kind at the town or quarter named (itself when there is none, or several).
            if lookup.best.as_ref().is_some_and(|b| {
                b.place.kind.geo_precision() == crate::model::GeoPrecision::Town || b.place.kind == PlaceKind::Quarter
            }) && let Some((n, l)) = (last + 1..(last + 4).min(words.len()))
                .take_while(|&n| joined(n - 1, n))
                .map(|n| (n, format!("{key} {}", &buf[ranges[last + 1].0..ranges[n].1])))
                .filter(|(_, k)| strip_site_words(k).is_some_and(|(_, rest)| rest == key))
                .map(|(n, k)| (n, self.lookup_key(&k, &Hint::default())))
                .find(|(_, l)| {
                    l.best.as_ref().is_some_and(|b| b.place.kind.geo_precision() == crate::model::GeoPrecision::Site)
                })
            {
                lookup = l;
                end = words[n].end;
            }
            // "the Malikiyah and Rumaylan bases": each name with the plural's noun is the base.
            if let Some(n) = words.get(last + 1)
                && joined(last, last + 1)
                && &buf[ranges[last + 1].0..ranges[last + 1].1] == "bases"
                && let l = self.lookup_key(&format!("{key} base"), &Hint::default())
                && l.best.as_ref().is_some_and(|b| b.place.kind.geo_precision() == crate::model::GeoPrecision::Site)
            {
                lookup = l;
                end = n.end;
            }
            // "the province of X": the province, not its capital.
            if i >= 2
                && matches!(&buf[ranges[i - 1].0..ranges[i - 1].1], "of")
                && matches!(&buf[ranges[i - 2].0..ranges[i - 2].1], "province" | "governorate")
                && let Some(l) = self.province_of(&lookup)
            {
                lookup = l;
            }
            // A base named by where it is: "base in X (province)", "military base of X", "base north of X".
            let mut airports_here = false;
            if let Some((from, l)) =
                self.base_by_context(text, &words, &ranges, &buf, (floor, i), &lookup, end > words[last].end)
            {
                start = words[from].start;
                lookup = l;
                // "the international airports of Damascus and Aleppo": the next name is one too.
                airports_here = (from..i).any(|k| &buf[ranges[k].0..ranges[k].1] == "airports");
            } else if let Some(end_word) = airports_of
                && i == end_word + 2
                && &buf[ranges[end_word + 1].0..ranges[end_word + 1].1] == "and"
                && let l = self.lookup_key(&format!("{key} airport"), &Hint::default())
                && l.best.as_ref().is_some_and(|b| b.place.kind.geo_precision() == GeoPrecision::Site)
            {
                lookup = l;
            }
            airports_of = airports_here.then_some(last);
            out.push(Mention { start, end, text: text[start..end].to_string(), lookup });
            i = last + 1;
            while i < words.len() && words[i].start < end {
                i += 1;
            }
            floor = i;
        }
        self.disambiguate(text, &mut out);
        out
    }

    /// For each word, the last word of a name spelled otherwise than the gazetteer's that starts
    /// there ("Tal Rifaat"), when the text gives that name as a place somewhere ("the town of
    /// Shirqat"): a person's name ("Soleimani", "Bashar") may share a place's skeleton, so such a
    /// name is read only in a text that speaks of it as a place.
    fn respelled_places(
        &self,
        text: &str,
        words: &[normalize::Word],
        ranges: &[(usize, usize)],
        buf: &str,
    ) -> Vec<Option<usize>> {
        let runs: Vec<Option<(usize, String)>> = (0..words.len())
            .map(|i| {
                let j = starts_capitalised(&text[words[i].start..words[i].end])
                    .then(|| self.respelled(text, words, ranges, buf, i))
                    .flatten()?;
                Some((j, normalize::skeleton(&buf[ranges[i].0..ranges[j].1])))
            })
            .collect();
        let placed: std::collections::HashSet<&str> = runs
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.as_ref().filter(|(j, _)| place_context(text, words, i, *j)))
            .map(|(_, skeleton)| skeleton.as_str())
            .collect();
        runs.iter().map(|r| r.as_ref().filter(|(_, k)| placed.contains(k.as_str())).map(|(j, _)| *j)).collect()
    }

    /// The last word of the longest run of capitalised words from word `i` whose skeleton is a
    /// place's, the run not itself a name the gazetteer knows as written.
    fn respelled(
        &self,
        text: &str,
        words: &[normalize::Word],
        ranges: &[(usize, usize)],
        buf: &str,
        i: usize,
    ) -> Option<usize> {
        let mut found = None;
        for j in i..words.len().min(i + self.max_alias_tokens) {
            let word = &text[words[j].start..words[j].end];
            // Words of one name: capitalised, a space or hyphen apart, each with a consonant ("BAGHDAD - A" is not one).
            if j > i && !(matches!(&text[words[j - 1].end..words[j].start], " " | "-") && starts_capitalised(word)) {
                break;
            }
            if !word.chars().any(|c| c.is_alphabetic() && !"aeiouyAEIOUY".contains(c)) {
                break;
            }
            if ranges[j].0 < ranges[j].1 {
                let key = &buf[ranges[i].0..ranges[j].1];
                let skeleton = normalize::skeleton(key);
                if !self.skeleton_prefixes.contains(&skeleton) {
                    break;
                }
                if self.by_skeleton.contains_key(&skeleton) && !self.stoplist.contains_key(key) {
                    found = Some(j);
                }
            }
        }
        found
    }

    /// The governorate of the place a lookup found, when it found one that is not a governorate.
    fn province_of(&self, lookup: &Lookup<'_>) -> Option<Lookup<'_>> {
        let best = lookup.best.as_ref().filter(|b| b.place.kind != PlaceKind::Governorate)?;
        let gov = self.governorate_of(best.place)?;
        Some(self.finish(vec![(gov, best.score - kind_prior(best.place.kind))], &Hint::default(), &best.matched))
    }

    /// The places whose skeleton `key` has, scored below a name found as written.
    fn by_skeleton_of(&self, key: &str) -> Lookup<'_> {
        let raw = self.by_skeleton.get(&normalize::skeleton(key)).into_iter().flatten();
        self.finish(raw.map(|&i| (i, SKELETON_SCORE)).collect(), &Hint::default(), key)
    }

    /// Looks back from the mention at word `i` for "base in/of/at/near" or "base <direction> of".
    #[allow(clippy::too_many_arguments)]
    fn base_by_context<'g>(
        &'g self,
        text: &str,
        words: &[normalize::Word],
        ranges: &[(usize, usize)],
        buf: &str,
        (floor, i): (usize, usize),
        lookup: &Lookup<'g>,
        province: bool,
    ) -> Option<(usize, Lookup<'g>)> {
        let tok = |k: usize| &buf[ranges[k].0..ranges[k].1];
        let mut prep = i.checked_sub(1)?;
        let mut reach = SITE_AT_TOWN_KM;
        // "the airport in the northern city of Aleppo": the town told by what it is ("a base east of
        // the town of Makhmour" is no base by bearing: one unknown here is as likely). "The base in the
        // town of Dabiq" lies in the town, not anywhere in its district.
        if tok(prep) == "of" && prep >= floor + 2 && matches!(tok(prep - 1), "city" | "town" | "village") {
            let told_as = (floor..prep - 1).rev().take(4).find(|&k| places_by_where(tok(k)));
            prep = told_as.filter(|&k| tok(k) != "of")?;
            reach = SITE_IN_TOWN_KM;
        }
        // "a base in Mosul" lies within the city, not at a town 25 km out ("near Mosul" may), unless
        // it bears the town's name ("the base in Balad" is Balad Air Base, 22 km off).
        let within = matches!(tok(prep), "in" | "inside" | "within");
        if !words[prep..=i].windows(2).all(|w| joins(text, w[0].end, w[1].start)) {
            return None;
        }
        // "the airbase Mezza", "the military airfield X": the site word set before the town's
        // name, as translated statements write it.
        let apposed = site_word(tok(prep)).is_some() && prep + 1 == i;
        let mut b = if apposed { prep } else { prep.checked_sub(1).filter(|&b| b >= floor)? };
        let direction = if apposed { None } else { bearing_of(tok(b)) };
        if direction.is_some() && tok(prep) == "of" {
            b = b.checked_sub(1).filter(|&b| b >= floor)?;
        } else if !apposed && !places_by_where(tok(prep)) {
            return None;
        }
        // "the U.S. embassy compound in Baghdad": the compound is the embassy's.
        if tok(b) == "compound" && b > floor && joins(text, words[b - 1].end, words[b].start) {
            b -= 1;
        }
        let (mut site, from) = (site_word(tok(b))?, b);
        let from = if b > floor
            && matches!(tok(b - 1), "air" | "military" | "oil" | "gas")
            && joins(text, words[b - 1].end, words[b].start)
        {
            b - 1
        } else {
            from
        };
        // "the military airport near Damascus": the air base there, not the civil airport.
        if site == SiteWord::Airport && from < b && tok(from) == "military" {
            site = SiteWord::MilitaryAirport;
        }
        let anchor = lookup.best.as_ref()?.place;
        // "a base north of Syria's Deir ez-Zor province": a country is no point to look from.
        // A quarter is a site only as a target; a base set before its name is there ("the airbase
        // Mezzeh").
        if (anchor.kind.geo_precision() == GeoPrecision::Site && !(apposed && anchor.kind == PlaceKind::Quarter))
            || anchor.kind == PlaceKind::Country
        {
            return None;
        }
        let raw: Vec<(usize, f64)> = if let Some(deg) = direction {
            // "a base north of Baghdad": sites within 100 km, within 50 degrees of that bearing.
            let mut v: Vec<(usize, f64)> = self
                .sites_near(anchor.location, site, 100.0)
                .into_iter()
                .filter(|&(j, _)| {
                    let brg = bearing_deg(anchor.location, self.places[j].location);
                    let diff = (brg - deg).rem_euclid(360.0);
                    diff.min(360.0 - diff) <= 50.0
                })
                .collect();
            // A direction names one base only when one lies that way; otherwise it is ambiguous
            // (Taji and Balad are both "north of Baghdad"), and nearest-first would be a guess.
            v.iter_mut().for_each(|(_, d)| *d = 0.8);
            v
        } else if province || anchor.kind == PlaceKind::Governorate {
            let admin = anchor.admin1.clone();
            let of_province: Vec<(usize, f64)> = self
                .places
                .iter()
                .enumerate()
                .filter(|(_, q)| site.accepts(q) && q.country == anchor.country && q.admin1 == admin)
                .map(|(j, _)| (j, 0.85))
                .collect();
            // "an oil field in Duhok province" where it holds several: the province, at its precision.
            if of_province.len() > 1 {
                return None;
            }
            of_province
        } else {
            let near: Vec<(usize, f64)> = self
                .sites_at_town(anchor, site, reach)
                .into_iter()
                .filter(|&(j, d)| !within || d <= SITE_WITHIN_CITY_KM || self.places[j].name.contains(&anchor.name))
                .map(|(j, d)| (j, 0.9 - d / reach * 0.1))
                .collect();
            // "A base near Hasakah" with several bases about as near (Tal Baydar, Qasrak): none of
            // them is named, so the mention stays the town, at town precision, rather than nothing.
            let l = self.finish(near.clone(), &Hint { prefer_site: true, ..Hint::default() }, tok(i));
            if near.len() > 1 && l.best.is_none() {
                return None;
            }
            near
        };
        if raw.is_empty() {
            return None;
        }
        Some((from, self.finish(raw, &Hint { prefer_site: true, ..Hint::default() }, tok(i))))
    }

    /// Second pass over ambiguous mentions, with what the text says around them: the nearest
    /// country named, the nearest other place found (candidates far from it lose), and whether the
    /// sentence speaks of a base or airport.
    fn disambiguate<'g>(&'g self, text: &str, mentions: &mut [Mention<'g>]) {
        let resolved: Vec<(usize, &'g Place)> =
            mentions.iter().filter_map(|m| Some((m.start, m.lookup.best.as_ref()?.place))).collect();
        let nearest = |at: usize, want_country: bool| {
            resolved
                .iter()
                .filter(|(_, p)| (p.kind == PlaceKind::Country) == want_country)
                .min_by_key(|(s, _)| s.abs_diff(at))
                .map(|(_, p)| *p)
        };
        for m in mentions.iter_mut().filter(|m| m.lookup.best.is_none() && !m.lookup.candidates.is_empty()) {
            let sentence_start = text[..m.start].rfind(". ").map_or(0, |i| i + 2);
            let sentence_end = text[m.end..].find(". ").map_or(text.len(), |i| m.end + i);
            let sentence = text[sentence_start..sentence_end].to_ascii_lowercase();
            let hint = Hint {
                country: nearest(m.start, true).map(|p| p.country.clone()),
                prefer_site: ["base", "airport", "airfield", "garrison"].iter().any(|w| sentence.contains(w)),
                near: nearest(m.start, false).map(|p| p.location),
            };
            // "the Dumayr district", "the town of Dumayr": the settlement, not the site named after it.
            let settlement = told_as_settlement(text, m.start, m.end);
            let raw: Vec<(usize, f64)> = m
                .lookup
                .candidates
                .iter()
                .filter(|c| !settlement || c.place.kind.geo_precision() != GeoPrecision::Site)
                .filter_map(|c| {
                    let i = self.places.iter().position(|p| std::ptr::eq(p, c.place))?;
                    Some((i, c.score - kind_prior(c.place.kind)))
                })
                .collect();
            let key = m.lookup.candidates[0].matched.clone();
            m.lookup = self.finish(raw, &hint, &key);
        }
        for i in 0..mentions.len() {
            let Some(town) = mentions[i].lookup.best.as_ref().map(|b| b.place) else { continue };
            let told =
                mentions[..i].iter().rev().filter_map(|m| Some((m.lookup.best.as_ref()?.place, m.text.as_str())));
            if let Some(site) = site_named_by(town, &mentions[i].text, told)
                && let Some(m) =
                    mentions[..i].iter().find(|m| m.lookup.best.as_ref().is_some_and(|b| std::ptr::eq(b.place, site)))
            {
                mentions[i].lookup = m.lookup.clone();
            }
        }
    }

    /// Places within `km` of a point, nearest first.
    pub fn near(&self, at: LatLon, km: f64) -> Vec<(&Place, f64)> {
        let mut v: Vec<(&Place, f64)> =
            self.places.iter().map(|p| (p, distance_km(at, p.location))).filter(|(_, d)| *d <= km).collect();
        v.sort_by(|a, b| a.1.total_cmp(&b.1));
        v
    }
}

/// Whether the name at `start..end` is told as a settlement: "the X district", "X town", "the
/// village of X".
fn told_as_settlement(text: &str, start: usize, end: usize) -> bool {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s+(?:district|sub-?district|town|city|village|countryside|area|neighbou?rhood)\b").unwrap()
    });
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:district|sub-?district|town|city|village|countryside|outskirts|residents) of\s+(?:the\s+)?$",
        )
        .unwrap()
    });
    AFTER.is_match(&text[end..]) || BEFORE.is_match(&text[..start])
}

/// "Missiles hit the Dumayr military airbase ... all the missiles fired at Dumayr": a small town's
/// name, told after a site named by it (`told`: places with the words they were told by, latest
/// first), is that site again.
pub fn site_named_by<'g, 't>(
    town: &Place,
    written: &str,
    mut told: impl Iterator<Item = (&'g Place, &'t str)>,
) -> Option<&'g Place> {
    if !matches!(town.kind, PlaceKind::Town | PlaceKind::Village) {
        return None;
    }
    let name = normalize(written);
    told.find(|(site, text)| {
        site.kind.geo_precision() == crate::model::GeoPrecision::Site
            && normalize(text).strip_prefix(name.as_str()).is_some_and(|rest| rest.starts_with(' '))
            && distance_km(site.location, town.location) <= SITE_AT_TOWN_KM
    })
    .map(|(site, _)| site)
}

/// An airport's name with and without "international": outlets write "Arbil International Airport"
/// where the gazetteer lists "Arbil airport", and the reverse.
fn airport_variants(key: String, kind: PlaceKind) -> Vec<String> {
    if kind != PlaceKind::Airport {
        return vec![key];
    }
    let other = match key.strip_suffix(" international airport") {
        Some(stem) => format!("{stem} airport"),
        None => match key.strip_suffix(" airport") {
            Some(stem) => format!("{stem} international airport"),
            None => return vec![key],
        },
    };
    vec![key, other]
}

/// What a generic word asks for: "air base"/"base" → military sites, "airport" → airfields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SiteWord {
    Base,
    Airport,
    /// "a military airport": an air base.
    MilitaryAirport,
    Embassy,
    Consulate,
    /// "the port of Latakia": a sea port.
    Port,
    /// "the refinery in Baiji".
    Refinery,
    /// "the oil field near Rmelan", "a gas field": a field, not a refinery.
    Field,
}

impl SiteWord {
    fn accepts(self, q: &Place) -> bool {
        // Refineries and ports share a kind with fields and other facilities: their name tells them.
        let named = |word: &str| std::iter::once(&q.name).chain(&q.aliases).any(|n| n.to_lowercase().contains(word));
        match self {
            SiteWord::Base => q.kind.is_military(),
            SiteWord::Airport => matches!(q.kind, PlaceKind::Airport | PlaceKind::Airbase),
            SiteWord::MilitaryAirport => q.kind == PlaceKind::Airbase,
            SiteWord::Embassy => q.kind == PlaceKind::Embassy,
            SiteWord::Consulate => q.kind == PlaceKind::Consulate,
            SiteWord::Port => q.kind == PlaceKind::Facility && named("port"),
            SiteWord::Refinery => q.kind == PlaceKind::Oilfield && named("refinery"),
            SiteWord::Field => {
                matches!(q.kind, PlaceKind::Oilfield | PlaceKind::Gasfield)
                    && !q.name.to_lowercase().contains("refinery")
            }
        }
    }
}

/// `key` and `alias` without the words of a site's kind that both end with ("airbase", "oil
/// field"), which say what a place is, not which.
fn without_shared_kind_word<'a>(key: &'a str, alias: &'a str) -> (&'a str, &'a str) {
    const KIND_WORDS: &[&str] = &[
        "airbase", "air", "base", "airport", "airfield", "field", "oil", "gas", "camp", "refinery", "port", "military",
        "station",
    ];
    let (mut k, mut a) = (key, alias);
    while let (Some((k_rest, k_last)), Some((a_rest, a_last))) = (k.rsplit_once(' '), a.rsplit_once(' ')) {
        if k_last != a_last || !KIND_WORDS.contains(&k_last) {
            break;
        }
        (k, a) = (k_rest.trim_end(), a_rest.trim_end());
    }
    (k, a)
}

/// A lower bound on the Damerau-Levenshtein distance of two ASCII strings (`None` otherwise): an
/// insertion or deletion changes one letter count, a substitution takes one letter and adds another,
/// a transposition changes none; so at least as many edits as the letters one has and the other lacks.
fn edit_distance_lower_bound(a: &str, b: &str) -> Option<usize> {
    if !a.is_ascii() || !b.is_ascii() {
        return None;
    }
    let mut counts = [0i32; 128];
    for c in a.bytes() {
        counts[c as usize] += 1;
    }
    for c in b.bytes() {
        counts[c as usize] -= 1;
    }
    let surplus: i32 = counts.iter().filter(|&&n| n > 0).sum();
    let deficit: i32 = -counts.iter().filter(|&&n| n < 0).sum::<i32>();
    Some(surplus.max(deficit) as usize)
}

/// Splits "X air base" / "X airport" / "base in X" / "military base of X" into the site word and X.
fn strip_site_words(key: &str) -> Option<(SiteWord, &str)> {
    for (suffix, w) in [
        (" military air base", SiteWord::Base),
        (" military airbase", SiteWord::Base),
        (" air base", SiteWord::Base),
        (" airbase", SiteWord::Base),
        (" military base", SiteWord::Base),
        (" base", SiteWord::Base),
        (" military airport", SiteWord::Base),
        (" airfield", SiteWord::Airport),
        (" international airport", SiteWord::Airport),
        (" airport", SiteWord::Airport),
        (" oil refinery", SiteWord::Refinery),
        (" refinery", SiteWord::Refinery),
        (" oil field", SiteWord::Field),
        (" oil fields", SiteWord::Field),
        (" oilfield", SiteWord::Field),
        (" gas field", SiteWord::Field),
        (" port", SiteWord::Port),
    ] {
        if let Some(r) = key.strip_suffix(suffix) {
            return Some((w, strip_operator(r)));
        }
    }
    for (prefix, w) in [("military base", SiteWord::Base), ("air base", SiteWord::Base), ("base", SiteWord::Base)] {
        for prep in [" in ", " of ", " at ", " near "] {
            if let Some(r) = key.strip_prefix(prefix).and_then(|r| r.strip_prefix(prep)) {
                return Some((w, r));
            }
        }
    }
    None
}

/// Drops who holds the site from between its name and the site word: "K1 Iraqi military airbase"
/// is "K1" ("Iraqi" says whose base it is, not which). Never the whole name ("Iraqi base" stays).
fn strip_operator(name: &str) -> &str {
    const OPERATORS: [&str; 11] = [
        " iraqi",
        " syrian",
        " jordanian",
        " turkish",
        " kurdish",
        " peshmerga",
        " american",
        " us",
        " u s",
        " coalition",
        " iraqi army",
    ];
    OPERATORS.iter().find_map(|o| name.strip_suffix(o).filter(|r| !r.is_empty())).unwrap_or(name)
}

/// Compass words to bearings in degrees.
/// Whether a mention names a site by the place it is at ("the military base in Deir ez-Zor", "a
/// base north of Baghdad"), as `mentions` folds such phrases in, rather than by its own name: the
/// resolver's pick among the sites there, which a site named outright outranks.
pub fn site_by_where(mention: &str) -> bool {
    let key = normalize(mention);
    let mut tokens = key.split(' ').skip_while(|t| matches!(*t, "air" | "military" | "oil" | "gas")).peekable();
    if tokens.next().and_then(site_word).is_none() {
        return false;
    }
    tokens.next_if_eq(&"compound");
    match tokens.next() {
        Some(t) if places_by_where(t) => true,
        Some(t) => bearing_of(t).is_some() && tokens.next() == Some("of"),
        None => false,
    }
}

/// The site a generic word stands for, in "a base in X" or "the airport of X".
fn site_word(token: &str) -> Option<SiteWord> {
    Some(match token {
        "base" | "airbase" | "air base" | "camp" | "garrison" => SiteWord::Base,
        "airport" | "airports" | "airfield" | "airdrome" | "aerodrome" | "airstrip" => SiteWord::Airport,
        "embassy" => SiteWord::Embassy,
        "consulate" => SiteWord::Consulate,
        "port" | "harbour" | "harbor" | "seaport" => SiteWord::Port,
        "refinery" => SiteWord::Refinery,
        "field" | "fields" | "oilfield" | "oilfields" => SiteWord::Field,
        _ => return None,
    })
}

/// The words that tell a site by where it is: "a base in X", "the camp near X".
fn places_by_where(token: &str) -> bool {
    matches!(token, "in" | "of" | "at" | "near" | "inside" | "within")
}

fn bearing_of(word: &str) -> Option<f64> {
    Some(match word {
        "north" => 0.0,
        "northeast" | "north east" => 45.0,
        "east" => 90.0,
        "southeast" | "south east" => 135.0,
        "south" => 180.0,
        "southwest" | "south west" => 225.0,
        "west" => 270.0,
        "northwest" | "north west" => 315.0,
        _ => return None,
    })
}

/// Small preferences between places of one name: a bare name is the town rather than its
/// province, a city rather than a village.
fn kind_prior(k: PlaceKind) -> f64 {
    match k {
        PlaceKind::Capital | PlaceKind::City => 0.0,
        PlaceKind::Town => -0.02,
        PlaceKind::Village => -0.04,
        PlaceKind::Governorate | PlaceKind::District => -0.06,
        _ => 0.0,
    }
}

/// Whether the words `i..=j` stand where a place is named: after "in", "near", "at", "outside",
/// after "the town of" or "the village", or before "province", "base", "district".
fn place_context(text: &str, words: &[normalize::Word], i: usize, j: usize) -> bool {
    const NOUNS: [&str; 26] = [
        "town",
        "city",
        "village",
        "villages",
        "district",
        "subdistrict",
        "area",
        "province",
        "governorate",
        "region",
        "outskirts",
        "countryside",
        "suburb",
        "suburbs",
        "neighbourhood",
        "neighborhood",
        "base",
        "airbase",
        "airport",
        "airfield",
        "airdrome",
        "aerodrome",
        "airstrip",
        "camp",
        "field",
        "crossing",
    ];
    let word = |k: usize| text[words[k].start..words[k].end].to_lowercase();
    let before = |k: usize| i.checked_sub(k).map(word);
    let after = words.get(j + 1).map(|w| text[w.start..w.end].to_lowercase());
    let locative = |w: &str| {
        ["in", "near", "at", "outside", "inside", "around", "into", "across", "towards", "toward"].contains(&w)
    };
    before(1).is_some_and(|w| locative(&w) || NOUNS.contains(&w.as_str()))
        || (before(1).as_deref() == Some("of") && before(2).is_some_and(|w| NOUNS.contains(&w.as_str())))
        || after.is_some_and(|w| NOUNS.contains(&w.as_str()))
}

/// Whether two words belong to one name: only spaces (or an abbreviation's period, "U.S.") between them.
fn joins(text: &str, a_end: usize, b_start: usize) -> bool {
    let gap = &text[a_end..b_start];
    let trimmed = gap.trim_start_matches('.');
    let abbreviation = gap.starts_with('.') && {
        let before = &text[..a_end];
        let w = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())
    };
    // A name quoted in part is still one name: the “Omar” oil field.
    let quotes = trimmed.chars().filter(|c| matches!(c, '"' | '“' | '”')).count();
    (trimmed.len() == gap.len() || abbreviation)
        && quotes <= 1
        && trimmed.chars().all(|c| matches!(c, ' ' | '\u{a0}' | '-' | '"' | '“' | '”'))
        && !trimmed.contains("  ")
}

/// Place names are capitalised in running text; an Arabic article may come first ("al-Omar").
fn starts_capitalised(word: &str) -> bool {
    let rest = ["al-", "el-", "ad-", "ar-", "as-", "an-", "az-", "at-"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    rest.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Written with an Arabic article: "al-Omar", "Al Asad", "el-Omar".
fn has_article(written: &str) -> bool {
    let lower = written.get(..3).map(str::to_ascii_lowercase);
    matches!(lower.as_deref(), Some("al-" | "al " | "el-" | "el "))
}

/// A name that is a person's too, written with its article right after "at" or "near" ("bases at
/// al-Assad and Irbil"): a place; "al-Assad's" stays the person.
fn at_a_place(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    matches!(word, "at" | "near")
        && has_article(&text[start..end])
        && !text[start..end].ends_with("'s")
        && !text[start..end].ends_with("’s")
        && !text[end..].starts_with(['\'', '’'])
}

/// The word at `start` opens a sentence (or the text).
fn sentence_initial(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '"', '“', '‘', '\'', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// Whether the word at `start` stands in a headline written in title case ("Rockets Hit American
/// Base In Iraq"), where a capital says nothing of a name.
fn in_title_case_line(text: &str, start: usize) -> bool {
    let from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let to = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let words: Vec<&str> = text[from..to]
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_alphabetic))
        .filter(|w| !matches!(*w, "a" | "an" | "the" | "of" | "in" | "on" | "at" | "to" | "and" | "for" | "by"))
        .collect();
    words.len() >= 4 && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id\tname\taliases\tkind\tcountry\tadmin1\tlat\tlon\tsource\n";

    fn small(rows: &str) -> Gazetteer {
        Gazetteer::from_tsv_str("t.tsv", &format!("{HEADER}{rows}")).unwrap()
    }

    fn best(g: &Gazetteer, q: &str) -> Option<String> {
        g.lookup(q, &Hint::default()).best.map(|b| b.place.id.clone())
    }

    #[test]
    fn bad_row_names_file_and_line() {
        let text = format!("{HEADER}x\tX\t\ttown\tIQ\t\tnorth\t44\tme\n");
        let err = Gazetteer::from_tsv_str("p.tsv", &text).unwrap_err().to_string();
        assert!(err.starts_with("p.tsv:2:"), "{err}");
        let dup = format!("{HEADER}x\tX\t\ttown\tIQ\t\t33\t44\tme\nx\tY\t\ttown\tIQ\t\t34\t44\tme\n");
        let err = Gazetteer::from_tsv_str("p.tsv", &dup).unwrap_err().to_string();
        assert!(err.starts_with("p.tsv:3:") && err.contains("duplicate id"), "{err}");
        let kind = format!("{HEADER}x\tX\t\tfortress\tIQ\t\t33\t44\tme\n");
        assert!(Gazetteer::from_tsv_str("p.tsv", &kind).unwrap_err().to_string().starts_with("p.tsv:2:"));
    }

    #[test]
    fn spellings_and_forms_resolve_to_one_place() {
        let g = Gazetteer::embedded();
        for n in ["Irbil", "Erbil", "ARBIL", "Hawler", "Hewler"] {
            assert_eq!(best(g, n).as_deref(), Some("erbil"), "{n}");
        }
        for n in ["Ain al-Asad", "Ayn al Asad", "Al-Assad air base", "al-asad AIRBASE", "Al Asad"] {
            assert_eq!(best(g, n).as_deref(), Some("ain-al-asad"), "{n}");
        }
        for n in ["Q-West", "Qayyarah Airfield West", "Qayyarah airbase", "Qayyarah air base"] {
            assert_eq!(best(g, n).as_deref(), Some("qayyarah-west"), "{n}");
        }
        for n in ["K-1", "K1", "K-1 Air Base", "Kirkuk air base"] {
            assert_eq!(best(g, n).as_deref(), Some("k1"), "{n}");
        }
        assert_eq!(best(g, "Irbil's airport").as_deref(), Some("erbil-airport"));
        assert_eq!(best(g, "BIAP").as_deref(), Some("baghdad-airport"));
        assert_eq!(best(g, "Camp Victory").as_deref(), Some("victory-base"));
    }

    #[test]
    fn the_year_a_site_closed_is_read_when_the_file_has_it() {
        let head = "id\tname\taliases\tkind\tcountry\tadmin1\tlat\tlon\tsource\tuntil\n";
        let g = Gazetteer::from_tsv_str(
            "t.tsv",
            &format!("{head}a\tCamp A\t\tbase\tIQ\t\t33\t44\tx\t2011\nb\tCamp B\t\tbase\tIQ\t\t34\t44\tx\t\n"),
        )
        .unwrap();
        assert_eq!(g.get("a").unwrap().until, Some(2011));
        assert_eq!(g.get("b").unwrap().until, None);
        assert_eq!(small("c\tC\t\tbase\tIQ\t\t33\t44\tx").get("c").unwrap().until, None, "a file without the column");
        let err = Gazetteer::from_tsv_str("t.tsv", &format!("{head}a\tCamp A\t\tbase\tIQ\t\t33\t44\tx\tsoon\n"))
            .err()
            .unwrap()
            .to_string();
        assert!(err.starts_with("t.tsv:2: until"), "{err}");
    }

    #[test]
    fn patterns_province_base_and_airport() {
        let g = Gazetteer::embedded();
        assert_eq!(best(g, "Diyala province").as_deref(), Some("diyala-gov"));
        assert_eq!(best(g, "province of Kirkuk").as_deref(), Some("kirkuk-gov"));
        assert_eq!(best(g, "Hit province").as_deref(), Some("anbar-gov"), "a town's province");
        assert_eq!(best(g, "base in Kirkuk province").as_deref(), Some("k1"));
        assert_eq!(best(g, "military base of Kirkuk").as_deref(), Some("k1"));
        assert_eq!(best(g, "Sulaimaniyah airport").as_deref(), Some("sulaymaniyah-airport"));
        // With or without "international", whichever the row lists.
        let mention = |t: &str| g.mentions(t).first().and_then(|m| m.lookup.best.as_ref().map(|b| b.place.id.clone()));
        assert_eq!(mention("Drones attacked Arbil International Airport.").as_deref(), Some("erbil-airport"));
        assert_eq!(mention("Drones attacked Damascus airport.").as_deref(), Some("damascus-airport"));
        assert_eq!(best(g, "Mosul air base").as_deref(), Some("mosul-airport"));
        // Whose base it is stands between the name and the site word.
        assert_eq!(best(g, "K1 Iraqi military airbase").as_deref(), Some("k1"));
        assert_eq!(best(g, "K-1 Iraqi air base").as_deref(), Some("k1"));
        assert_eq!(best(g, "Harir US military base").as_deref(), Some("harir"));
        assert_eq!(best(g, "Qayyara Iraqi military base").as_deref(), Some("qayyarah-west"));
        // No base known at a town: the town itself, at town precision.
        let l = g.lookup("Samawah base", &Hint::default());
        assert_eq!(l.best.unwrap().place.id, "samawah");
        assert_eq!(best(g, "Hit base").as_deref(), Some("camp-hit"));
        // Several bases in one province: candidates, no silent guess.
        let l = g.lookup("base in Anbar province", &Hint::default());
        assert!(l.best.is_none());
        assert!(l.candidates.iter().any(|c| c.place.id == "ain-al-asad"));
    }

    #[test]
    fn the_letter_count_bound_never_exceeds_the_edit_distance() {
        let aliases: Vec<&String> = Gazetteer::embedded().by_alias.keys().collect();
        let variants = |a: &str| -> Vec<String> {
            let b = a.as_bytes();
            let mut v = vec![a.to_string(), a.replacen('e', "i", 1), a.replacen('a', "", 1), format!("{a}h")];
            if b.len() > 2 {
                let mut t = b.to_vec();
                t.swap(0, 1);
                v.push(String::from_utf8_lossy(&t).into_owned());
            }
            v
        };
        let mut checked = 0;
        for (n, a) in aliases.iter().enumerate().step_by(3) {
            for b in aliases.iter().skip(n % 7).step_by(11).map(|s| s.to_string()).chain(variants(a)) {
                if let Some(bound) = edit_distance_lower_bound(a, &b) {
                    assert!(bound <= strsim::damerau_levenshtein(a, &b), "{a:?} {b:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn distances_are_the_programs_geodesic_ones() {
        // One distance for every command: `gazetteer near` and `near --places` agree at the edge.
        let g = Gazetteer::embedded();
        let at = LatLon::new(36.19, 44.01);
        let found = g.near(at, 50.0);
        assert!(found.iter().any(|(p, _)| p.id == "erbil-airport"));
        for (p, d) in found {
            assert_eq!(d, crate::geodesy::distance_km(at, p.location), "{}", p.id);
        }
    }

    #[test]
    fn a_misspelling_is_suggested_never_taken() {
        let g = small(
            "erbil\tErbil\t\tcity\tIQ\tErbil\t36.19\t44.01\tx\n\
             albania\tAlbania\t\tcountry\tAL\t\t41\t20\tx\n\
             mosul\tMosul\t\tcity\tIQ\tNineveh\t36.34\t43.13\tx\n\
             mosul-dam\tMosul Dam\t\tdam\tIQ\tNineveh\t36.63\t42.82\tx\n",
        );
        let l = g.lookup("Irbil", &Hint::default());
        assert!(l.best.is_none() && l.candidates.is_empty());
        assert_eq!(l.suggestions[0].place.id, "erbil");
        assert!(l.suggestions[0].score < 1.0);
        assert_eq!(
            g.resolve("Irbil").unwrap_err().to_string(),
            "no place named \"Irbil\" in the gazetteer; did you mean Erbil?"
        );
        assert_eq!(g.resolve("Mosl Dam").unwrap_err().to_string().lines().count(), 1);
        assert_eq!(g.lookup("Albany", &Hint::default()).suggestions[0].place.id, "albania");
        assert!(g.lookup("Albany", &Hint::default()).best.is_none());
        assert!(g.lookup("Alabama", &Hint::default()).suggestions.is_empty(), "three edits in seven letters: too far");
        assert_eq!(g.resolve("Atlantis").unwrap_err().to_string(), "no place named \"Atlantis\" in the gazetteer");
        assert_eq!(g.resolve("Mosul Dam").unwrap().id, "mosul-dam");
        assert!(g.lookup("Mosul", &Hint::default()).suggestions.is_empty(), "a known name has no suggestions");
        assert_eq!(g.lookup("Mosl", &Hint::default()).suggestions[0].place.id, "mosul");
        assert!(g.lookup("Ml", &Hint::default()).suggestions.is_empty(), "two letters are no name to correct");
    }

    #[test]
    fn ambiguity_gives_candidates_and_context_decides() {
        let g = small(
            "tal-abyad-sy\tTal Abyad\t\ttown\tSY\tRaqqa\t36.69\t38.95\tx\n\
             tal-abyad-iq\tTal Abyad\t\ttown\tIQ\tNineveh\t36.3\t42.4\tx\n\
             syria\tSyria\t\tcountry\tSY\t\t35\t38.5\tx\n",
        );
        let l = g.lookup("Tal Abyad", &Hint::default());
        assert!(l.best.is_none());
        assert_eq!(l.candidates.len(), 2);
        let hinted = g.lookup("Tal Abyad", &Hint { country: Some("SY".into()), ..Hint::default() });
        assert_eq!(hinted.best.unwrap().place.id, "tal-abyad-sy");
        // In text, a country named nearby settles it.
        let m = g.mentions("Clashes in Tal Abyad, in northern Syria, went on.");
        assert_eq!(m[0].lookup.best.as_ref().unwrap().place.id, "tal-abyad-sy");
        // A base preferred when the sentence speaks of one.
        let g = small(
            "harir-town\tHarir\t\ttown\tIQ\tErbil\t36.55\t44.35\tx\n\
             harir-ab\tHarir Air Base\tHarir\tairbase\tIQ\tErbil\t36.53\t44.34\tx\n",
        );
        assert!(g.lookup("Harir", &Hint::default()).best.is_none());
        let site = g.lookup("Harir", &Hint { prefer_site: true, ..Hint::default() });
        assert_eq!(site.best.unwrap().place.id, "harir-ab");
        let m = g.mentions("Drones struck the base at dawn. Officials in Harir said the base was hit.");
        assert_eq!(m[0].lookup.best.as_ref().unwrap().place.id, "harir-ab");
        let m = g.mentions("Shops reopened in Harir on Monday.");
        assert!(m[0].lookup.best.is_none(), "no context: candidates, not a guess");
        assert_eq!(m[0].lookup.candidates.len(), 2);
    }

    #[test]
    fn mentions_find_names_with_spans() {
        let g = Gazetteer::embedded();
        let t = "Rockets fell between Irbil’s airport and a nearby base.";
        let m = g.mentions(t);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].lookup.best.as_ref().unwrap().place.id, "erbil-airport");
        assert_eq!(m[0].text, "Irbil’s airport");
        assert_eq!(&t[m[0].start..m[0].end], "Irbil’s airport");
    }

    #[test]
    fn mentions_skip_english_words_and_person_names() {
        let g = Gazetteer::embedded();
        let ids = |t: &str| -> Vec<String> {
            g.mentions(t).iter().filter_map(|m| m.lookup.best.as_ref().map(|b| b.place.id.clone())).collect()
        };
        assert!(ids("The rocket hit the base.").is_empty());
        assert!(ids("Hit by rockets, the base went dark.").is_empty(), "sentence-initial English word");
        assert_eq!(ids("Fighters entered the town of Hit on Monday."), ["hit"]);
        assert!(ids("Followers of Muqtada al-Sadr marched.").is_empty());
        assert!(ids("Omar Abdullah and Qasim Soleimani met.").is_empty(), "person names");
        // "Tal" (hill) opens many names: a village the gazetteer does not know is not At Tall.
        assert!(ids("Shells hit the village of Tal Al-Ward.").is_empty());
        assert_eq!(ids("Shells hit the village of Tal Ward and the town of Tal Tamr."), ["tal-tamr"]);
        assert_eq!(ids("Shells hit the town of Tal near Damascus."), ["gn172349", "damascus"]);
        assert_eq!(ids("Rockets fell on al-Omar."), ["al-omar"]);
        assert_eq!(ids("Rockets fell on Al Asad."), ["ain-al-asad"]);
        assert!(ids("a new consulate and the al-omar accounts").is_empty(), "lower case is not a name");
        assert_eq!(ids("Attacks in Diyala province rose."), ["diyala-gov"]);
        // A mention never reaches back into the one before it.
        let m = g.mentions("the strike on the Conoco base near Deir ez-Zor");
        assert_eq!(m.len(), 2);
        assert!(m[0].end <= m[1].start);
        assert_eq!(m[1].lookup.best.as_ref().unwrap().place.id, "deir-ez-zor");
        assert_eq!(ids("Attacks in the province of Nineveh rose."), ["nineveh-gov"]);
        assert_eq!(ids("A drone struck a car in the northern province of Sulaimaniya."), ["sulaymaniyah-gov"]);
        assert_eq!(ids("A drone struck a car in Kirkuk province."), ["kirkuk-gov"]);
        // Spelled otherwise: read where the text gives it as a place; never a country.
        assert_eq!(ids("Mortars hit the town of Shirqat."), ["gn91057"]);
        assert!(ids("Soleimani was killed in Baghdad.").iter().all(|id| id != "sulaymaniyah-city"));
        assert!(ids("He studied in Albany.").is_empty());
    }
}
