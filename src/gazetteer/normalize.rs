//! Name normalisation shared by the alias index and the mention scan.

/// A word of running text, with its byte range.
#[derive(Clone, Copy, Debug)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

/// Folds a name to its lookup key: ASCII, lower case, possessive `'s` and apostrophes dropped,
/// punctuation and hyphens to spaces, Arabic article tokens (`al`, `el`) and `the` dropped,
/// `airbase`/`oilfield` split, spaces collapsed.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    push_normalized(name, &mut out);
    out
}

/// Appends the key of `name` to `out` (space-separated from what is there), without allocating
/// beyond `out`'s growth: the mention scan calls this once per word.
pub fn push_normalized(name: &str, out: &mut String) {
    let call_start = out.len();
    let mut token_start = None;
    // Whether the open token was joined to the one before by a hyphen ("Ad-Dumayr"), and whether
    // only hyphens came since the last token closed.
    let (mut hyphened, mut only_hyphens) = (false, None);
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        let folded: &str = if c.is_ascii() { "" } else { deunicode::deunicode_char(c).unwrap_or("") };
        let mut push = |ch: char, out: &mut String| {
            if ch.is_ascii_alphanumeric() {
                if token_start.is_none() {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    token_start = Some(out.len());
                    hyphened = only_hyphens == Some(true);
                    only_hyphens = None;
                }
                out.push(ch.to_ascii_lowercase());
            } else if !matches!(ch, '\'' | '`') {
                if let Some(s) = token_start.take() {
                    finish_token(out, s, hyphened.then_some(call_start));
                    only_hyphens = Some(ch == '-');
                } else if ch != '-' {
                    only_hyphens = only_hyphens.map(|_| false);
                }
            }
        };
        if matches!(c, '\'' | '’' | '`' | 'ʼ' | 'ʾ' | 'ʿ' | '‘') {
            // Possessive 's at the end of a word: "Irbil's airport" is "Irbil airport".
            let mut ahead = chars.clone();
            if matches!(ahead.next(), Some('s' | 'S')) && !ahead.next().is_some_and(char::is_alphanumeric) {
                chars.next();
            }
            continue;
        }
        if c.is_ascii() {
            push(c, out);
        } else if folded.is_empty() {
            push(' ', out);
        } else {
            for ch in folded.chars() {
                push(ch, out);
            }
        }
    }
    if let Some(s) = token_start {
        finish_token(out, s, hyphened.then_some(call_start));
    }
}

/// The Arabic article as written assimilated to a sun letter ("ad-Dumayr", "ash-Shaddadi", "ez-Zor").
const ASSIMILATED: [&str; 16] =
    ["ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ed", "er", "es", "esh", "et", "ez", "en"];

/// Drops article tokens and splits compounds at the end of `out`, where the last token starts at
/// `start`; `hyphened` (where the word being pushed starts) when a hyphen joins it to the token before.
fn finish_token(out: &mut String, start: usize, hyphened: Option<usize>) {
    let cut = if start > 0 { start - 1 } else { 0 };
    // The article joined to the name by a hyphen and assimilated to its first letter, as Syrian and
    // Iraqi outlets write it: "Ad-Dumayr", "As-Suwayda", "Ash-Shaddadi", "Deir ez-Zor" ("at Taji"
    // keeps its preposition).
    // The token before must be of the same word: "al-" may have been dropped before it.
    if let Some(word_start) = hyphened
        && let prev_start = out[..cut].rfind(' ').map_or(0, |i| i + 1)
        && prev_start >= word_start
    {
        let prev = &out[prev_start..cut];
        if ASSIMILATED.contains(&prev) && out[start..].starts_with(&prev[1..]) && out.len() > start + prev.len() {
            out.replace_range(prev_start..start, "");
            return finish_token(out, prev_start, None);
        }
    }
    match &out[start..] {
        "al" | "el" | "the" => out.truncate(cut),
        "airbase" => out.replace_range(start.., "air base"),
        // Abbreviations of trackers and military writing: "Balad AB", "Baghdad Intl Airport".
        "ab" => out.replace_range(start.., "air base"),
        "intl" => out.replace_range(start.., "international"),
        "oilfield" => out.replace_range(start.., "oil field"),
        "gasfield" => out.replace_range(start.., "gas field"),
        _ => {}
    }
}

