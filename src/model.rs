//! The incident record shared by every pipeline stage, and its GeoJSON form.
//!
//! Property names and types follow `CONTRACT.md`: dates are `YYYY-MM-DD` strings, counts are
//! JSON integers, unknowns are JSON `null` (never `""` or `"null"`), and every feature carries
//! the same property set so GDAL/QGIS type each field once.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use geojson::{Feature, Geometry, GeometryValue, JsonObject, JsonValue};
use serde::{Deserialize, Serialize};

/// What hit the target, as the contract's closed vocabulary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weapon {
    Rocket,
    Missile,
    Drone,
    Mortar,
    Airstrike,
    Artillery,
    Ied,
    #[default]
    Unknown,
}

impl Weapon {
    pub const ALL: [Weapon; 8] = [
        Weapon::Rocket,
        Weapon::Missile,
        Weapon::Drone,
        Weapon::Mortar,
        Weapon::Airstrike,
        Weapon::Artillery,
        Weapon::Ied,
        Weapon::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Weapon::Rocket => "rocket",
            Weapon::Missile => "missile",
            Weapon::Drone => "drone",
            Weapon::Mortar => "mortar",
            Weapon::Airstrike => "airstrike",
            Weapon::Artillery => "artillery",
            Weapon::Ied => "ied",
            Weapon::Unknown => "unknown",
        }
    }

    /// Whether two reports' weapons can be one attack's: reports name the same projectiles
    /// differently ("rockets" here, "missiles" or "artillery rounds" there), so the fired classes
    /// agree with each other, and an air strike agrees with the missiles it was made with; a drone,
    /// or a bomb, is another attack. Unknown agrees with anything.
    pub fn agrees_with(self, other: Weapon) -> bool {
        let fired = |w: Weapon| matches!(w, Weapon::Rocket | Weapon::Missile | Weapon::Mortar | Weapon::Artillery);
        // An airstrike is told by what the aircraft fired: "warplanes fired missiles". Not a drone: a
        // drone attack on a base and the airstrike that answers it are two attacks.
        let from_the_air = |a: Weapon, b: Weapon| a == Weapon::Airstrike && b == Weapon::Missile;
        self == other
            || self == Weapon::Unknown
            || other == Weapon::Unknown
            || (fired(self) && fired(other))
            || from_the_air(self, other)
            || from_the_air(other, self)
    }

    /// Known and agreeing ([`Weapon::agrees_with`]), for matches that need the weapon as evidence.
    pub fn known_and_agrees_with(self, other: Weapon) -> bool {
        self != Weapon::Unknown && other != Weapon::Unknown && self.agrees_with(other)
    }
}

/// Whether an incident is the article's subject or an earlier attack it mentions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    #[default]
    Main,
    Background,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Main => "main",
            Role::Background => "background",
        }
    }
}

/// How much of `date` is known: a `month` date is the first of that month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Year,
    Month,
    Day,
}

impl DatePrecision {
    /// The first and last day a date of this precision stands for: a month date (the first of the
    /// month) covers the month, a year date the year. The one rule every date window uses.
    pub fn period(self, date: NaiveDate) -> (NaiveDate, NaiveDate) {
        use chrono::Datelike;
        let last = match self {
            DatePrecision::Day => Some(date),
            DatePrecision::Month => {
                let (y, m) = if date.month() == 12 { (date.year() + 1, 1) } else { (date.year(), date.month() + 1) };
                NaiveDate::from_ymd_opt(y, m, 1).and_then(|d| d.pred_opt())
            }
            DatePrecision::Year => NaiveDate::from_ymd_opt(date.year(), 12, 31),
        };
        (date, last.unwrap_or(date))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
        }
    }
}

/// How exactly the point locates the target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GeoPrecision {
    Region,
    Town,
    Site,
}

impl GeoPrecision {
    pub fn as_str(self) -> &'static str {
        match self {
            GeoPrecision::Site => "site",
            GeoPrecision::Town => "town",
            GeoPrecision::Region => "region",
        }
    }

    /// How far apart two places told with these precisions may lie and still be one target: the
    /// coarser decides (a region's point is its centre; the attack can be anywhere in it).
    pub fn one_target_km(a: Option<GeoPrecision>, b: Option<GeoPrecision>) -> f64 {
        match a.min(b) {
            Some(GeoPrecision::Site) => 5.0,
            Some(GeoPrecision::Town) => 15.0,
            Some(GeoPrecision::Region) | None => 100.0,
        }
    }
}

