//! The R-tree on synthetic incidents over Iraq and Syria: build time, memory, 10 km radius queries and
//! nearest-N queries, side by side with brute-force scans in the same run.
//!
//! Prints one JSON object on stdout. `INDEX_BENCH_N` sets the number of points (default 1,000,000),
//! `INDEX_BENCH_BRUTE` the number of brute-force centres (0 skips them); with `INDEX_BENCH_DIR` set,
//! the points and query centres are also written there (little-endian f64 lon, lat pairs) so
//! `benches/index_vs_shapely.py` queries the very same data; `benches/index_vs_shapely.sh` runs both
//! in alternating rounds.

use std::hint::black_box;
use std::io::Write;
use std::time::{Duration, Instant};

use incmap::geodesy::distance_km;
use incmap::index::{PointIndex, SHORT_ERROR_KM};
use incmap::model::LatLon;

/// Iraq and Syria's bounding box (degrees).
const SOUTH: f64 = 29.0;
const NORTH: f64 = 37.5;
const WEST: f64 = 35.5;
const EAST: f64 = 48.5;
const RADIUS_KM: f64 = 10.0;
const NEAREST: usize = 10;
const QUERIES: usize = 2000;
/// Brute-force centres (each scans every point); `INDEX_BENCH_BRUTE` overrides.
const BRUTE_QUERIES: usize = 10;

/// A small deterministic generator (SplitMix64), so every run and the Python side see the same data.
struct Rng(u64);

impl Rng {
    fn next_f64(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    }

    fn point(&mut self) -> LatLon {
        LatLon::new(SOUTH + (NORTH - SOUTH) * self.next_f64(), WEST + (EAST - WEST) * self.next_f64())
    }
}

/// A `/proc/self/status` figure in MB (Linux).
fn status_mb(key: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn median_us(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1e6
}

/// Median time of `f` over the query centres, and the mean of what it returns.
fn time_each(centres: &[LatLon], f: impl Fn(LatLon) -> usize) -> (f64, f64) {
    let mut times = Vec::with_capacity(centres.len());
    let mut found = 0;
    for &c in centres {
        let t = Instant::now();
        found += black_box(f(c));
        times.push(t.elapsed());
    }
    (median_us(times), found as f64 / centres.len() as f64)
}

fn brute_within(points: &[LatLon], c: LatLon, km: f64) -> Vec<usize> {
    (0..points.len()).filter(|&i| distance_km(c, points[i]) <= km).collect()
}

fn brute_nearest(points: &[LatLon], c: LatLon, n: usize) -> Vec<(f64, usize)> {
    let mut d: Vec<(f64, usize)> = points.iter().enumerate().map(|(i, &p)| (distance_km(c, p), i)).collect();
    let n = n.min(d.len());
    let cmp = |a: &(f64, usize), b: &(f64, usize)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1));
    if n > 0 && n < d.len() {
        d.select_nth_unstable_by(n - 1, cmp);
    }
    d.truncate(n);
    d.sort_by(cmp);
    d
}

fn write_pairs(path: &std::path::Path, points: &[LatLon]) {
    let mut bytes = Vec::with_capacity(points.len() * 16);
    for p in points {
        bytes.extend_from_slice(&p.lon.to_le_bytes());
        bytes.extend_from_slice(&p.lat.to_le_bytes());
    }
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn main() {
    let n: usize = std::env::var("INDEX_BENCH_N").ok().and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let mut rng = Rng(20210215);
    let points: Vec<LatLon> = (0..n).map(|_| rng.point()).collect();
    let centres: Vec<LatLon> = (0..QUERIES).map(|_| rng.point()).collect();
    if let Ok(dir) = std::env::var("INDEX_BENCH_DIR") {
        let dir = std::path::Path::new(&dir);
        write_pairs(&dir.join("points.f64"), &points);
        write_pairs(&dir.join("queries.f64"), &centres);
    }

    // The first build on a fresh heap gives the memory figure; the median of three gives the time.
    let rss_before = status_mb("VmRSS:");
    let t = Instant::now();
    let index = PointIndex::new(points.iter().copied().map(Some));
    let mut builds = vec![t.elapsed()];
    let rss_after = status_mb("VmRSS:");
    let peak_rss = status_mb("VmHWM:");
    for _ in 0..2 {
        let t = Instant::now();
        drop(black_box(PointIndex::new(points.iter().copied().map(Some))));
        builds.push(t.elapsed());
    }
    let build_s = median_us(builds) / 1e6;

    let (within_us, within_hits) = time_each(&centres, |c| index.within(c, RADIUS_KM).len());
    let (sorted_us, _) = time_each(&centres, |c| index.within_sorted(c, RADIUS_KM, |_| true).len());
    let (nearest_us, _) = time_each(&centres, |c| index.nearest(c, NEAREST, |_| true).len());
    let (nearest1_us, _) = time_each(&centres, |c| index.nearest(c, 1, |_| true).len());

    // The brute-force scans are slow: a few centres, and the answers must agree with the index (the
    // reported distances within the short-line error of the exact ones).
    let brute: usize = std::env::var("INDEX_BENCH_BRUTE").ok().and_then(|s| s.parse().ok()).unwrap_or(BRUTE_QUERIES);
    let few = &centres[..brute.min(QUERIES)];
    for &c in few {
        let mut got = index.within(c, RADIUS_KM);
        got.sort_unstable();
        assert_eq!(got, brute_within(&points, c, RADIUS_KM), "radius query at {c:?}");
        let got = index.nearest(c, NEAREST, |_| true);
        let want = brute_nearest(&points, c, NEAREST);
        let close = got.iter().zip(&want).all(|(g, w)| (g.km - w.0).abs() <= 2.0 * SHORT_ERROR_KM);
        assert!(got.len() == want.len() && close, "nearest at {c:?}: {got:?} vs {want:?}");
    }
    let brute_us = |f: &dyn Fn(LatLon) -> usize| if few.is_empty() { None } else { Some(time_each(few, f).0) };
    let brute_within_us = brute_us(&|c| brute_within(&points, c, RADIUS_KM).len());
    let brute_nearest_us = brute_us(&|c| brute_nearest(&points, c, NEAREST).len());

    let report = serde_json::json!({
        "points": n,
        "queries": QUERIES,
        "radius_km": RADIUS_KM,
        "build_s": build_s,
        "index_mb": rss_after - rss_before,
        "peak_rss_mb": peak_rss,
        "within_us": within_us,
        "within_mean_hits": within_hits,
        "within_sorted_us": sorted_us,
        "nearest10_us": nearest_us,
        "nearest1_us": nearest1_us,
        "brute_queries": few.len(),
        "brute_within_us": brute_within_us,
        "brute_nearest10_us": brute_nearest_us,
    });
    let mut out = std::io::stdout().lock();
    writeln!(out, "{report}").unwrap();
}
