//! Pages that write English with Cyrillic or Greek look-alike letters ("Thе" with a Cyrillic "е"),
//! as spam rewrites do to evade filters: the letters are read as the Latin ones they stand for
//! (`gazetteer/homoglyphs.tsv`), so that words, names and places are found.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

const EMBEDDED_HOMOGLYPHS: &str = include_str!("../../gazetteer/homoglyphs.tsv");

/// A page with this many words that mix Latin letters and look-alikes is masked; a quotation in
/// Russian or Greek mixes none.
const MASKED_WORDS: usize = 3;

static LATIN_OF: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    EMBEDDED_HOMOGLYPHS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("letter\t"))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let letter = cols.next()?.chars().next()?;
            let latin = cols.next()?.chars().next()?;
            Some((letter, latin))
        })
        .collect()
});

/// The text with look-alike letters made Latin, when the page mixes them into Latin words.
pub fn unmasked(text: &str) -> Cow<'_, str> {
    let table = &*LATIN_OF;
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mixed = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()) && w.chars().any(|c| table.contains_key(&c)))
        .take(MASKED_WORDS)
        .count();
    if mixed < MASKED_WORDS {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| table.get(&c).copied().unwrap_or(c)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_masked_page_reads_as_latin() {
        // "The attack on the base" with Cyrillic е, а, о in several words.
        let masked = "Th\u{435} \u{430}tt\u{430}ck \u{43e}n th\u{435} b\u{430}se";
        assert_eq!(unmasked(masked), "The attack on the base");
    }

    #[test]
    fn a_quotation_in_cyrillic_stays() {
        let quoted = "The agency wrote \u{430}\u{442}\u{430}\u{43a}\u{430} (attack) in Russian.";
        assert_eq!(unmasked(quoted), quoted);
    }

    #[test]
    fn every_row_maps_to_an_ascii_letter() {
        assert!(LATIN_OF.len() >= 40);
        assert!(LATIN_OF.iter().all(|(k, v)| !k.is_ascii() && v.is_ascii_alphabetic()));
    }
}
