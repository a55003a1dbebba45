//! Numbers as news writes them: digits, number words, "a dozen", and hedges ("at least", "as many as").

use std::sync::LazyLock;

use regex::Regex;

/// A stated quantity: `min`/`max` bounds, both equal when exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quantity {
    pub min: Option<u32>,
    pub max: Option<u32>,
}

/// Regex source for a number phrase (used inside larger patterns). It opens on a number word or a
/// hedge, never on a space or a dash: "Khoury - At least eight people" is a byline, then the figure.
pub const NUMBER: &str = r"(?:(?:at least|(?:not|no) (?:less|fewer) than|more than|over|as many as|up to|nearly|almost|about|around|some|roughly|approximately|fewer than|less than)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|dozens|hundreds|thousands|several|multiple|half|pair|couple|both)(?:\d{1,3}(?:,\d{3})+|\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|dozens|hundreds|thousands|several|multiple|half|pair|couple|[-\s])*";

static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(at least|(?:not|no) (?:less|fewer) than|more than|over|as many as|up to|nearly|almost|about|around|some|roughly|approximately|fewer than|less than)\s+").unwrap()
});

fn word_value(w: &str) -> Option<u64> {
    Some(match w {
        "a" | "an" | "one" => 1,
        "two" | "both" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// The value of a bare number ("14", "1,200", "twenty-one", "two hundred", "a dozen"); `None` for vague words.
pub fn value(s: &str) -> Option<u64> {
    let s = s.trim().to_lowercase();
    if s.is_empty() {
        return None;
    }
    let digits: String = s.chars().filter(|c| *c != ',').collect();
    if digits.chars().all(|c| c.is_ascii_digit()) {
        return digits.parse().ok();
    }
    let (mut total, mut current, mut seen, mut half) = (0u64, 0u64, false, false);
    for w in s.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()) {
        match w {
            "and" => {}
            "dozen" => {
                current = current.max(1).saturating_mul(12);
                seen = true;
            }
            // "half a dozen": the "a" after "half" is the multiplicand's article, not one more.
            "half" => {
                half = true;
            }
            "pair" | "couple" => {
                current = current.max(1).saturating_mul(2);
                seen = true;
            }
            "hundred" => {
                current = current.max(1).saturating_mul(100);
                seen = true;
            }
            "thousand" => {
                total = total.saturating_add(current.max(1).saturating_mul(1000));
                current = 0;
                seen = true;
            }
            _ => {
                current = current.saturating_add(word_value(w)?);
                seen = true;
            }
        }
    }
    let v = total.saturating_add(current);
    seen.then_some(if half { v / 2 } else { v })
}

/// Reads a hedged number phrase: "at least three" → min 3; "as many as 30" → max 30; "more than a dozen" → min 13.
pub fn quantity(phrase: &str) -> Option<Quantity> {
    let phrase = phrase.trim();
    let (hedge, rest) = match HEDGE.captures(phrase) {
        Some(c) => (c[1].to_lowercase(), &phrase[c[0].len()..]),
        None => (String::new(), phrase),
    };
    let n = u32::try_from(value(rest)?).ok()?;
    Some(match hedge.as_str() {
        "at least" | "not less than" | "no less than" | "not fewer than" | "no fewer than" => {
            Quantity { min: Some(n), max: None }
        }
        "more than" | "over" => Quantity { min: Some(n.saturating_add(1)), max: None },
        "as many as" | "up to" => Quantity { min: None, max: Some(n) },
        "fewer than" | "less than" => Quantity { min: None, max: Some(n.saturating_sub(1)) },
        "nearly" | "almost" => Quantity { min: None, max: Some(n) },
        _ => Quantity { min: Some(n), max: Some(n) },
    })
}

/// The lower bound a casualty figure reports ("at least nine" → 9, "as many as 4" → 4).
pub fn lower_bound(phrase: &str) -> Option<u32> {
    quantity(phrase).and_then(|q| q.min.or(q.max))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_digits() {
        assert_eq!(value("14"), Some(14));
        assert_eq!(value("1,200"), Some(1200));
        assert_eq!(value("twenty-one"), Some(21));
        assert_eq!(value("two hundred and five"), Some(205));
        assert_eq!(value("three thousand"), Some(3000));
        assert_eq!(value("a dozen"), Some(12));
        assert_eq!(value("an"), Some(1));
        assert_eq!(value("half a dozen"), Some(6));
        assert_eq!(value("a pair"), Some(2));
        assert_eq!(value("a couple"), Some(2));
        assert_eq!(value("several"), None);
        assert_eq!(value("multiple"), None);
        assert_eq!(value(""), None);
    }

    #[test]
    fn hedges() {
        assert_eq!(quantity("at least three"), Some(Quantity { min: Some(3), max: None }));
        assert_eq!(quantity("as many as 30"), Some(Quantity { min: None, max: Some(30) }));
        assert_eq!(quantity("more than a dozen"), Some(Quantity { min: Some(13), max: None }));
        assert_eq!(quantity("14"), Some(Quantity { min: Some(14), max: Some(14) }));
        assert_eq!(quantity("two"), Some(Quantity { min: Some(2), max: Some(2) }));
        assert_eq!(quantity("up to five"), Some(Quantity { min: None, max: Some(5) }));
        assert_eq!(quantity("several"), None);
        assert_eq!(lower_bound("at least nine"), Some(9));
        assert_eq!(lower_bound("no fewer than 5"), Some(5));
        assert_eq!(quantity("not less than 5"), Some(Quantity { min: Some(5), max: None }));
    }
}
