//! R-tree over incidents and places; geodesic proximity queries.
//!
//! The tree (rstar, bulk-loaded) holds only a lon/lat point and a `u32` position in the caller's
//! slice. Searches run in degree boxes that provably hold every point within the radius (see
//! `bounds`), then keep the points whose WGS84 geodesic distance is within it, so the answers are the
//! ones a scan with [`crate::geodesy::distance_km`] gives, near the poles and across the antimeridian
//! too: membership is decided by those bounds, or by Karney's geodesic in the thin ring where they
//! cannot tell. Reported distances come from a fast short-line formula (`short_line`, within 1 cm of
//! Karney's, measured 0.3 mm), or Karney's where that is within its error of the radius.

mod bounds;
mod filter;
mod short_line;

use rstar::primitives::GeomWithData;
use rstar::{AABB, Envelope, ParentNode, RStarInsertionStrategy, RTree, RTreeNode, RTreeParams};

pub use bounds::RadiusSearch;
pub use filter::Filter;
pub use short_line::{SHORT_ERROR_KM, SHORT_KM, geodesic_km, short_line_km};

use crate::gazetteer::Place;
use crate::geodesy::bearing_deg;
use crate::model::{Incident, LatLon};

type Entry = GeomWithData<[f64; 2], u32>;

/// Wider nodes than rstar's default of 6: a 10 km search over dense data walks fewer, fuller nodes.
struct Params;

impl RTreeParams for Params {
    const MIN_SIZE: usize = 8;
    const MAX_SIZE: usize = 16;
    const REINSERTION_COUNT: usize = 3;
    type DefaultInsertionStrategy = RStarInsertionStrategy;
}

/// A found point: its position in the indexed slice and its geodesic distance from the query point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub index: usize,
    pub km: f64,
}

/// Points (lon, lat) in an R-tree, each tagged with its position in the source slice.
pub struct PointIndex {
    tree: RTree<Entry, Params>,
}

fn lat_lon(e: &Entry) -> LatLon {
    LatLon::new(e.geom()[1], e.geom()[0])
}

impl PointIndex {
    /// Indexes the located points; position `i` of the iterator is reported as `Hit::index == i`.
    ///
    /// Panics if given more than `u32::MAX` items.
    pub fn new(points: impl IntoIterator<Item = Option<LatLon>>) -> PointIndex {
        let entries: Vec<Entry> = points
            .into_iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let i = u32::try_from(i).expect("at most u32::MAX items");
                p.filter(|l| l.is_valid()).map(|l| GeomWithData::new([l.lon, l.lat], i))
            })
            .collect();
        PointIndex { tree: RTree::bulk_load_with_params(entries) }
    }

    /// How many located points the tree holds.
    pub fn len(&self) -> usize {
        self.tree.size()
    }

    pub fn is_empty(&self) -> bool {
        self.tree.size() == 0
    }

    /// Calls `found` with each entry within the search radius.
    fn for_each_within(&self, search: &RadiusSearch, found: &mut impl FnMut(&Entry)) {
        // With one box the bounds alone decide; with two, each point is taken from its own box only.
        let boxes = search.boxes();
        for b in boxes {
            visit(self.tree.root(), b, boxes.len() > 1, search, found);
        }
    }

    /// Positions of the points within `km` (geodesic) of `center`, in no particular order.
    pub fn within(&self, center: LatLon, km: f64) -> Vec<usize> {
        let mut out = Vec::new();
        self.for_each_within(&RadiusSearch::new(center, km), &mut |e| out.push(e.data as usize));
        out
    }

    /// The points within `km` of `center` that `keep` accepts, with their geodesic distances (within
    /// [`SHORT_ERROR_KM`] of Karney's, see [`geodesic_km`]), nearest first.
    pub fn within_sorted(&self, center: LatLon, km: f64, keep: impl Fn(usize) -> bool) -> Vec<Hit> {
        let search = RadiusSearch::new(center, km);
        let mut hits = Vec::new();
        self.for_each_within(&search, &mut |e| {
            if keep(e.data as usize) {
                hits.push(Hit { index: e.data as usize, km: search.distance_km(lat_lon(e)) });
            }
        });
        sort_hits(&mut hits);
        hits
    }

    /// The `n` points nearest to `center` (geodesic) that `keep` accepts, nearest first; ties go to the
    /// lower position.
    ///
    /// The tree's own nearest-neighbour walk ranks by degrees, which is not geodesic order (a degree
    /// of longitude shrinks with latitude and wraps at the antimeridian). It is used only to find `n`
    /// accepted candidates: their farthest geodesic distance `d` bounds the answer, because `n` points
    /// lie within `d`; a radius search of that ranks every point that can be in the answer. `d` is taken
    /// from the fast distances with a margin (1 m and 0.1 %) far beyond their error, so it never falls
    /// short of the exact one.
    pub fn nearest(&self, center: LatLon, n: usize, keep: impl Fn(usize) -> bool) -> Vec<Hit> {
        if n == 0 {
            return Vec::new();
        }
        let bound = self
            .tree
            .nearest_neighbor_iter(&[center.lon, center.lat])
            .filter(|e| keep(e.data as usize))
            .take(n)
            .map(|e| geodesic_km(center, lat_lon(e)) * 1.001 + 0.001)
            .fold(0.0, f64::max);
        let mut hits = self.within_sorted(center, bound, keep);
        hits.truncate(n);
        hits
    }

    /// Positions of the points inside a box, in no particular order.
    pub fn in_bbox(&self, bbox: &BBox) -> Vec<usize> {
        bbox.boxes().iter().flat_map(|b| self.tree.locate_in_envelope(b)).map(|e| e.data as usize).collect()
    }
}

