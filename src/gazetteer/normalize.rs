//! Name normalisation shared by the alias index and the mention scan.

/// A word of running text, with its byte range.
#[derive(Clone, Copy, Debug)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

/// Folds a name to its lookup key: ASCII, lower case, apostrophes dropped, punctuation and
/// hyphens to spaces, Arabic article tokens (`al`, `el`) dropped, spaces collapsed.
pub fn normalize(name: &str) -> String {
    let folded = deunicode::deunicode(name).to_lowercase();
    let mut cleaned = String::with_capacity(folded.len());
    for c in folded.chars() {
        match c {
            '\'' | '`' => {}
            c if c.is_ascii_alphanumeric() => cleaned.push(c),
            _ => cleaned.push(' '),
        }
    }
    cleaned.split_whitespace().filter(|w| !matches!(*w, "al" | "el" | "the")).collect::<Vec<_>>().join(" ")
}

/// Splits text into words (letters, digits, apostrophes and hyphens inside a word).
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inner = c.is_alphanumeric() || (start.is_some() && matches!(c, '\'' | '’' | '-'));
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word { start: s, end: i });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word { start: s, end: text.len() });
    }
    // A trailing apostrophe or hyphen is not part of the word.
    for w in &mut out {
        while text[w.start..w.end].ends_with(['\'', '’', '-']) {
            let last = text[w.start..w.end].chars().last().map_or(1, char::len_utf8);
            w.end -= last;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_articles_and_apostrophes() {
        assert_eq!(normalize("Ain al-Asad"), "ain asad");
        assert_eq!(normalize("Ayn al Asad"), "ayn asad");
        assert_eq!(normalize("AL-ASAD"), "asad");
        assert_eq!(normalize("Irbil’s airport"), "irbils airport");
        assert_eq!(normalize("Mosul  Dam"), "mosul dam");
        assert_eq!(normalize("Dayr az-Zawr"), "dayr az zawr");
        assert_eq!(normalize("Şırnak"), "sirnak");
    }

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        let t = "Irbil’s airport, al-Omar-";
        let w: Vec<&str> = words(t).iter().map(|w| &t[w.start..w.end]).collect();
        assert_eq!(w, ["Irbil’s", "airport", "al-Omar"]);
    }
}
