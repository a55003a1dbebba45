//! Every index query against a brute-force scan with the same geodesic, on random points that crowd
//! the poles and the antimeridian, where degree boxes go wrong.

use chrono::NaiveDate;
use incmap::geodesy::distance_km;
use incmap::index::{BBox, Filter, Index, PointIndex, RadiusSearch, SHORT_ERROR_KM, SHORT_KM, short_line_km};
use incmap::model::LatLon;
use incmap::model::{DatePrecision, Incident, Weapon};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rstar::AABB;

fn lat() -> impl Strategy<Value = f64> {
    prop_oneof![-90.0..=90.0f64, 85.0..=90.0f64, -90.0..=-85.0f64, Just(90.0), Just(-90.0), 29.0..37.5f64,]
}

fn lon() -> impl Strategy<Value = f64> {
    prop_oneof![-180.0..=180.0f64, 179.0..=180.0f64, -180.0..=-179.0f64, Just(180.0), Just(-180.0), 35.5..48.5f64]
}

fn point() -> impl Strategy<Value = LatLon> {
    (lat(), lon()).prop_map(|(lat, lon)| LatLon::new(lat, lon))
}

/// A centre, usually near one of the points so small radii find something.
fn center(points: &[Option<LatLon>]) -> impl Strategy<Value = LatLon> + use<> {
    let pts: Vec<LatLon> = points.iter().flatten().copied().collect();
    prop_oneof![
        point(),
        (0..pts.len().max(1), -0.3..0.3f64, -0.3..0.3f64).prop_map(move |(i, dlat, dlon)| {
            let p = pts.get(i).copied().unwrap_or(LatLon::new(0.0, 0.0));
            let lon = p.lon + dlon;
            let lon = if lon > 180.0 {
                lon - 360.0
            } else if lon < -180.0 {
                lon + 360.0
            } else {
                lon
            };
            LatLon::new((p.lat + dlat).clamp(-90.0, 90.0), lon)
        }),
    ]
}

fn radius() -> impl Strategy<Value = f64> {
    prop_oneof![0.0..30.0f64, 0.0..500.0f64, 0.0..25_000.0f64, Just(0.0)]
}

fn points() -> impl Strategy<Value = Vec<Option<LatLon>>> {
    prop::collection::vec(prop_oneof![9 => point().prop_map(Some), 1 => Just(None)], 0..120)
}

/// Hundreds of points around one spot, so whole tree nodes fall inside a search circle.
fn cluster() -> impl Strategy<Value = (Vec<Option<LatLon>>, LatLon)> {
    (point(), 0.01..2.0f64).prop_flat_map(|(c, spread)| {
        let offset = (-spread..spread, -spread..spread).prop_map(move |(dlat, dlon): (f64, f64)| {
            let lon = c.lon + dlon;
            let lon = if lon > 180.0 {
                lon - 360.0
            } else if lon < -180.0 {
                lon + 360.0
            } else {
                lon
            };
            Some(LatLon::new((c.lat + dlat).clamp(-90.0, 90.0), lon))
        });
        (prop::collection::vec(offset, 100..600), Just(c))
    })
}

fn scan(points: &[Option<LatLon>], c: LatLon) -> Vec<(f64, usize)> {
    let mut v: Vec<(f64, usize)> =
        points.iter().enumerate().filter_map(|(i, p)| p.map(|p| (distance_km(c, p), i))).collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    v
}

/// A ranked answer against the scan's: sorted by its own distances, each within the short-line error
/// of the exact one, and ranked as the scan ranks (ties closer than that error may swap).
/// With `same_set`, also exactly the scan's points (radius queries decide membership exactly).
fn check_ranked(got: &[(f64, usize)], want: &[(f64, usize)], same_set: bool) -> Result<(), TestCaseError> {
    prop_assert_eq!(got.len(), want.len());
    prop_assert!(got.windows(2).all(|w| (w[0].0, w[0].1) <= (w[1].0, w[1].1)), "not sorted: {:?}", got);
    let exact = |i: usize| want.iter().find(|w| w.1 == i).map(|w| w.0);
    for (k, &(km, i)) in got.iter().enumerate() {
        if let Some(d) = exact(i) {
            prop_assert!((km - d).abs() <= SHORT_ERROR_KM, "point {} at {} km, exactly {}", i, km, d);
        } else {
            prop_assert!(!same_set, "point {} is not in the scan's answer {:?}", i, want);
        }
        prop_assert!(
            (km - want[k].0).abs() <= 2.0 * SHORT_ERROR_KM,
            "rank {}: {} km, the scan has {}",
            k,
            km,
            want[k].0
        );
    }
    if same_set {
        let mut a: Vec<usize> = got.iter().map(|g| g.1).collect();
        let mut b: Vec<usize> = want.iter().map(|w| w.1).collect();
        a.sort_unstable();
        b.sort_unstable();
        prop_assert_eq!(a, b);
    }
    Ok(())
}