/// Walks the tree inside box `b`: nodes the circle misses are skipped, whole nodes it holds are taken
/// without a test per point, nodes across its edge are opened, and single points get the bounds (then, rarely, the geodesic).
fn visit(
    node: &ParentNode<Entry>,
    b: &AABB<[f64; 2]>,
    split: bool,
    search: &RadiusSearch,
    found: &mut impl FnMut(&Entry),
) {
    for child in node.children() {
        match child {
            RTreeNode::Leaf(e) => {
                if (!split || b.contains_point(e.geom())) && search.contains(lat_lon(e)) {
                    found(e);
                }
            }
            RTreeNode::Parent(p) => {
                let env = p.envelope();
                if !env.intersects(b) || search.misses(&env) {
                    continue;
                }
                if search.holds(&env) {
                    take_all(p, found);
                } else {
                    visit(p, b, split, search, found);
                }
            }
        }
    }
}

fn take_all(node: &ParentNode<Entry>, found: &mut impl FnMut(&Entry)) {
    for child in node.children() {
        match child {
            RTreeNode::Leaf(e) => found(e),
            RTreeNode::Parent(p) => take_all(p, found),
        }
    }
}

fn sort_hits(hits: &mut [Hit]) {
    hits.sort_unstable_by(|a, b| a.km.total_cmp(&b.km).then(a.index.cmp(&b.index)));
}

/// A lon/lat box; `west > east` means it crosses the antimeridian.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BBox {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl BBox {
    /// Reads `west,south,east,north` in degrees (the GeoJSON bbox order).
    pub fn parse(s: &str) -> Result<BBox, String> {
        let v: Vec<f64> = s
            .split(',')
            .map(|x| x.trim().parse::<f64>().map_err(|_| format!("bbox: {x:?} is not a number")))
            .collect::<Result<_, _>>()?;
        let [west, south, east, north] = v[..] else {
            return Err(format!("bbox: expected west,south,east,north, found {} numbers", v.len()));
        };
        let b = BBox { west, south, east, north };
        if ![west, east].iter().all(|x| x.abs() <= 180.0) || ![south, north].iter().all(|y| y.abs() <= 90.0) {
            return Err(format!("bbox: {s:?} is outside -180..180, -90..90"));
        }
        if south > north {
            return Err(format!("bbox: south {south} is north of north {north}"));
        }
        Ok(b)
    }

    pub fn contains(&self, p: LatLon) -> bool {
        let lon_in = if self.west <= self.east {
            (self.west..=self.east).contains(&p.lon)
        } else {
            p.lon >= self.west || p.lon <= self.east
        };
        lon_in && (self.south..=self.north).contains(&p.lat)
    }

    /// One box, or two when it crosses the antimeridian (each west <= east).
    pub fn boxes(&self) -> Vec<AABB<[f64; 2]>> {
        if self.west <= self.east {
            vec![AABB::from_corners([self.west, self.south], [self.east, self.north])]
        } else {
            vec![
                AABB::from_corners([self.west, self.south], [180.0, self.north]),
                AABB::from_corners([-180.0, self.south], [self.east, self.north]),
            ]
        }
    }
}

