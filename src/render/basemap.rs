//! The basemap layers under `gazetteer/basemap/` (Natural Earth, clipped to the Middle East).

use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;

use anyhow::{Context, Result, bail};
use geojson::{FeatureCollection, GeometryValue, JsonObject};

use super::projection::Extent;
use crate::gazetteer::{Place, PlaceKind, normalize};
use crate::model::LatLon;

/// Each layer's file name and GeoJSON text, as embedded.
pub(crate) const LAYERS: [(&str, &str); 5] = [
    ("countries.geojson", include_str!("../../gazetteer/basemap/countries.geojson")),
    ("borders.geojson", include_str!("../../gazetteer/basemap/borders.geojson")),
    ("coastline.geojson", include_str!("../../gazetteer/basemap/coastline.geojson")),
    ("rivers.geojson", include_str!("../../gazetteer/basemap/rivers.geojson")),
    ("lakes.geojson", include_str!("../../gazetteer/basemap/lakes.geojson")),
];

const MAJOR_TOWNS: (&str, &str) = ("major_towns.txt", include_str!("../../gazetteer/basemap/major_towns.txt"));

/// A line or ring as `[lon, lat]` pairs, with its box for culling.
#[derive(Clone, Debug)]
pub struct Polyline {
    pub points: Vec<LatLon>,
    pub extent: Extent,
}

impl Polyline {
    fn new(points: Vec<LatLon>) -> Option<Polyline> {
        let extent = Extent::of_points(points.iter().copied())?;
        Some(Polyline { points, extent })
    }
}

#[derive(Clone, Debug)]
pub struct Country {
    /// ISO 3166-1 alpha-3, as Natural Earth gives it.
    pub iso_a3: String,
    /// ISO 3166-1 alpha-2, as incidents carry it.
    pub iso_a2: String,
    pub name: String,
    /// Outer rings only: the layer has no holes that matter at this scale.
    pub rings: Vec<Polyline>,
}

/// Every layer, ready to draw.
#[derive(Clone, Debug, Default)]
pub struct Basemap {
    pub countries: Vec<Country>,
    pub country_borders: Vec<Polyline>,
    pub admin1_borders: Vec<Polyline>,
    pub coastline: Vec<Polyline>,
    pub rivers: Vec<Polyline>,
    pub lakes: Vec<Polyline>,
    /// Names (normalised) of the towns labelled before others: capitals and governorate seats.
    pub major_towns: HashSet<String>,
}

impl Basemap {
    /// The layers compiled into the binary, parsed once.
    pub fn embedded() -> &'static Basemap {
        static B: OnceLock<Basemap> = OnceLock::new();
        B.get_or_init(|| {
            Basemap::from_layers(|name| {
                let text = LAYERS.iter().chain([&MAJOR_TOWNS]).find(|(n, _)| *n == name).map(|(_, t)| *t);
                Ok(text.expect("every layer is embedded").to_string())
            })
            .expect("the embedded basemap is checked by tests")
        })
    }

    /// Reads the same files (five layers and `major_towns.txt`) from a folder.
    pub fn from_dir(dir: &Path) -> Result<Basemap> {
        Basemap::from_layers(|name| {
            let p = dir.join(name);
            std::fs::read_to_string(&p).with_context(|| format!("{}: cannot read basemap layer", p.display()))
        })
    }

    fn from_layers(read: impl Fn(&str) -> Result<String>) -> Result<Basemap> {
        let mut b = Basemap::default();
        for (name, _) in LAYERS {
            let text = read(name)?;
            let fc: FeatureCollection = text.parse().with_context(|| format!("{name}: not a FeatureCollection"))?;
            for (i, f) in fc.features.iter().enumerate() {
                let Some(g) = &f.geometry else { continue };
                let paths = paths(&g.value).with_context(|| format!("{name}: feature {}", i + 1))?;
                let props = f.properties.clone().unwrap_or_default();
                match name {
                    "countries.geojson" => b.countries.push(Country {
                        iso_a3: prop(&props, "iso_a3"),
                        iso_a2: prop(&props, "iso_a2"),
                        name: prop(&props, "name"),
                        rings: paths,
                    }),
                    "borders.geojson" if prop(&props, "level") == "admin1" => b.admin1_borders.extend(paths),
                    "borders.geojson" => b.country_borders.extend(paths),
                    "coastline.geojson" => b.coastline.extend(paths),
                    "rivers.geojson" => b.rivers.extend(paths),
                    _ => b.lakes.extend(paths),
                }
            }
        }
        b.major_towns = read(MAJOR_TOWNS.0)?
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(normalize)
            .collect();
        Ok(b)
    }

    /// A capital or governorate seat, by its name or any alias.
    pub fn is_major_town(&self, p: &Place) -> bool {
        p.kind == PlaceKind::Capital
            || std::iter::once(&p.name).chain(&p.aliases).any(|n| self.major_towns.contains(&normalize(n)))
    }

    /// The box of every country polygon: the region the basemap covers.
    pub fn coverage(&self) -> Option<Extent> {
        self.countries.iter().flat_map(|c| &c.rings).map(|r| r.extent).reduce(Extent::union)
    }
}

fn prop(p: &JsonObject, k: &str) -> String {
    p.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_string()
}

/// Lines, or the outer rings of polygons.
fn paths(g: &GeometryValue) -> Result<Vec<Polyline>> {
    let line = |coords: &Vec<geojson::Position>| -> Result<Option<Polyline>> {
        let pts = coords
            .iter()
            .map(|p| match p.as_slice() {
                [lon, lat, ..] => Ok(LatLon::new(*lat, *lon)),
                _ => bail!("a position with fewer than two numbers"),
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Polyline::new(pts))
    };
    let out = match g {
        GeometryValue::LineString { coordinates } => vec![line(coordinates)?],
        GeometryValue::MultiLineString { coordinates } => coordinates.iter().map(line).collect::<Result<_>>()?,
        GeometryValue::Polygon { coordinates } => coordinates.first().map(line).transpose()?.into_iter().collect(),
        GeometryValue::MultiPolygon { coordinates } => {
            coordinates.iter().filter_map(|p| p.first()).map(line).collect::<Result<_>>()?
        }
        other => bail!("unexpected {} geometry", other.type_name()),
    };
    Ok(out.into_iter().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_layers_cover_iraq_and_syria() {
        let b = Basemap::embedded();
        let names: Vec<&str> = b.countries.iter().map(|c| c.iso_a3.as_str()).collect();
        for iso in ["IRQ", "SYR", "JOR", "TUR", "IRN", "SAU"] {
            assert!(names.contains(&iso), "{iso} missing from {names:?}");
        }
        assert!(!b.country_borders.is_empty() && !b.coastline.is_empty() && !b.rivers.is_empty());
        assert!(b.admin1_borders.len() > 10, "Iraq and Syria governorate borders");
        let c = b.coverage().unwrap();
        assert!(c.west <= 34.0 && c.east >= 49.0 && c.south <= 28.0 && c.north >= 38.5, "{c}");
        assert!(b.major_towns.contains("erbil") && b.major_towns.contains("deir zor"));
    }

    #[test]
    fn a_broken_layer_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in LAYERS.iter().chain([&MAJOR_TOWNS]) {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        assert!(Basemap::from_dir(dir.path()).is_ok());
        std::fs::write(dir.path().join("rivers.geojson"), "{\"type\": \"Feature").unwrap();
        let e = format!("{:#}", Basemap::from_dir(dir.path()).unwrap_err());
        assert!(e.contains("rivers.geojson"), "{e}");
    }
}