macro_rules! impl_from_str {
    ($t:ty, $what:literal, [$($v:expr),+]) => {
        impl FromStr for $t {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                [$($v),+]
                    .into_iter()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| format!("unknown {} {:?}", $what, s))
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
impl_from_str!(
    Weapon,
    "weapon",
    [
        Weapon::Rocket,
        Weapon::Missile,
        Weapon::Drone,
        Weapon::Mortar,
        Weapon::Airstrike,
        Weapon::Artillery,
        Weapon::Ied,
        Weapon::Unknown
    ]
);
impl_from_str!(Role, "role", [Role::Main, Role::Background]);
impl_from_str!(DatePrecision, "date precision", [DatePrecision::Day, DatePrecision::Month, DatePrecision::Year]);
impl_from_str!(GeoPrecision, "geo precision", [GeoPrecision::Site, GeoPrecision::Town, GeoPrecision::Region]);

/// A WGS84 coordinate in degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl LatLon {
    pub fn new(lat: f64, lon: f64) -> Self {
        LatLon { lat, lon }
    }

    /// `geo` points are x = longitude, y = latitude.
    pub fn to_point(self) -> geo::Point<f64> {
        geo::Point::new(self.lon, self.lat)
    }

    pub fn is_valid(self) -> bool {
        self.lat.is_finite() && self.lon.is_finite() && self.lat.abs() <= 90.0 && self.lon.abs() <= 180.0
    }
}

/// One attack, as read from one article (extract) or merged from many (store).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Incident {
    pub id: String,
    /// Extract: the input as given. Store: the first source.
    pub source: String,
    /// Every source that reported it, first one first (store); just `source` after extract.
    pub sources: Vec<String>,
    pub role: Role,
    pub date: Option<NaiveDate>,
    pub date_precision: Option<DatePrecision>,
    /// Canonical gazetteer name.
    pub place: Option<String>,
    /// The place as written in the article.
    pub place_text: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub geo_precision: Option<GeoPrecision>,
    /// Target location; `None` when the place could not be resolved.
    pub location: Option<LatLon>,
    pub weapon: Weapon,
    pub count_min: Option<u32>,
    pub count_max: Option<u32>,
    /// Lower bound when sources disagree or say "at least".
    pub killed: Option<u32>,
    /// Highest figure any source gave, when higher than `killed`.
    pub killed_max: Option<u32>,
    pub injured: Option<u32>,
    pub injured_max: Option<u32>,
    /// The claimant as the article writes it.
    pub claimed_by: Option<String>,
    /// The claimant under the name `gazetteer/groups.tsv` lists it by, for grouping spellings
    /// ("IRGC", "Revolutionary Guards" → "Islamic Revolutionary Guard Corps"); `None` when the
    /// group is not listed.
    pub claimed_by_canonical: Option<String>,
    /// Who struck: a state ("United States", "Israel", "Turkey", "Iran") or an armed group, as the
    /// reports tell it or, failing that, the claimant; `None` when no report says.
    pub attacker: Option<String>,
    /// Where it was launched from, as stated.
    pub launch_site: Option<String>,
    pub launch_distance_km: Option<f64>,
    /// Stated direction of the launch site from its reference place, degrees clockwise from north.
    pub launch_bearing_deg: Option<f64>,
    /// Launch site location when it could be placed (a named place, or distance + bearing).
    pub launch_location: Option<LatLon>,
    pub range_km: Option<f64>,
    /// The sentence(s) the incident was read from; merged incidents join them with ` | `.
    pub evidence: Option<String>,
    /// Where each field's value was read, field by field (extract; a store keeps it per source).
    pub provenance: Vec<Evidence>,
    /// How many reports were merged into this incident.
    pub reports: u32,
}

/// The rule of a date no sentence told: the day the article was published.
pub const PUBLICATION_DAY_RULE: &str = "date/publication-day";

/// Where one field's value was read: the words of an article and the rule that read them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The incident field (`date`, `place`, `weapon`, `count`, `killed`, ...).
    pub field: String,
    /// The rule that read the value, as `stage/name` (`casualties/killed-passive`, `date/relative-day`).
    pub rule: String,
    /// The rule that tied the sentence to this incident (`event`, `detail-follows`, `same-attack`, ...).
    pub link: String,
    /// The article, as its input was given.
    pub source: String,
    /// Byte range of the sentence in the article text; `None` when no sentence told the value (an
    /// attack dated by the day its article was published).
    pub start: Option<usize>,
    pub end: Option<usize>,
    /// The sentence (or clause) itself.
    pub text: String,
}

