//! Mention scan throughput on the seed articles (the extractor needs >= 5,000 articles/s of ~3 KB).
//! Compare with a plain regex word scan over the same text, so the figure reads as a ratio.
//! And the load of the places file, which every command pays once (issue 15: under 50 ms).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use incmap::gazetteer::Gazetteer;

fn articles() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = [root.join("../shared/corpus"), root.join("../../shared/corpus")]
        .into_iter()
        .find(|d| d.is_dir())
        .unwrap_or_else(|| "/work/shared/corpus".into());
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|d| d.flatten().filter_map(|e| std::fs::read_to_string(e.path()).ok()).collect())
        .unwrap_or_default();
    if v.is_empty() {
        v.push("Rockets hit Irbil’s airport and a base in Kirkuk province, near Baghdad, Iraq. ".repeat(40));
    }
    v
}

fn bench(c: &mut Criterion) {
    let g = Gazetteer::embedded();
    let texts = articles();
    let bytes: usize = texts.iter().map(String::len).sum();
    let words = regex::Regex::new(r"\b[A-Z][a-z]+\b").unwrap();
    let mut group = c.benchmark_group("scan");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("gazetteer_mentions", |b| b.iter(|| texts.iter().map(|t| g.mentions(t).len()).sum::<usize>()));
    group.bench_function("regex_capitalised_words", |b| {
        b.iter(|| texts.iter().map(|t| words.find_iter(t).count()).sum::<usize>())
    });
    group.finish();
}

fn load(c: &mut Criterion) {
    let text = include_str!("../gazetteer/places.tsv");
    let mut group = c.benchmark_group("load");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("places_tsv", |b| b.iter(|| Gazetteer::from_tsv_str("places.tsv", text).unwrap()));
    group.finish();
}

criterion_group!(benches, bench, load);
criterion_main!(benches);