/// Anything with a point on the map.
pub trait Located {
    fn location(&self) -> Option<LatLon>;
}

impl Located for Incident {
    fn location(&self) -> Option<LatLon> {
        self.location
    }
}

impl Located for Place {
    fn location(&self) -> Option<LatLon> {
        Some(self.location)
    }
}

/// A found item with its geodesic distance and bearing from the query point.
#[derive(Clone, Debug)]
pub struct Near<'a, T> {
    pub item: &'a T,
    pub km: f64,
    /// Initial bearing from the query point to the item, degrees clockwise from north; `None` when the
    /// item is at the query point.
    pub bearing_deg: Option<f64>,
}

/// An index over a slice of incidents or places; unlocated items are never found.
pub struct Index<'a, T> {
    items: &'a [T],
    points: PointIndex,
}

impl<'a, T: Located> Index<'a, T> {
    pub fn new(items: &'a [T]) -> Index<'a, T> {
        Index { items, points: PointIndex::new(items.iter().map(Located::location)) }
    }

    pub fn items(&self) -> &'a [T] {
        self.items
    }

    fn near(&self, center: LatLon, hits: Vec<Hit>) -> Vec<Near<'a, T>> {
        hits.into_iter()
            .map(|h| {
                let item = &self.items[h.index];
                let at = item.location().expect("indexed items are located");
                let bearing_deg = (h.km > 0.0).then(|| bearing_deg(center, at));
                Near { item, km: h.km, bearing_deg }
            })
            .collect()
    }

    /// Items within `km` of `center` that `keep` accepts, nearest first.
    pub fn within(&self, center: LatLon, km: f64, keep: impl Fn(&T) -> bool) -> Vec<Near<'a, T>> {
        self.near(center, self.points.within_sorted(center, km, |i| keep(&self.items[i])))
    }

    /// The `n` items nearest to `center` that `keep` accepts, nearest first.
    pub fn nearest(&self, center: LatLon, n: usize, keep: impl Fn(&T) -> bool) -> Vec<Near<'a, T>> {
        self.near(center, self.points.nearest(center, n, |i| keep(&self.items[i])))
    }

    /// Items inside the box that `keep` accepts, in slice order.
    pub fn in_bbox(&self, bbox: &BBox, keep: impl Fn(&T) -> bool) -> Vec<&'a T> {
        let mut found = self.points.in_bbox(bbox);
        found.sort_unstable();
        found.into_iter().map(|i| &self.items[i]).filter(|t| keep(t)).collect()
    }
}

/// The base nearest to `at` ([`crate::gazetteer::PlaceKind::hosts_forces`]) that stood in `year`
/// ([`Place::stands_in`]), with the distance and bearing from `at` to it; `None` when no base is known.
pub fn nearest_base<'g>(at: LatLon, year: Option<i32>, places: &Index<'g, Place>) -> Option<Near<'g, Place>> {
    places.nearest(at, 1, |p| p.kind.hosts_forces() && p.stands_in(year)).into_iter().next()
}

/// How exposed one place is: the attacks within the radius, nearest first.
#[derive(Clone, Debug)]
pub struct Exposure<'a, 'g> {
    pub place: &'g Place,
    pub attacks: Vec<Near<'a, Incident>>,
}

