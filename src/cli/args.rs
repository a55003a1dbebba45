//! Argument types shared by every command, each with a message that names what is wrong with the
//! value: distances ([`Km`]), date bounds ([`DateBound`]), weapon classes ([`WeaponArg`]), and the
//! incident filters ([`FilterArgs`]) every query, `export` and `render` take.

use std::fmt;
use std::str::FromStr;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use incmap::model::{DatePrecision, Role, Weapon};
use incmap::query::Filter;

/// A distance in km: a finite number, 0 or more. Taken with `allow_hyphen_values`, so `--km -5`
/// reaches this parser (and says what is wrong) instead of reading as a flag.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Km(pub f64);

impl FromStr for Km {
    type Err = String;

    fn from_str(s: &str) -> Result<Km, String> {
        match s.trim().parse::<f64>() {
            Ok(km) if km.is_finite() && km >= 0.0 => Ok(Km(km)),
            Ok(km) if km < 0.0 => Err(format!("{s} is negative; a distance is 0 km or more")),
            _ => Err(format!("{s:?} is not a distance; give a number of km such as 50 or 2.5")),
        }
    }
}

impl fmt::Display for Km {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} km", self.0)
    }
}

/// A day, a month or a year: `2021-03-05`, `2021-03`, `2021`. As `--since` it starts on its first
/// day, as `--until` it ends on its last, so `--since 2021 --until 2021` is the year 2021.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DateBound {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl FromStr for DateBound {
    type Err = String;

    fn from_str(s: &str) -> Result<DateBound, String> {
        let t = s.trim();
        let parsed = match t.len() {
            4 => t.parse::<i32>().ok().and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1)).map(|d| (d, DatePrecision::Year)),
            7 => NaiveDate::parse_from_str(&format!("{t}-01"), "%Y-%m-%d").ok().map(|d| (d, DatePrecision::Month)),
            10 => NaiveDate::parse_from_str(t, "%Y-%m-%d").ok().map(|d| (d, DatePrecision::Day)),
            _ => None,
        };
        let Some((date, precision)) = parsed else {
            return Err(format!("{s:?} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY (2021-03-05, 2021-03, 2021)"));
        };
        let (first, last) = precision.period(date);
        Ok(DateBound { first, last })
    }
}

/// A weapon class named in any case, singular or plural, or by a word of the lexicon for it
/// (`Rocket`, `rockets`, `uav`, `Katyusha`); the error lists the classes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeaponArg(pub Weapon);

impl FromStr for WeaponArg {
    type Err = String;

    fn from_str(s: &str) -> Result<WeaponArg, String> {
        incmap::query::weapon_class(s).map(WeaponArg)
    }
}

/// `main` or `background`, in any case.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RoleArg(pub Role);

impl FromStr for RoleArg {
    type Err = String;

    fn from_str(s: &str) -> Result<RoleArg, String> {
        s.trim()
            .to_ascii_lowercase()
            .parse::<Role>()
            .map(RoleArg)
            .map_err(|_| format!("{s:?} is not a role; use main (the article's own attack) or background"))
    }
}

/// An ISO 3166-1 alpha-2 country code, in any case.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryArg(pub String);

impl FromStr for CountryArg {
    type Err = String;

    fn from_str(s: &str) -> Result<CountryArg, String> {
        let t = s.trim();
        if t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic()) {
            Ok(CountryArg(t.to_ascii_uppercase()))
        } else {
            Err(format!("{s:?} is not a country code; use two letters such as IQ, SY or JO"))
        }
    }
}

/// Which incidents a command reads: the same flags, the same meaning, in every command.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct FilterArgs {
    /// Only incidents on or after this date: YYYY-MM-DD, YYYY-MM or YYYY (a month or year date
    /// counts when its period overlaps the window).
    #[arg(long, value_name = "DATE")]
    pub since: Option<DateBound>,
    /// Only incidents on or before this date: YYYY-MM-DD, YYYY-MM (to its last day) or YYYY.
    #[arg(long, value_name = "DATE")]
    pub until: Option<DateBound>,
    /// Only incidents with this weapon (repeatable): rocket, missile, drone, mortar, airstrike,
    /// artillery, ied, unknown; any case, plural or a word for one (uav, katyusha).
    #[arg(long, value_name = "WEAPON")]
    pub weapon: Vec<WeaponArg>,
    /// Only incidents in this country (ISO code, repeatable): IQ, SY, JO, ...
    #[arg(long, value_name = "CODE")]
    pub country: Vec<CountryArg>,
    /// Only incidents of this role (repeatable): main (the article's subject) or background.
    #[arg(long, value_name = "ROLE")]
    pub role: Vec<RoleArg>,
    /// Only incidents whose attacker (or listed claimant) contains these words, any case
    /// (repeatable).
    #[arg(long, value_name = "NAME")]
    pub attacker: Vec<String>,
}

impl FilterArgs {
    pub fn filter(&self) -> Result<Filter> {
        let since = self.since.map(|d| d.first);
        let until = self.until.map(|d| d.last);
        if let (Some(s), Some(u)) = (since, until)
            && s > u
        {
            bail!("--since {s} is after --until {u}; the window is empty");
        }
        Ok(Filter {
            since,
            until,
            weapons: self.weapon.iter().map(|w| w.0).collect(),
            countries: self.country.iter().map(|c| c.0.clone()).collect(),
            roles: self.role.iter().map(|r| r.0).collect(),
            attackers: self.attacker.clone(),
        })
    }
}