fn incidents() -> impl Strategy<Value = Vec<Incident>> {
    let one = (
        prop_oneof![9 => point().prop_map(Some), 1 => Just(None)],
        prop::option::of(0i64..2000),
        prop::sample::select(vec![DatePrecision::Day, DatePrecision::Month, DatePrecision::Year]),
        prop::sample::select(Weapon::ALL.to_vec()),
    )
        .prop_map(|(location, day, precision, weapon)| Incident {
            location,
            date: day.map(|d| NaiveDate::from_ymd_opt(2019, 1, 1).unwrap() + chrono::Duration::days(d)),
            date_precision: Some(precision),
            weapon,
            ..Default::default()
        });
    prop::collection::vec(one, 0..120)
}

fn filter() -> impl Strategy<Value = Filter> {
    let day = prop::option::of(
        (0i64..2000).prop_map(|d| NaiveDate::from_ymd_opt(2019, 1, 1).unwrap() + chrono::Duration::days(d)),
    );
    (day.clone(), day, prop::collection::vec(prop::sample::select(Weapon::ALL.to_vec()), 0..3))
        .prop_map(|(since, until, weapons)| Filter { since, until, weapons, ..Default::default() })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn within_equals_scan((pts, c) in points().prop_flat_map(|p| { let c = center(&p); (Just(p), c) }), km in radius()) {
        let idx = PointIndex::new(pts.clone());
        let mut got = idx.within(c, km);
        got.sort_unstable();
        let mut want: Vec<usize> = scan(&pts, c).into_iter().filter(|(d, _)| *d <= km).map(|(_, i)| i).collect();
        want.sort_unstable();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn within_sorted_has_scan_distances_in_order(
        (pts, c) in points().prop_flat_map(|p| { let c = center(&p); (Just(p), c) }),
        km in radius(),
    ) {
        let idx = PointIndex::new(pts.clone());
        let got: Vec<(f64, usize)> = idx.within_sorted(c, km, |i| i % 3 != 0).iter().map(|h| (h.km, h.index)).collect();
        let want: Vec<(f64, usize)> = scan(&pts, c).into_iter().filter(|(d, i)| *d <= km && i % 3 != 0).collect();
        check_ranked(&got, &want, true)?;
        prop_assert!(got.iter().all(|g| g.0 <= km), "a distance past the radius");
    }

    #[test]
    fn within_equals_scan_in_dense_clusters((pts, c) in cluster(), km in prop_oneof![0.0..50.0f64, 0.0..300.0f64]) {
        let idx = PointIndex::new(pts.clone());
        let mut got = idx.within(c, km);
        got.sort_unstable();
        let want: Vec<usize> = scan(&pts, c).into_iter().filter(|(d, _)| *d <= km).map(|(_, i)| i).collect();
        let mut want = want;
        want.sort_unstable();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn a_held_box_has_every_point_inside(
        c in point(),
        km in prop_oneof![0.1..20.0f64, 0.1..2000.0f64],
        corners in [0.0..1.0f64, 0.0..1.0, 0.0..1.0, 0.0..1.0],
        samples in prop::collection::vec((0.0..=1.0f64, 0.0..=1.0f64), 20),
    ) {
        // A box around the centre, at most the radius in degrees of latitude each way.
        let reach = km / 111.0;
        let south = (c.lat - reach * corners[0]).max(-90.0);
        let north = (c.lat + reach * corners[1]).min(90.0);
        let west = (c.lon - reach * corners[2]).max(-180.0);
        let east = (c.lon + reach * corners[3]).min(180.0);
        let search = RadiusSearch::new(c, km);
        if search.holds(&AABB::from_corners([west, south], [east, north])) {
            let edges = [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0), (0.5, 0.0), (0.5, 1.0), (0.0, 0.5), (1.0, 0.5)];
            for (u, v) in edges.into_iter().chain(samples) {
                let p = LatLon::new(south + (north - south) * u, west + (east - west) * v);
                prop_assert!(distance_km(c, p) <= km, "{:?} is {} km from {:?}, radius {}", p, distance_km(c, p), c, km);
            }
        }
    }

    #[test]
    fn a_missed_box_has_no_point_inside(
        c in point(),
        km in prop_oneof![0.1..20.0f64, 0.1..2000.0f64],
        corner in (lat(), lon()),
        size in (0.0..3.0f64, 0.0..3.0f64),
        samples in prop::collection::vec((0.0..=1.0f64, 0.0..=1.0f64), 20),
    ) {
        let (south, west) = corner;
        let (north, east) = ((south + size.0).min(90.0), (west + size.1).min(180.0));
        let search = RadiusSearch::new(c, km);
        if search.misses(&AABB::from_corners([west, south], [east, north])) {
            let edges = [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0), (0.5, 0.0), (0.5, 1.0), (0.0, 0.5), (1.0, 0.5)];
            for (u, v) in edges.into_iter().chain(samples) {
                let p = LatLon::new(south + (north - south) * u, west + (east - west) * v);
                prop_assert!(distance_km(c, p) > km, "{:?} is {} km from {:?}, radius {}", p, distance_km(c, p), c, km);
            }
        }
    }

    #[test]
    fn nearest_equals_scan(
        (pts, c) in points().prop_flat_map(|p| { let c = center(&p); (Just(p), c) }),
        n in 0usize..15,
        every in 1usize..4,
    ) {
        let idx = PointIndex::new(pts.clone());
        let got: Vec<(f64, usize)> = idx.nearest(c, n, |i| i % every == 0).iter().map(|h| (h.km, h.index)).collect();
        let want: Vec<(f64, usize)> = scan(&pts, c).into_iter().filter(|(_, i)| i % every == 0).take(n).collect();
        check_ranked(&got, &want, false)?;
    }

    #[test]
    fn incident_queries_with_filters_equal_scan(incidents in incidents(), f in filter(), c in point(), km in radius(), n in 0usize..10) {
        let index = Index::new(&incidents);
        let mut scan: Vec<(f64, usize)> = incidents
            .iter()
            .enumerate()
            .filter(|(_, i)| f.matches(i))
            .filter_map(|(k, i)| i.location.map(|p| (distance_km(c, p), k)))
            .collect();
        scan.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let position = |i: &Incident| incidents.iter().position(|x| std::ptr::eq(x, i)).unwrap();
        let got: Vec<(f64, usize)> = index.within(c, km, |i| f.matches(i)).iter().map(|h| (h.km, position(h.item))).collect();
        let want: Vec<(f64, usize)> = scan.iter().copied().filter(|(d, _)| *d <= km).collect();
        check_ranked(&got, &want, true)?;
        let got: Vec<(f64, usize)> = index.nearest(c, n, |i| f.matches(i)).iter().map(|h| (h.km, position(h.item))).collect();
        let want: Vec<(f64, usize)> = scan.iter().copied().take(n).collect();
        check_ranked(&got, &want, false)?;
    }

    #[test]
    fn short_line_is_within_its_error(c in point(), bearing in 0.0..360.0f64, km in prop_oneof![0.0..SHORT_KM, 0.0..0.01f64]) {
        let p = incmap::geodesy::destination(c, bearing, km);
        let exact = distance_km(c, p);
        prop_assume!(exact <= SHORT_KM);
        let err = (short_line_km(c, p) - exact).abs();
        prop_assert!(err <= SHORT_ERROR_KM / 10.0, "{:?} to {:?}: {} km off at {} km", c, p, err, exact);
    }

    #[test]
    fn bbox_equals_scan(pts in points(), west in lon(), east in lon(), a in lat(), b in lat()) {
        let bbox = BBox { west, south: a.min(b), east, north: a.max(b) };
        let idx = PointIndex::new(pts.clone());
        let mut got = idx.in_bbox(&bbox);
        got.sort_unstable();
        let want: Vec<usize> = (0..pts.len()).filter(|&i| pts[i].is_some_and(|p| bbox.contains(p))).collect();
        prop_assert_eq!(got, want);
    }
}
