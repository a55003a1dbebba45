//! Merging cost as the store grows: 100 new reports into stores of 1,000 and 10,000 incidents.
//! Read the ratio between the two: merging scans the store per report, so ~10x is linear.

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use incmap::merge::merge;
use incmap::model::{DatePrecision, GeoPrecision, Incident, LatLon, Weapon};

/// Incidents spread over 3 years and a 3° x 3° box, like a busy theatre.
fn incidents(n: usize, salt: usize) -> Vec<Incident> {
    let start = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
    (0..n)
        .map(|i| {
            let k = i * 7919 + salt * 104729;
            Incident {
                id: format!("{salt}-{i}"),
                source: format!("{salt}-{i}.txt"),
                date: Some(start + chrono::Days::new((k % 1095) as u64)),
                date_precision: Some(DatePrecision::Day),
                place: Some(format!("place {}", k % 300)),
                geo_precision: Some(GeoPrecision::Site),
                location: Some(LatLon::new(33.0 + (k % 300) as f64 * 0.01, 42.0 + (k % 293) as f64 * 0.01)),
                weapon: [Weapon::Rocket, Weapon::Drone, Weapon::Mortar][k % 3],
                killed: Some((k % 4) as u32),
                reports: 1,
                ..Default::default()
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("merge 100 reports");
    for size in [1_000, 10_000] {
        let store = incidents(size, 1);
        let reports = incidents(100, 2);
        group.bench_with_input(BenchmarkId::from_parameter(size), &size, |b, _| {
            b.iter_batched(
                || (store.clone(), reports.clone()),
                |(mut s, r)| merge(&mut s, r),
                criterion::BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