/// One input article: its text and, when known, its publication date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    /// The input path or URL as given.
    pub source: String,
    /// Plain text (HTML already reduced); the dateline, if any, is still in it.
    pub text: String,
    /// Publication date from a dateline, HTML meta data or the page; `None` when unknown.
    pub published: Option<NaiveDate>,
}

impl Article {
    /// The hex SHA-256 of the text: the article's identity in the store.
    pub fn hash(&self) -> String {
        article_hash(&self.text)
    }
}

/// The hex SHA-256 of an article's text.
pub fn article_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The id of the `n`th report (from 0) of an article, as `extract` prints it and the store keeps
/// it: stable, so the same input gives the same ids in both.
pub fn report_id(sha256: &str, n: usize) -> String {
    format!("{}-{}", &sha256[..16.min(sha256.len())], n + 1)
}

/// Property names in the order they are written. Every feature gets all of them.
pub const PROPERTY_NAMES: &[&str] = &[
    "id",
    "source",
    "sources",
    "role",
    "date",
    "date_precision",
    "place",
    "place_text",
    "country",
    "geo_precision",
    "weapon",
    "count_min",
    "count_max",
    "killed",
    "killed_max",
    "injured",
    "injured_max",
    "claimed_by",
    "claimed_by_canonical",
    "attacker",
    "launch_site",
    "launch_distance_km",
    "launch_bearing_deg",
    "launch_lat",
    "launch_lon",
    "range_km",
    "evidence",
    "reports",
];

