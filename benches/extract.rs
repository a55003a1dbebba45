//! Extraction throughput (articles/s) on the seed articles and on generated ~3 KB articles.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use incmap::extract;
use incmap::gazetteer::Gazetteer;

fn seeds() -> Vec<String> {
    let dirs = [Path::new("../shared/corpus"), Path::new("/work/shared/corpus"), Path::new("tests/articles")];
    let mut out = Vec::new();
    let mut seen = Vec::new();
    for d in dirs {
        // The two corpus paths are one folder when the checkout sits beside ../shared.
        let Ok(canonical) = d.canonicalize() else { continue };
        if seen.contains(&canonical) {
            continue;
        }
        seen.push(canonical);
        if let Ok(rd) = std::fs::read_dir(d) {
            let mut files: Vec<_> =
                rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
            files.sort();
            out.extend(files.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
        }
    }
    out
}

/// A ~3 KB article: one attack, its details spread over sentences, a background attack and filler.
fn generated(i: usize) -> String {
    let places = ["Erbil airport", "Ain al-Asad", "Kirkuk", "Baghdad airport", "al-Omar oil field", "Qayyarah"];
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    let p = places[i % places.len()];
    let d = days[i % days.len()];
    let mut s = format!(
        " date 2021-0{}-1{} At least {} rockets hit {p} late {d}, killing {} people and injuring {} others, officials said.\n",
        1 + i % 9,
        i % 10,
        2 + i % 9,
        i % 4,
        i % 7
    );
    s.push_str("A group called Saraya Awliya al-Dam claimed responsibility. The rockets were launched from a field 7 km north of Erbil.\n");
    s.push_str("In December 2019, a contractor was killed in a rocket attack on a base in Kirkuk province.\n");
    while s.len() < 3000 {
        s.push_str("Officials from several governments met on the sidelines of a conference to discuss security and the economy in the region. ");
    }
    s
}

fn bench(c: &mut Criterion) {
    let g = Gazetteer::embedded();
    let mut group = c.benchmark_group("extract");
    let seeds = seeds();
    group.throughput(Throughput::Elements(seeds.len() as u64));
    group.bench_function("seed and test articles", |b| {
        b.iter(|| {
            for (i, t) in seeds.iter().enumerate() {
                let a = extract::article_from_text(&format!("a{i}"), t);
                black_box(extract::extract(&a, g));
            }
        })
    });
    let gen_articles: Vec<String> = (0..200).map(generated).collect();
    group.throughput(Throughput::Elements(gen_articles.len() as u64));
    group.bench_function("generated 3 KB articles", |b| {
        b.iter(|| {
            for (i, t) in gen_articles.iter().enumerate() {
                let a = extract::article_from_text(&format!("g{i}"), t);
                black_box(extract::extract(&a, g));
            }
        })
    });
    group.finish();
    // The fuzzer's slow HTML units at two depths: the time should grow with the square of the
    // depth at most (compare the two), never its cube.
    let mut group = c.benchmark_group("html_nested");
    for unit in ["<article><p>Rockets hit the base <b>", "<p>Rockets hit the base <table><tr><td>"] {
        for depth in [1000, 2000] {
            let page = format!("<html><body>{}</body></html>", unit.repeat(depth));
            group.bench_function(format!("{} x {depth}", &unit[..unit.find(' ').unwrap_or(3)]), |b| {
                b.iter(|| black_box(incmap::fetch::article_from_html("nested.html", &page)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
