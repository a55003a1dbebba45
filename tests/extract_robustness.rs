//! Extraction never panics and stays bounded on hostile input.

use incmap::extract::{self, MAX_ARTICLE_BYTES};
use incmap::gazetteer::Gazetteer;
use proptest::prelude::*;

fn run(text: &str) -> usize {
    let a = extract::article_from_text("t.txt", text);
    extract::extract(&a, Gazetteer::embedded()).len()
}

#[test]
fn empty_and_blank_inputs_give_no_incidents() {
    assert_eq!(run(""), 0);
    assert_eq!(run("\n\n   \n"), 0);
}

#[test]
fn binary_and_invalid_utf8_do_not_panic() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(100_000).collect();
    run(&String::from_utf8_lossy(&bytes));
    run(&String::from_utf8_lossy(b"\xff\xfe date 2021-02-16 Rockets \xc3\x28 hit Erbil airport on Monday."));
}

#[test]
fn fifty_megabytes_are_capped() {
    let para = "Rockets hit Erbil airport late Monday, killing two people. Officials said the attack was condemned. ";
    let big = para.repeat(50 * 1024 * 1024 / para.len());
    let a = extract::article_from_text("big.txt", &big);
    assert!(a.text.len() <= MAX_ARTICLE_BYTES, "article text is capped");
    assert!(extract::extract(&a, Gazetteer::embedded()).len() <= 3);
}

#[test]
fn cap_never_splits_a_character() {
    let text = "é".repeat(MAX_ARTICLE_BYTES);
    let a = extract::article_from_text("e.txt", &text);
    assert!(a.text.len() <= MAX_ARTICLE_BYTES);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        run(&s);
    }

    #[test]
    fn attack_like_text_never_panics(
        n in "(at least |as many as |more than |)(a|one|two|14|thousand|a dozen|several)",
        w in "(rockets|drones|missiles|mortar rounds)",
        d in "(late Monday|On December 3|In November|Feb\\. 15, 2021|yesterday|last year|)",
    ) {
        run(&format!(" date 2021-02-16 {d}, {n} {w} hit Erbil airport, killing {n} people and injuring {n} others."));
        run(&format!("{n} {w} were launched from a field {n} km north of Kirkuk {d}."));
    }
}