/// Round to 6 decimals (~0.1 m): RFC 7946 advises against false precision.
pub fn round6(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

fn opt_str(v: &Option<String>) -> JsonValue {
    match v {
        Some(s) if !s.trim().is_empty() => JsonValue::from(s.clone()),
        _ => JsonValue::Null,
    }
}

fn opt<T: Into<JsonValue> + Copy>(v: Option<T>) -> JsonValue {
    v.map(Into::into).unwrap_or(JsonValue::Null)
}

fn opt_f(v: Option<f64>, digits: i32) -> JsonValue {
    match v {
        Some(x) if x.is_finite() => {
            let p = 10f64.powi(digits);
            JsonValue::from((x * p).round() / p)
        }
        _ => JsonValue::Null,
    }
}

/// Killed plus injured, counting unknown as none: what a marker's size and a ranking go by.
pub fn casualties(killed: Option<u32>, injured: Option<u32>) -> u32 {
    killed.unwrap_or(0).saturating_add(injured.unwrap_or(0))
}

impl Incident {
    pub fn casualties(&self) -> u32 {
        casualties(self.killed, self.injured)
    }

    /// The year of the attack, when its date is known.
    pub fn year(&self) -> Option<i32> {
        self.date.map(|d| chrono::Datelike::year(&d))
    }

    /// Every source, first one first (`source` alone when `sources` is empty, as after extract).
    pub fn all_sources(&self) -> impl Iterator<Item = &str> {
        let single = self.sources.is_empty().then_some(self.source.as_str());
        self.sources.iter().map(String::as_str).chain(single).filter(|s| !s.is_empty())
    }

    /// `sources` joined as the contract asks (`; `).
    pub fn sources_joined(&self) -> String {
        self.all_sources().collect::<Vec<_>>().join("; ")
    }

    /// The date as the contract writes it.
    pub fn date_string(&self) -> Option<String> {
        self.date.map(|d| d.format("%Y-%m-%d").to_string())
    }

    pub fn properties(&self) -> JsonObject {
        let mut p = JsonObject::new();
        p.insert("id".into(), JsonValue::from(self.id.clone()));
        p.insert("source".into(), JsonValue::from(self.source.clone()));
        p.insert("sources".into(), JsonValue::from(self.sources_joined()));
        p.insert("role".into(), JsonValue::from(self.role.as_str()));
        p.insert("date".into(), self.date_string().map(JsonValue::from).unwrap_or(JsonValue::Null));
        p.insert(
            "date_precision".into(),
            self.date_precision.map(|d| JsonValue::from(d.as_str())).unwrap_or(JsonValue::Null),
        );
        p.insert("place".into(), opt_str(&self.place));
        p.insert("place_text".into(), opt_str(&self.place_text));
        p.insert("country".into(), opt_str(&self.country));
        p.insert(
            "geo_precision".into(),
            self.geo_precision.map(|g| JsonValue::from(g.as_str())).unwrap_or(JsonValue::Null),
        );
        p.insert("weapon".into(), JsonValue::from(self.weapon.as_str()));
        p.insert("count_min".into(), opt(self.count_min));
        p.insert("count_max".into(), opt(self.count_max));
        p.insert("killed".into(), opt(self.killed));
        p.insert("killed_max".into(), opt(self.killed_max));
        p.insert("injured".into(), opt(self.injured));
        p.insert("injured_max".into(), opt(self.injured_max));
        p.insert("claimed_by".into(), opt_str(&self.claimed_by));
        p.insert("claimed_by_canonical".into(), opt_str(&self.claimed_by_canonical));
        p.insert("attacker".into(), opt_str(&self.attacker));
        p.insert("launch_site".into(), opt_str(&self.launch_site));
        p.insert("launch_distance_km".into(), opt_f(self.launch_distance_km, 3));
        p.insert("launch_bearing_deg".into(), opt_f(self.launch_bearing_deg, 1));
        p.insert("launch_lat".into(), opt_f(self.launch_location.map(|l| l.lat), 6));
        p.insert("launch_lon".into(), opt_f(self.launch_location.map(|l| l.lon), 6));
        p.insert("range_km".into(), opt_f(self.range_km, 3));
        p.insert("evidence".into(), opt_str(&self.evidence));
        p.insert("reports".into(), JsonValue::from(self.reports.max(1)));
        // Only extract fills it; the layers a store exports keep the one property set.
        if !self.provenance.is_empty() {
            p.insert("provenance".into(), serde_json::to_value(&self.provenance).unwrap_or(JsonValue::Null));
        }
        p
    }

    pub fn to_feature(&self) -> Feature {
        Feature {
            bbox: None,
            geometry: self.location.map(|l| Geometry::new(GeometryValue::new_point([round6(l.lon), round6(l.lat)]))),
            id: None,
            properties: Some(self.properties()),
            foreign_members: None,
        }
    }

    /// Reads a feature written by [`Incident::to_feature`] (or by hand, in the same shape).
    pub fn from_feature(f: &Feature) -> Result<Incident, String> {
        let empty = JsonObject::new();
        let p = f.properties.as_ref().unwrap_or(&empty);
        let location = match &f.geometry {
            None => None,
            Some(g) => match &g.value {
                GeometryValue::Point { coordinates } if coordinates.len() >= 2 => {
                    let l = LatLon::new(coordinates[1], coordinates[0]);
                    if !l.is_valid() {
                        return Err(format!("coordinate out of range: [{}, {}]", l.lon, l.lat));
                    }
                    Some(l)
                }
                _ => return Err("geometry is not a Point".into()),
            },
        };
        let s = |k: &str| -> Result<Option<String>, String> {
            match p.get(k) {
                None | Some(JsonValue::Null) => Ok(None),
                Some(JsonValue::String(s)) if s.is_empty() => Ok(None),
                Some(JsonValue::String(s)) => Ok(Some(s.clone())),
                Some(other) => Err(format!("property {k:?} should be a string, found {other}")),
            }
        };
        let u = |k: &str| -> Result<Option<u32>, String> {
            match p.get(k) {
                None | Some(JsonValue::Null) => Ok(None),
                Some(v) => v
                    .as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .map(Some)
                    .ok_or_else(|| format!("property {k:?} should be a non-negative integer, found {v}")),
            }
        };
        let fl = |k: &str| -> Result<Option<f64>, String> {
            match p.get(k) {
                None | Some(JsonValue::Null) => Ok(None),
                Some(v) => v
                    .as_f64()
                    .filter(|x| x.is_finite())
                    .map(Some)
                    .ok_or_else(|| format!("property {k:?} should be a number, found {v}")),
            }
        };
        let parse = |k: &str| -> Result<Option<String>, String> { s(k) };
        let date = match parse("date")? {
            None => None,
            Some(d) => Some(
                NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                    .map_err(|_| format!("property \"date\" is not YYYY-MM-DD: {d:?}"))?,
            ),
        };
        let source = s("source")?.unwrap_or_default();
        let sources: Vec<String> = match s("sources")? {
            Some(all) => all.split("; ").filter(|x| !x.is_empty()).map(str::to_string).collect(),
            None if !source.is_empty() => vec![source.clone()],
            None => vec![],
        };
        let launch_location = match (fl("launch_lat")?, fl("launch_lon")?) {
            (Some(lat), Some(lon)) => Some(LatLon::new(lat, lon)),
            _ => None,
        };
        Ok(Incident {
            id: s("id")?.unwrap_or_default(),
            source,
            sources,
            role: s("role")?.map(|r| r.parse()).transpose()?.unwrap_or_default(),
            date,
            date_precision: s("date_precision")?.map(|r| r.parse()).transpose()?,
            place: s("place")?,
            place_text: s("place_text")?,
            country: s("country")?,
            geo_precision: s("geo_precision")?.map(|r| r.parse()).transpose()?,
            location,
            weapon: s("weapon")?.map(|r| r.parse()).transpose()?.unwrap_or_default(),
            count_min: u("count_min")?,
            count_max: u("count_max")?,
            killed: u("killed")?,
            killed_max: u("killed_max")?,
            injured: u("injured")?,
            injured_max: u("injured_max")?,
            claimed_by: s("claimed_by")?,
            claimed_by_canonical: s("claimed_by_canonical")?,
            attacker: s("attacker")?,
            launch_site: s("launch_site")?,
            launch_distance_km: fl("launch_distance_km")?,
            launch_bearing_deg: fl("launch_bearing_deg")?,
            launch_location,
            range_km: fl("range_km")?,
            evidence: s("evidence")?,
            provenance: match p.get("provenance") {
                None | Some(JsonValue::Null) => Vec::new(),
                Some(v) => serde_json::from_value(v.clone()).map_err(|e| format!("property \"provenance\": {e}"))?,
            },
            reports: u("reports")?.unwrap_or(1),
        })
    }
}

/// A FeatureCollection of incidents, in order. No `bbox`: for an empty list geojson would write
/// `"bbox": []`, which RFC 7946 forbids and GDAL rejects, and readers compute extents themselves.
pub fn feature_collection(incidents: &[Incident]) -> geojson::FeatureCollection {
    geojson::FeatureCollection {
        bbox: None,
        features: incidents.iter().map(Incident::to_feature).collect(),
        foreign_members: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_collection_has_no_bbox() {
        let json = feature_collection(&[]).to_string();
        assert_eq!(json, r#"{"type":"FeatureCollection","features":[]}"#);
    }

    fn sample() -> Incident {
        Incident {
            id: "abc".into(),
            source: "a.txt".into(),
            sources: vec!["a.txt".into(), "b.txt".into()],
            role: Role::Main,
            date: NaiveDate::from_ymd_opt(2021, 2, 15),
            date_precision: Some(DatePrecision::Day),
            place: Some("Erbil International Airport".into()),
            place_text: Some("Irbil's airport".into()),
            country: Some("IQ".into()),
            geo_precision: Some(GeoPrecision::Site),
            location: Some(LatLon::new(36.2375, 43.963056)),
            weapon: Weapon::Rocket,
            count_min: Some(3),
            count_max: Some(14),
            killed: Some(1),
            injured: Some(6),
            injured_max: Some(9),
            claimed_by: Some("Saraya Awliya al-Dam".into()),
            evidence: Some("At least three rockets fell.".into()),
            provenance: vec![Evidence {
                field: "count".into(),
                rule: "count/number-before-weapon".into(),
                link: "event".into(),
                source: "a.txt".into(),
                start: Some(0),
                end: Some(28),
                text: "At least three rockets fell.".into(),
            }],
            reports: 2,
            ..Default::default()
        }
    }

    #[test]
    fn feature_round_trip_keeps_every_field() {
        let i = sample();
        let back = Incident::from_feature(&i.to_feature()).unwrap();
        assert_eq!(back, i);
    }

    #[test]
    fn unknowns_are_json_null_and_every_property_is_present() {
        let i = Incident { id: "x".into(), source: "s".into(), place: Some("".into()), ..Default::default() };
        let p = i.properties();
        let names: Vec<&str> = p.keys().map(String::as_str).collect();
        assert_eq!(names.len(), PROPERTY_NAMES.len());
        for n in PROPERTY_NAMES {
            assert!(p.contains_key(*n), "missing {n}");
        }
        assert_eq!(p["place"], JsonValue::Null, "empty strings are written as null");
        assert_eq!(p["date"], JsonValue::Null);
        assert!(i.to_feature().geometry.is_none());
    }

    #[test]
    fn bad_feature_values_are_errors_not_panics() {
        let mut f = sample().to_feature();
        f.properties.as_mut().unwrap().insert("killed".into(), JsonValue::from(-1));
        assert!(Incident::from_feature(&f).unwrap_err().contains("killed"));
        let mut f = sample().to_feature();
        f.properties.as_mut().unwrap().insert("date".into(), JsonValue::from("15/02/2021"));
        assert!(Incident::from_feature(&f).unwrap_err().contains("date"));
    }
}