/// The skeleton of a normalised name, for spellings that differ only in how Arabic was written in
/// Latin letters: each run of vowels (with `y`, and `w` before a consonant) as one `a`, a final `h` after a vowel and doubled
/// letters dropped, `q`/`c` as `k`, `ph` as `f`, a leading sun-letter article dropped and the words
/// run together ("tal rifaat", "tall rif'at" and "tell refaat" are all "talrafat"; "shirqat" and
/// "ash sharqat" are "sharkat"; "deir" and "dayr" are "dar").
pub fn skeleton(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let tokens: Vec<&str> = key.split(' ').collect();
    // Articles written apart ("Dayr az Zawr") as the key keeps them; hyphened ones are gone already.
    let article = |k: usize| k + 1 < tokens.len() && ASSIMILATED.contains(&tokens[k]);
    for token in tokens.iter().enumerate().filter(|&(k, _)| !article(k)).map(|(_, t)| t) {
        let t = token.strip_suffix('h').filter(|t| t.ends_with(['a', 'e', 'i', 'o', 'u'])).unwrap_or(token);
        let t = t.replace("ph", "f");
        let letters: Vec<char> = t.chars().collect();
        for (k, &c) in letters.iter().enumerate() {
            // "w" before a consonant is a vowel's glide: "Zawr" and "Zor".
            let glide = c == 'w' && !letters.get(k + 1).is_some_and(|n| "aeiouy".contains(*n));
            let c = match c {
                _ if glide => 'a',
                'a' | 'e' | 'i' | 'o' | 'u' | 'y' => 'a',
                'q' | 'c' => 'k',
                c => c,
            };
            if !out.ends_with(c) {
                out.push(c);
            }
        }
    }
    out
}

/// Splits text into words (letters, digits, apostrophes and hyphens inside a word). Two names
/// hyphenated ("the Amuda-Derbasiyah road") are two words, joined as a name's words are.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut start = None;
    // Where the part of the word after its last hyphen starts.
    let mut part = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let names_hyphenated = c == '-'
            && text[part..i].chars().next().is_some_and(char::is_uppercase)
            && text[part..i].chars().count() >= 3
            // Not a dateline's capitals ("LONDON-BAGHDAD"), where one town filed from is told.
            && text[part..i].chars().any(char::is_lowercase)
            && chars.peek().is_some_and(|&(_, n)| n.is_uppercase());
        if c == '-' {
            part = i + 1;
        }
        let inner = c.is_alphanumeric() || (start.is_some() && !names_hyphenated && matches!(c, '\'' | '’' | '-'));
        if inner && start.is_none() {
            part = i;
        }
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
        assert_eq!(normalize("Irbil’s airport"), "irbil airport");
        assert_eq!(normalize("Irbil's"), "irbil");
        assert_eq!(normalize("Al-Qa'im"), "qaim");
        assert_eq!(normalize("Mosul  Dam"), "mosul dam");
        assert_eq!(normalize("Dayr az-Zawr"), "dayr zawr", "an article assimilated and hyphened");
        assert_eq!(normalize("Ad-Dumayr"), "dumayr");
        assert_eq!(normalize("Ash-Shaddadi"), "shaddadi");
        assert_eq!(normalize("Aḑ Ḑumayr"), "ad dumayr", "written apart, it may be a word of its own");
        assert_eq!(normalize("Ad-Nabk"), "ad nabk", "not assimilated: no article");
        let mut s = String::new();
        push_normalized("at", &mut s);
        push_normalized("al-Tanf", &mut s);
        assert_eq!(s, "at tanf", "the preposition before a dropped article stays");
        assert_eq!(normalize("Şırnak"), "sirnak");
        assert_eq!(normalize("Al-Asad Airbase"), "asad air base");
        assert_eq!(normalize("the Green Zone"), "green zone");
        assert_eq!(normalize("‘Ayn ‘Īsá"), "ayn isa");
        assert_eq!(normalize("U.S. Consulate"), "u s consulate");
    }

    #[test]
    fn spellings_of_one_arabic_name_share_a_skeleton() {
        let same = [
            ("Tal Rifaat", "Tall Rif‘at"),
            ("Tell Refaat", "Tal Rifat"),
            ("Shirqat", "Ash Sharqat"),
            ("Deir ez-Zor", "Dayr az Zawr"),
            ("Qayyarah", "Qayara"),
            ("Sheikh Maqsoud", "Shaykh Maqsud"),
        ];
        for (a, b) in same {
            assert_eq!(skeleton(&normalize(a)), skeleton(&normalize(b)), "{a} / {b}");
        }
        assert_ne!(skeleton(&normalize("Tal Rifaat")), skeleton(&normalize("Tal Afar")));
        assert_ne!(skeleton(&normalize("Mohammed")), skeleton(&normalize("Muhammadiyah")));
    }

    #[test]
    fn push_normalized_appends_with_one_space() {
        let mut s = String::new();
        push_normalized("al-Omar", &mut s);
        push_normalized("al", &mut s);
        push_normalized("oil", &mut s);
        push_normalized("field", &mut s);
        assert_eq!(s, "omar oil field");
    }

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        let t = "Irbil’s airport, al-Omar-";
        let w: Vec<&str> = words(t).iter().map(|w| &t[w.start..w.end]).collect();
        assert_eq!(w, ["Irbil’s", "airport", "al-Omar"]);
        let t = "the Amuda-Derbasiyah road, Tal-Afar, Ain Al-Asad";
        let w: Vec<&str> = words(t).iter().map(|w| &t[w.start..w.end]).collect();
        assert_eq!(w, ["the", "Amuda", "Derbasiyah", "road", "Tal", "Afar", "Ain", "Al-Asad"]);
    }
}