impl Exposure<'_, '_> {
    /// Killed over the attacks that state a figure.
    pub fn killed(&self) -> u32 {
        self.attacks.iter().filter_map(|a| a.item.killed).sum()
    }

    pub fn injured(&self) -> u32 {
        self.attacks.iter().filter_map(|a| a.item.injured).sum()
    }

    /// The latest dated attack, if any is dated.
    pub fn last(&self) -> Option<&Incident> {
        self.attacks.iter().map(|a| a.item).filter(|i| i.date.is_some()).max_by_key(|i| i.date)
    }
}

/// For each place, the incidents `filter` accepts within `km` of it; most attacked first (then by
/// name), places with none left out.
pub fn exposure<'a, 'g>(
    places: impl IntoIterator<Item = &'g Place>,
    incidents: &Index<'a, Incident>,
    km: f64,
    filter: &Filter,
) -> Vec<Exposure<'a, 'g>> {
    let mut out: Vec<Exposure> = places
        .into_iter()
        // An attack counts against a site only in a year it stood: a camp closed in 2011 is not
        // exposed to the attacks of 2024 on the town it stood by.
        .map(|place| Exposure {
            place,
            attacks: incidents.within(place.location, km, |i| filter.matches(i) && place.stands_in(i.year())),
        })
        .filter(|e| !e.attacks.is_empty())
        .collect();
    out.sort_by(|a, b| b.attacks.len().cmp(&a.attacks.len()).then_with(|| a.place.name.cmp(&b.place.name)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geodesy::distance_km;

    fn brute_within(points: &[Option<LatLon>], c: LatLon, km: f64) -> Vec<usize> {
        (0..points.len()).filter(|&i| points[i].is_some_and(|p| distance_km(c, p) <= km)).collect()
    }

    #[test]
    fn within_matches_a_scan_around_erbil() {
        let mut points = Vec::new();
        for i in 0..40 {
            for j in 0..40 {
                points.push(Some(LatLon::new(35.9 + i as f64 * 0.02, 43.6 + j as f64 * 0.02)));
            }
        }
        points.push(None);
        let idx = PointIndex::new(points.clone());
        assert_eq!(idx.len(), 1600);
        let c = LatLon::new(36.2375, 43.963056);
        let mut got = idx.within(c, 10.0);
        got.sort_unstable();
        let want = brute_within(&points, c, 10.0);
        assert!(want.len() > 50, "{}", want.len());
        assert_eq!(got, want);
    }

    #[test]
    fn nearest_is_geodesic_not_degree_order() {
        // At 60°N a degree of longitude is half a degree of latitude on the ground: the point 0.9° east
        // (~50 km) is nearer than the one 0.6° north (~67 km), though farther in degrees.
        let c = LatLon::new(60.0, 10.0);
        let north = LatLon::new(60.6, 10.0);
        let east = LatLon::new(60.0, 10.9);
        let idx = PointIndex::new([Some(north), Some(east)]);
        let got = idx.nearest(c, 1, |_| true);
        assert_eq!(got[0].index, 1, "{got:?}");
        assert!((got[0].km - distance_km(c, east)).abs() < 1e-6);
    }

    #[test]
    fn nearest_sees_across_the_antimeridian() {
        let c = LatLon::new(0.0, 179.99);
        let idx = PointIndex::new([Some(LatLon::new(0.0, 179.0)), Some(LatLon::new(0.0, -179.99))]);
        let got = idx.nearest(c, 2, |_| true);
        assert_eq!(got.iter().map(|h| h.index).collect::<Vec<_>>(), vec![1, 0]);
        assert!((got[0].km - 2.226).abs() < 0.01, "{}", got[0].km);
    }

    #[test]
    fn nearest_with_few_accepted_returns_all_of_them() {
        let idx = PointIndex::new((0..50).map(|i| Some(LatLon::new(33.0, 40.0 + i as f64 * 0.1))));
        let got = idx.nearest(LatLon::new(33.0, 40.0), 10, |i| i % 20 == 0);
        assert_eq!(got.iter().map(|h| h.index).collect::<Vec<_>>(), vec![0, 20, 40]);
    }

    const BASES: &str = "id\tname\taliases\tkind\tcountry\tadmin1\tlat\tlon\tsource
k1\tK-1 Air Base\t\tairbase\tIQ\t\t35.5125\t44.28417\ttest
omar\tAl-Omar base\t\tbase\tSY\t\t35.06\t40.56\ttest
erbil-airport\tErbil International Airport\t\tairport\tIQ\t\t36.2375\t43.963056\ttest
";

    fn attack(id: &str, lat: f64, lon: f64, killed: Option<u32>) -> Incident {
        Incident { id: id.into(), location: Some(LatLon::new(lat, lon)), killed, ..Default::default() }
    }

    #[test]
    fn exposure_and_nearest_bases_on_the_seed_sites() {
        let g = crate::gazetteer::Gazetteer::from_tsv_str("bases.tsv", BASES).unwrap();
        let incidents = vec![
            attack("erbil", 36.2375, 43.963056, Some(1)),
            attack("k1-a", 35.5125, 44.28417, Some(2)),
            // 0.05° of latitude north of K-1: 5.5 km.
            attack("k1-b", 35.5625, 44.28417, None),
            attack("omar", 35.06, 40.56, Some(0)),
        ];
        let index = Index::new(&incidents);
        let bases = g.places().iter().filter(|p| p.kind.hosts_forces());
        let table = exposure(bases, &index, 10.0, &Filter::default());
        let summary: Vec<(&str, usize, u32)> =
            table.iter().map(|e| (e.place.id.as_str(), e.attacks.len(), e.killed())).collect();
        assert_eq!(summary, vec![("k1", 2, 2), ("omar", 1, 0), ("erbil-airport", 1, 1)]);
        assert!((table[0].attacks[1].km - 5.546).abs() < 0.01, "{}", table[0].attacks[1].km);

        let places = Index::new(g.places());
        fn base<'g>(i: &Incident, places: &Index<'g, Place>) -> Near<'g, Place> {
            nearest_base(i.location.unwrap(), i.year(), places).unwrap()
        }
        let names: Vec<&str> = incidents.iter().map(|i| base(i, &places).item.id.as_str()).collect();
        assert_eq!(names, vec!["erbil-airport", "k1", "k1", "omar"], "the coalition base at Erbil is the airport");

        // Without the airport, Erbil's nearest base is K-1, 85.65 km away.
        let military: Vec<_> = g.places().iter().filter(|p| p.kind.is_military()).cloned().collect();
        let erbil_to_k1 = base(&incidents[0], &Index::new(&military));
        assert_eq!(erbil_to_k1.item.id, "k1");
        assert!((erbil_to_k1.km - 85.65).abs() < 0.4, "{}", erbil_to_k1.km);
    }

    #[test]
    fn the_nearest_base_is_one_that_stood_at_the_time() {
        let g = crate::gazetteer::Gazetteer::embedded();
        let places = Index::new(g.places());
        // Beside FOB Marez, closed in 2011: the base of an attack of 2007, not of one of 2024 or of
        // no known year.
        let at = LatLon::new(36.30, 43.12);
        let id = |year| nearest_base(at, year, &places).unwrap().item.id.as_str();
        assert_eq!(id(Some(2007)), "fob-marez");
        assert_ne!(id(Some(2024)), "fob-marez");
        assert_ne!(id(None), "fob-marez");
    }

    #[test]
    fn bbox_across_the_antimeridian() {
        let b = BBox::parse("170,-10,-170,10").unwrap();
        let idx = PointIndex::new([
            Some(LatLon::new(0.0, 175.0)),
            Some(LatLon::new(0.0, 0.0)),
            Some(LatLon::new(5.0, -175.0)),
        ]);
        let mut got = idx.in_bbox(&b);
        got.sort_unstable();
        assert_eq!(got, vec![0, 2]);
        assert!(BBox::parse("1,2,3").is_err());
        assert!(BBox::parse("0,10,1,5").is_err());
    }
}
