//! Importer for GeoNames dump files (`allCountries.txt`, `IQ.txt`: 19 tab-separated columns), so users
//! can extend the gazetteer to any country.

use std::io::{BufRead, Write};
use std::path::Path;

use anyhow::{Context, Result, bail};

use super::{Place, PlaceKind};
use crate::model::LatLon;

/// Which GeoNames rows to keep.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// ISO codes; empty keeps every country.
    pub countries: Vec<String>,
    /// Populated places below this are skipped (sites, regions and fields are kept whatever it is).
    pub min_population: u64,
}

/// Our kind for a GeoNames feature code; `None` for features we do not import.
pub fn kind_for(feature_code: &str, population: u64) -> Option<PlaceKind> {
    Some(match feature_code {
        "AIRB" | "AIRF" => PlaceKind::Airbase,
        "AIRP" => PlaceKind::Airport,
        "MILB" | "INSM" => PlaceKind::Base,
        "OILF" => PlaceKind::Oilfield,
        "GASF" => PlaceKind::Gasfield,
        "DAM" => PlaceKind::Dam,
        "PSTB" => PlaceKind::BorderCrossing,
        "PPLC" => PlaceKind::Capital,
        "PPLA" => PlaceKind::City,
        "PPL" | "PPLA2" | "PPLA3" | "PPLA4" | "PPLG" if population >= 100_000 => PlaceKind::City,
        "PPL" | "PPLA2" | "PPLA3" | "PPLA4" | "PPLG" if population >= 1_000 => PlaceKind::Town,
        "PPL" | "PPLL" | "PPLA2" | "PPLA3" | "PPLA4" | "PPLG" => PlaceKind::Village,
        "ADM1" => PlaceKind::Governorate,
        "ADM2" => PlaceKind::District,
        "RGN" | "RGNE" => PlaceKind::Region,
        "PCLI" => PlaceKind::Country,
        _ => return None,
    })
}

/// Reads a GeoNames dump; `name` is used in error messages ("file:line: ...").
///
/// What it returns is what a places file can hold (see [`write_tsv`]): rows without a country
/// code (undersea and international features) are skipped, and a row the places loader would
/// refuse (a country that is not an ISO code, no name, a repeated or non-numeric id) is an error
/// here rather than in a file that then does not load.
pub fn import(reader: impl BufRead, name: &str, filter: &Filter) -> Result<Vec<Place>> {
    let mut out = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for (i, line) in reader.lines().enumerate() {
        let lineno = i + 1;
        let line = line.with_context(|| format!("{name}:{lineno}: cannot read"))?;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 19 {
            bail!("{name}:{lineno}: expected 19 tab-separated GeoNames columns, found {}", f.len());
        }
        let country = f[8].trim();
        if country.is_empty()
            || (!filter.countries.is_empty() && !filter.countries.iter().any(|c| c.eq_ignore_ascii_case(country)))
        {
            continue;
        }
        let population: u64 = if f[14].trim().is_empty() {
            0
        } else {
            f[14].trim().parse().with_context(|| format!("{name}:{lineno}: population {:?} is not a number", f[14]))?
        };
        let Some(kind) = kind_for(f[7].trim(), population) else { continue };
        let populated = matches!(kind, PlaceKind::Capital | PlaceKind::City | PlaceKind::Town | PlaceKind::Village);
        if populated && population < filter.min_population {
            continue;
        }
        let coord = |c: usize, what: &str| -> Result<f64> {
            f[c].trim().parse().with_context(|| format!("{name}:{lineno}: {what} {:?} is not a number", f[c]))
        };
        let location = LatLon::new(coord(4, "latitude")?, coord(5, "longitude")?);
        if !location.is_valid() {
            bail!("{name}:{lineno}: coordinate {}, {} is out of range", location.lat, location.lon);
        }
        // Checked as the places loader checks them, so the file `write_tsv` makes always loads
        // (found by fuzzing: a country such as "I1" was written and the file was then refused).
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            bail!("{name}:{lineno}: country code {country:?} is not an ISO 3166-1 alpha-2 code");
        }
        let id = f[0].trim();
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
            bail!("{name}:{lineno}: geonameid {id:?} is not a number");
        }
        if !ids.insert(id.to_string()) {
            bail!("{name}:{lineno}: geonameid {id} is repeated");
        }
        let main = f[1].trim();
        if main.trim_matches(|c: char| c.is_whitespace() || c == ';').is_empty() {
            bail!("{name}:{lineno}: geonameid {id} has no name");
        }
        let mut aliases: Vec<String> = Vec::new();
        for a in std::iter::once(f[2]).chain(f[3].split(',')).map(str::trim) {
            if a != main && latin_name(a) && !aliases.iter().any(|x| x == a) {
                aliases.push(a.to_string());
            }
        }
        out.push(Place {
            id: format!("gn{id}"),
            name: main.to_string(),
            aliases,
            kind,
            country: country.to_string(),
            admin1: Some(f[10].trim()).filter(|s| !s.is_empty() && *s != "00").map(str::to_string),
            location,
            source: format!("GeoNames {id} ({})", f[7].trim()),
            until: None,
        });
    }
    Ok(out)
}

/// An alternate name worth indexing: Latin script, capitalised, not an all-capitals code.
fn latin_name(a: &str) -> bool {
    let latin = |c: char| c.is_alphabetic() && ((c as u32) < 0x250 || (0x1E00..0x1F00).contains(&(c as u32)));
    a.chars().count() >= 3
        && a.chars().next().is_some_and(char::is_uppercase)
        && !a.chars().all(|c| !c.is_lowercase())
        && a.split_whitespace().count() <= 4
        && a.chars().all(|c| latin(c) || matches!(c, ' ' | '-' | '\'' | '’' | 'ʼ' | 'ʾ' | 'ʿ' | '‘'))
}

