//! A 1600×1000 briefing map with the basemap and 10,000 incidents, as PNG and as SVG.
//!
//! `cargo bench --bench render -- --warm-up-time 1 --measurement-time 3`
//! The side-by-side comparison with geopandas + matplotlib is `benches/render_vs_geopandas.sh`.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use incmap::gazetteer::Gazetteer;
use incmap::model::{DatePrecision, Incident, LatLon, Weapon};
use incmap::render::{MapOptions, render_map};

/// Incidents spread over Iraq and eastern Syria, from a fixed-seed generator.
fn incidents(n: usize) -> Vec<Incident> {
    let mut state = 42u64;
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|i| Incident {
            id: format!("b{i}"),
            source: format!("bench/{i}.txt"),
            sources: vec![format!("bench/{i}.txt")],
            date: NaiveDate::from_ymd_opt(
                2019 + (next() * 6.0) as i32,
                1 + (next() * 12.0) as u32,
                1 + (next() * 28.0) as u32,
            ),
            date_precision: Some(DatePrecision::Day),
            place: Some(format!("Place {i}")),
            country: Some("IQ".into()),
            location: Some(LatLon::new(29.5 + next() * 7.5, 38.5 + next() * 9.5)),
            weapon: Weapon::ALL[(next() * 8.0) as usize % 8],
            killed: (next() < 0.5).then(|| (next() * 20.0) as u32),
            injured: (next() < 0.5).then(|| (next() * 30.0) as u32),
            range_km: (next() < 0.3).then_some(20.0),
            reports: 1,
            ..Default::default()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let v = incidents(10_000);
    let g = Gazetteer::embedded();
    let opts = MapOptions::default();
    let dir = tempfile::tempdir().unwrap();
    let (png, svg) = (dir.path().join("map.png"), dir.path().join("map.svg"));
    let mut group = c.benchmark_group("render");
    group.sample_size(10);
    group.bench_function("png_1600x1000_10k", |b| b.iter(|| render_map(black_box(&v), g, &opts, &png).unwrap()));
    group.bench_function("svg_1600x1000_10k", |b| b.iter(|| render_map(black_box(&v), g, &opts, &svg).unwrap()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