/// `--around PLACE --km N`: the circle a map or timeline keeps to, PLACE read by the one gazetteer
/// resolver (a name, any spelling it knows, or "LAT,LON").
#[derive(clap::Args, Clone, Debug, Default)]
pub struct AroundArgs {
    /// Keep to a place (gazetteer name or "LAT,LON"), with --km.
    #[arg(long, value_name = "PLACE", requires = "km", allow_hyphen_values = true)]
    pub around: Option<String>,
    /// Radius around --around, in km.
    #[arg(long, requires = "around", allow_hyphen_values = true)]
    pub km: Option<Km>,
}

impl AroundArgs {
    pub fn focus(&self, g: &incmap::gazetteer::Gazetteer) -> Result<Option<incmap::render::Focus>> {
        let (Some(place), Some(Km(km))) = (&self.around, self.km) else { return Ok(None) };
        if !(km > 0.0 && km <= 5000.0) {
            bail!("--km {km}: expected a radius in (0, 5000]");
        }
        let (name, at) = anyhow::Context::context(incmap::query::point_or_place(g, place), "--around")?;
        Ok(Some(incmap::render::Focus { name, at, km }))
    }
}

/// "1 article", "0 articles", "3 articles".
pub fn plural(n: usize, what: &str) -> String {
    if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
}

/// "1 incident", "3 incidents", "no incidents".
pub fn count(n: usize, what: &str) -> String {
    match n {
        0 => format!("no {what}s"),
        1 => format!("1 {what}"),
        _ => format!("{n} {what}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn km_names_what_is_wrong() {
        assert_eq!("2.5".parse::<Km>(), Ok(Km(2.5)));
        assert!("-5".parse::<Km>().unwrap_err().contains("negative"));
        assert!("far".parse::<Km>().unwrap_err().contains("not a distance"));
        assert!("NaN".parse::<Km>().is_err());
    }

    #[test]
    fn dates_by_year_month_or_day() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!("2021".parse::<DateBound>().unwrap(), DateBound { first: d("2021-01-01"), last: d("2021-12-31") });
        assert_eq!(
            "2021-02".parse::<DateBound>().unwrap(),
            DateBound { first: d("2021-02-01"), last: d("2021-02-28") }
        );
        assert_eq!("2021-03-05".parse::<DateBound>().unwrap().last, d("2021-03-05"));
        let e = "2021-13".parse::<DateBound>().unwrap_err();
        assert!(e.contains("YYYY-MM-DD, YYYY-MM or YYYY"), "{e}");
        assert!("yesterday".parse::<DateBound>().is_err());
    }
}

/// The store a query reads.
#[derive(clap::Args, Clone, Debug)]
pub struct StoreArg {
    /// The incident store (a GeoPackage; a GeoJSON FeatureCollection of incidents is read too).
    #[arg(long, default_value = super::DEFAULT_STORE)]
    pub store: std::path::PathBuf,
}

/// The query point: a place or a coordinate.
#[derive(clap::Args, Clone, Debug)]
pub struct WhereArgs {
    /// A gazetteer place name, any spelling the gazetteer knows.
    #[arg(long, required_unless_present = "lat", conflicts_with_all = ["lat", "lon"])]
    pub place: Option<String>,
    /// Latitude in degrees (WGS84), with --lon.
    #[arg(long, requires = "lon", allow_negative_numbers = true)]
    pub lat: Option<f64>,
    /// Longitude in degrees (WGS84), with --lat.
    #[arg(long, requires = "lat", allow_negative_numbers = true)]
    pub lon: Option<f64>,
}

impl WhereArgs {
    pub fn locate(&self, g: &incmap::gazetteer::Gazetteer) -> Result<(incmap::model::LatLon, String)> {
        incmap::query::locate(g, self.place.as_deref(), self.lat, self.lon)
    }
}

/// A radius given as a weapon's range.
#[derive(clap::Args, Clone, Debug)]
pub struct RangeArgs {
    /// The radius is this weapon's range from the weapon table: a name or alias such as "122mm Grad",
    /// "Katyusha" or "Fateh-110".
    #[arg(long, value_name = "WEAPON", visible_alias = "within-range-of", conflicts_with = "km")]
    pub range_of: Option<String>,
    /// A weapons file (TSV, as gazetteer/weapons.tsv) to use instead of the built-in table.
    #[arg(long, value_name = "FILE", requires = "range_of")]
    pub weapons: Option<std::path::PathBuf>,
}

impl RangeArgs {
    /// The range of the `--range-of` weapon (km) and how to name it, if one is given.
    pub fn km(&self) -> Result<Option<(f64, String)>> {
        use incmap::weapons::WeaponTable;
        let Some(name) = &self.range_of else { return Ok(None) };
        let table = match &self.weapons {
            Some(path) => &WeaponTable::from_path(path)?,
            None => WeaponTable::embedded(),
        };
        let (km, weapon) = incmap::query::weapon_range(table, name)?;
        Ok(Some((km, format!("the range of the {weapon}"))))
    }
}