/// Writes places in our TSV format, atomically (temp file in the same folder, then rename).
pub fn write_tsv(places: &[Place], path: &Path) -> Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    let mut w = std::io::BufWriter::new(&mut tmp);
    writeln!(w, "id\tname\taliases\tkind\tcountry\tadmin1\tlat\tlon\tsource")?;
    for p in places {
        let clean = |s: &str| s.replace(['\t', '\n', ';'], " ");
        let aliases: Vec<String> = p.aliases.iter().map(|a| clean(a)).collect();
        writeln!(
            w,
            "{}\t{}\t{}\t{}\t{}\t{}\t{:.5}\t{:.5}\t{}",
            clean(&p.id),
            clean(&p.name),
            aliases.join(";"),
            p.kind.as_str(),
            p.country,
            p.admin1.as_deref().map(clean).unwrap_or_default(),
            p.location.lat,
            p.location.lon,
            clean(&p.source)
        )?;
    }
    w.flush()?;
    drop(w);
    tmp.persist(path).with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{Gazetteer, Hint};

    const SAMPLE: &str = "\
99441\tHit\tHit\tHeet,Hīt,هيت,HIT\t33.64162\t42.82514\tP\tPPL\tIQ\t\t01\t\t\t\t60000\t\t60\tAsia/Baghdad\t2020-01-01
1\tTiny\tTiny\t\t33.0\t42.0\tP\tPPL\tIQ\t\t01\t\t\t\t50\t\t60\tAsia/Baghdad\t2020-01-01
2\tSome Air Base\tSome Air Base\tSome Airfield\t34.0\t43.0\tS\tAIRB\tIQ\t\t01\t\t\t\t0\t\t60\tAsia/Baghdad\t2020-01-01
3\tAnbar\tAnbar\tAl Anbar\t33.0\t42.0\tA\tADM1\tIQ\t\t01\t\t\t\t1000000\t\t60\tAsia/Baghdad\t2020-01-01
4\tHoms\tHoms\t\t34.7\t36.7\tP\tPPLA\tSY\t\t11\t\t\t\t700000\t\t60\tAsia/Damascus\t2020-01-01
5\tSome Hill\tSome Hill\t\t34.0\t43.0\tT\tHLL\tIQ\t\t01\t\t\t\t0\t\t60\tAsia/Baghdad\t2020-01-01
";

    #[test]
    fn maps_feature_codes_and_filters() {
        let f = Filter { countries: vec!["IQ".into()], min_population: 1000 };
        let places = import(SAMPLE.as_bytes(), "IQ.txt", &f).unwrap();
        let got: Vec<(&str, PlaceKind)> = places.iter().map(|p| (p.name.as_str(), p.kind)).collect();
        assert_eq!(
            got,
            [("Hit", PlaceKind::Town), ("Some Air Base", PlaceKind::Airbase), ("Anbar", PlaceKind::Governorate)]
        );
        assert_eq!(places[0].aliases, ["Heet", "Hīt"]);
        assert_eq!(places[0].id, "gn99441");
    }

    #[test]
    fn written_file_loads_as_a_gazetteer() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("places.tsv");
        let places = import(SAMPLE.as_bytes(), "IQ.txt", &Filter::default()).unwrap();
        write_tsv(&places, &out).unwrap();
        let g = Gazetteer::from_path(&out).unwrap();
        assert_eq!(g.places().len(), 5);
        assert_eq!(g.lookup("Heet", &Hint::default()).best.unwrap().place.id, "gn99441");
        assert_eq!(g.lookup("Some Airfield", &Hint::default()).best.unwrap().place.kind, PlaceKind::Airbase);
    }

    #[test]
    fn bad_row_names_file_and_line() {
        let bad = "1\tX\tX\t\tnorth\t42.0\tP\tPPL\tIQ\t\t01\t\t\t\t50\t\t60\tAsia/Baghdad\t2020-01-01\n";
        let err = import(format!("{SAMPLE}{bad}").as_bytes(), "IQ.txt", &Filter::default()).unwrap_err();
        assert!(err.to_string().starts_with("IQ.txt:7:"), "{err}");
        let short = import("1\tX\n".as_bytes(), "IQ.txt", &Filter::default()).unwrap_err();
        assert!(short.to_string().starts_with("IQ.txt:1:"), "{short}");
    }

    #[test]
    fn rows_a_places_file_cannot_hold_are_skipped_or_refused() {
        let row = |id: &str, name: &str, cc: &str| {
            format!(
                "{id}\t{name}\t{name}\t\t33.0\t42.0\tP\tPPLA\t{cc}\t\t01\t\t\t\t50\t\t60\tAsia/Baghdad\t2020-01-01\n"
            )
        };
        let f = Filter::default();
        assert!(import(row("1", "Nowhere", "").as_bytes(), "x", &f).unwrap().is_empty(), "no country: skipped");
        for (bad, want) in [
            (row("1", "X", "I1"), "x:1: country code \"I1\""),
            (row("1a", "X", "IQ"), "x:1: geonameid \"1a\" is not a number"),
            (row("1", ";", "IQ"), "x:1: geonameid 1 has no name"),
            (row("1", "X", "IQ") + &row("1", "Y", "IQ"), "x:2: geonameid 1 is repeated"),
        ] {
            let e = import(bad.as_bytes(), "x", &f).unwrap_err().to_string();
            assert!(e.starts_with(want), "{e}");
        }
    }
}
