//! Properties over arbitrary text: the scan never panics and its spans are what it says.

use incmap::gazetteer::{Gazetteer, Hint, normalize};
use proptest::prelude::*;

proptest! {
    #[test]
    fn normalize_is_idempotent(s in "\\PC{0,40}") {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once.clone());
        prop_assert!(once.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' '));
    }

    #[test]
    fn mentions_spans_match_the_text(
        words in prop::collection::vec(
            prop::sample::select(vec![
                "Erbil", "Irbil’s", "airport", "base", "in", "of", "north", "Kirkuk", "province", "al-Omar", "oil",
                "field", "Hit", "the", "U.S.", "Consulate", "new", "Al", "Asad", "air", ".", ",", "Syria", "é", "—",
            ]),
            0..30,
        )
    ) {
        let text = words.join(" ");
        for m in Gazetteer::embedded().mentions(&text) {
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
            if m.lookup.best.is_none() {
                prop_assert!(m.lookup.candidates.len() != 1);
            }
        }
    }

    #[test]
    fn lookup_never_panics(s in "\\PC{0,30}") {
        let l = Gazetteer::embedded().lookup(&s, &Hint::default());
        prop_assert!(l.candidates.iter().all(|c| (0.0..=1.0).contains(&c.score)));
    }
}
