//! Publication dates and attack dates, resolved against the publication date.

use std::sync::LazyLock;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::Regex;

use crate::model::DatePrecision;

/// A resolved date reference: the date (first of the month/year when coarser) and its precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRef {
    pub date: NaiveDate,
    pub precision: DatePrecision,
    /// Byte offset of the reference in the sentence.
    pub at: usize,
}

impl DateRef {
    /// The date told, without where it was told: references to one day compare equal.
    pub fn day(&self) -> (NaiveDate, DatePrecision) {
        (self.date, self.precision)
    }
}

/// Month names as written in title case, or in capitals as trackers and logs write them ("08 JAN 2020").
const MONTH: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?";

static ISO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d|\b)").unwrap());
static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})\b").unwrap());
/// A month's day, with its year (group 3) or a year told from the page's ("December 27 last year",
/// group 4).
static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}})|\s+(last|this)\s+year)?\b")).unwrap()
});
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+(\d{{4}})|\s+(last|this)\s+year)?\b"
    ))
    .unwrap()
});
static MONTH_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Ll]ate|[Ee]arly|[Mm]id-?)\s+(?:late\s+|early\s+|mid-?)?{MONTH}(?:,?\s+(\d{{4}}))?(\s+last year)?\b")).unwrap()
});
/// "Last December", "this past March": the latest such month before the one of publication.
static LAST_MONTH_NAMED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b(?:[Ll]ast|[Tt]his\s+past)\s+{MONTH}")).unwrap());
/// "in 2018 and August 2019", "in May 2019 or 2020": a month or a year told after another date.
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?:and|or)\s+(?:again\s+)?(?:in\s+)?(?:{MONTH},?\s+)?((?:19|20)\d{{2}})\b")).unwrap()
});
/// Whose an attack named by its time is: "the", "its", "their", "the group's".
const OWNER: &str = r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|\w['’]s)";
/// "the January 2024 attack on Tower 22", "the group's January 2024 drone attack": a month and
/// year told as the attack's name.
static MONTH_YEAR_ATTACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{OWNER}\s+{MONTH},?\s+(\d{{4}})\s+(?:[\w-]+\s+){{0,2}}?(?:attack|strike|bombing|assault|raid|incident)s?\b"
    ))
    .unwrap()
});
static WEEKDAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b").unwrap());
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(yesterday|today|this (?:morning|afternoon|evening)|last night|tonight|earlier this month|this month|last month|last week|earlier this week|this week|last year|(?:nearly |almost |about |more than )?(?:a|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago|earlier this year|this year)\b").unwrap()
});
/// "on the 6th", "on the 3rd of this month": a day of the month told alone is of the page's month
/// (or the month before, when that day is still to come). "On the 3rd floor" is no day.
static ORDINAL_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(?:this|the)\s+month\b)?(?:\s*(?:[,.;:)]|$)|\s+(?:of|and|at|in|when|as|after|before|morning|evening|night|afternoon|that|which|with|by|against|on|to|from|the|a|an)\b)")
        .unwrap()
});
/// Fixed-date holidays that reporting uses as dates ("On Christmas Day, a drone struck ...").
static HOLIDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(Christmas Day|Christmas Eve|New Year's Eve|New Year’s Eve|New Year's Day|New Year’s Day)\b")
        .unwrap()
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:[Ii]n|[Dd]uring)\s+((?:19|20)\d{2})\b").unwrap());
/// "in a 2024 drone attack", "the 2019 strike", "Iran's 2020 missile strike": a year told as the
/// attack's name.
static YEAR_ATTACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:\b[Aa]n?|{OWNER})\s+((?:19|20)\d{{2}})\s+(?:[\w-]+\s+){{0,2}}?(?:attack|strike|airstrike|bombing|assault|raid|incident|shelling)s?\b")).unwrap()
});

fn month_number(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_lowercase();
    let i = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .iter()
        .position(|m| n.starts_with(m))?;
    Some(i as u32 + 1)
}

/// The publication date from the head of an article: the corpus dateline ` date YYYY-MM-DD `, or
/// "Published March 3, 2021", "3 March 2021", "2021-03-03T07:20", "Updated: Feb 16, 2021 10:30 AM".
pub fn published(text: &str) -> Option<NaiveDate> {
    if let Some(m) = CORPUS_DATE.find(text) {
        return ISO
            .captures(m.as_str())
            .and_then(|c| NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?));
    }
    // An old photo's caption ("This March 27, 2008, file photo shows ...") dates the photo, and so
    // does any caption with its credit ("... in Mosul, May 3, 2017 (photo credit: Agency)").
    static CREDITED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\((?:photo|picture|image)(?:\s+credit)?\s*:|\bphoto credit\s*:|\((?:AP|AFP|Reuters|Getty Images|EPA|Xinhua|Anadolu)(?:\s+photo)?\)\s*$").unwrap()
    });
    // The credit may be a line of its own, under the caption. A caption of the attack itself ("The
    // aftermath of a drone strike in X, Aug. 22, 2021") is the news's photo and dates it.
    let lexicon = super::lexicon::Lexicon::embedded();
    let lines: Vec<&str> = text.lines().take(7).collect();
    let of_an_attack = |l: &str| super::ONE_ATTACK.is_match(l) || !lexicon.weapons(l).is_empty();
    let credited = |i: usize| lines[i..].iter().take(2).any(|l| CREDITED.is_match(l)) && !of_an_attack(lines[i]);
    // A site's clock ("Today: April 06, 2025", "View Date:2023-11-02 10:15:09") tells when the page
    // was read, not when it was written.
    static PAGE_CLOCK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:today|view date|current date|date viewed)\s*:").unwrap());
    let head: String = (0..lines.len().min(6))
        .filter(|&i| {
            lexicon.furniture(lines[i]) != Some(super::lexicon::Furniture::Caption)
                && !credited(i)
                && !PAGE_CLOCK.is_match(lines[i])
        })
        .map(|i| lines[i])
        .collect::<Vec<_>>()
        .join("\n");
    let head = match head.char_indices().nth(600) {
        Some((i, _)) => &head[..i],
        None => &head,
    };
    if let Some(c) = ISO.captures(head) {
        return NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    }
    if let Some(c) = NUMERIC.captures(head) {
        // Day first (most of the world), month first when the day-first reading is impossible.
        return numeric_date(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?, false);
    }
    // A full date with its year; a month/day without one is not a publication date.
    // A day a sentence tells ("On June 3, 2019, warplanes ...") is no stamp of the page.
    static TOLD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:on|since|in|until|before|after|from)\s+$").unwrap());
    let stamp = |c: &regex::Captures| c.get(3).is_some() && !TOLD.is_match(&head[..c.get(0).unwrap().start()]);
    let mdy = MDY.captures_iter(head).find(stamp).map(|c| (c.get(0).unwrap().start(), c));
    let dmy = DMY.captures_iter(head).find(stamp).map(|c| (c.get(0).unwrap().start(), c));
    let pick = match (mdy, dmy) {
        (Some(a), Some(b)) if b.0 < a.0 => Some((b.1[2].to_string(), b.1[1].to_string(), b.1[3].to_string())),
        (Some(a), _) => Some((a.1[1].to_string(), a.1[2].to_string(), a.1[3].to_string())),
        (None, Some(b)) => Some((b.1[2].to_string(), b.1[1].to_string(), b.1[3].to_string())),
        (None, None) => None,
    };
    let (m, d, y) = pick?;
    NaiveDate::from_ymd_opt(y.parse().ok()?, month_number(&m)?, d.parse().ok()?)
}

/// Whether `text` ends with a month's name: a number right after it is a day ("an April 9 air
/// strike"), not a count.
pub fn ends_with_month(text: &str) -> bool {
    static MONTH_LAST: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)\b{MONTH}\s*$")).unwrap());
    MONTH_LAST.is_match(text)
}

/// Whether a sentence opens on a day told in full, with its year: "On June 3, 2019, ...", "On 3 June
/// 2019, ...".
pub fn opens_with_a_full_date(sentence: &str) -> bool {
    static ON: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:On|In)\s+").unwrap());
    let Some(on) = ON.find(sentence) else { return false };
    let rest = &sentence[on.end()..];
    [&MDY, &DMY]
        .into_iter()
        .any(|re| re.captures(rest).is_some_and(|c| c.get(0).unwrap().start() == 0 && c.get(3).is_some()))
}

/// A day a sentence names without the year that would date it, as on an undated page: "on
/// Saturday", "on March 7". Two different ones are two days; a weekday and a month's day may be one.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NamedDay {
    Weekday(u8),
    MonthDay(u32, u32),
}

impl NamedDay {
    /// Whether the two name different days, as far as their words tell.
    pub fn differs(self, other: NamedDay) -> bool {
        match (self, other) {
            (NamedDay::Weekday(_), NamedDay::Weekday(_)) | (NamedDay::MonthDay(..), NamedDay::MonthDay(..)) => {
                self != other
            }
            _ => false,
        }
    }
}

/// The days a sentence names, with where each is named, in the order told.
pub fn named_days(sentence: &str) -> Vec<(NamedDay, usize)> {
    const WEEK: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    let mut out: Vec<(NamedDay, usize)> = WEEKDAY
        .captures_iter(sentence)
        .filter_map(|c| {
            let i = WEEK.iter().position(|w| *w == &c[1])?;
            Some((NamedDay::Weekday(i as u8), c.get(0)?.start()))
        })
        .collect();
    let month_day = |m: &str, d: &str, at: usize| {
        let (m, d) = (month_number(m)?, d.parse::<u32>().ok()?);
        (1..=31).contains(&d).then_some((NamedDay::MonthDay(m, d), at))
    };
    out.extend(MDY.captures_iter(sentence).filter_map(|c| month_day(&c[1], &c[2], c.get(0)?.start())));
    out.extend(DMY.captures_iter(sentence).filter_map(|c| month_day(&c[2], &c[1], c.get(0)?.start())));
    out.sort_by_key(|&(_, at)| at);
    out
}

/// Whether a sentence tells its time as earlier than the story's, by a month or a day of the
/// calendar without the year ("In mid-April", "on June 8", "last month", "days earlier"): on a page
/// with no date that time has no year.
pub fn earlier_without_a_year(sentence: &str) -> bool {
    static AGO: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:days|weeks|months|years) (?:earlier|ago|before)\b").unwrap());
    let yearless = |c: regex::Captures, year: usize| c.get(year).is_none();
    MDY.captures_iter(sentence).any(|c| yearless(c, 3))
        || DMY.captures_iter(sentence).any(|c| yearless(c, 3))
        || MONTH_ONLY.captures_iter(sentence).any(|c| yearless(c, 2))
        || LAST_MONTH_NAMED.is_match(sentence)
        || RELATIVE.captures_iter(sentence).any(|c| {
            matches!(
                c[1].to_lowercase().as_str(),
                "last week" | "last month" | "last year" | "earlier this month" | "earlier this year"
            )
        })
        || AGO.is_match(sentence)
}

/// Whether a sentence tells a day counted from the story's own: "yesterday", "last night", "this
/// evening", "on Monday".
pub fn tells_a_day_of_the_story(sentence: &str) -> bool {
    WEEKDAY.is_match(sentence)
        || RELATIVE.captures_iter(sentence).any(|c| {
            matches!(
                c[1].to_lowercase().as_str(),
                "yesterday" | "today" | "tonight" | "last night" | "this morning" | "this afternoon" | "this evening"
            )
        })
}

/// The day of the latest post a live page embeds ("— Name (@handle) January 8, 2020"), when it is a
/// day or two after the page's date: the page was updated, and its weekdays count from that day.
pub fn posted_after(text: &str, published: Option<NaiveDate>) -> Option<NaiveDate> {
    static HANDLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(@\w{1,15}\)\s+").unwrap());
    let p = published?;
    HANDLE
        .find_iter(text)
        .filter_map(|m| {
            let stamp = text[m.end()..].lines().next().unwrap_or("");
            references(stamp, None, true).into_iter().find(|d| d.at == 0 && d.precision == DatePrecision::Day)
        })
        .map(|d| d.date)
        .filter(|d| (1..=2).contains(&(*d - p).num_days()))
        .max()
}

/// The corpus's own first-line prefix, " date YYYY-MM-DD ".
pub(super) static CORPUS_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*date \d{4}-\d{2}-\d{2}\s+").unwrap());

/// The day a wire story was filed, from its dateline ("BAGHDAD, Jan. 14 (Xinhua) --", "ERBIL, March 3
/// (Reuters) -", "AMMAN, 13th December, 2025 (Petra) --"): the day its "today" and weekdays count
/// from, when a page publishes the story a day later. Its year is the latest that puts the day on or
/// before `published`.
pub fn filed(text: &str, published: Option<NaiveDate>) -> Option<NaiveDate> {
    static WIRE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*[A-Z][A-Z'’. -]{1,30},\s+(?:(?<month>[A-Z][a-z]{2,9})\.?\s+(?<day>\d{1,2})|(?<dm>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[A-Z][a-z]{2,9}))(?:,?\s+(?<year>\d{4}))?\s*(?:\([^)]{1,40}\)\s*)?(?:[–—-]+|:)\s")
            .unwrap()
    });
    let c = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(6)
        .find_map(|l| WIRE.captures(CORPUS_DATE.find(l).map_or(l, |m| &l[m.end()..])))?;
    let month = month_number(c.name("month").or(c.name("mon"))?.as_str())?;
    let day = c.name("day").or(c.name("dm"))?.as_str().parse().ok()?;
    match c.name("year") {
        Some(y) => NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, month, day),
        None => latest_month_day(published?, month, day),
    }
    // A dateline days or months before the page is an archive page's own: kept only when close.
    .filter(|d| published.is_none_or(|p| (p - *d).num_days().abs() <= 3))
}

/// A timeline's year heading: a sentence that is a year alone ("2017"), of a year not after the
/// page's. The day its entries count back from: the year's last day, or the page's day in its own year.
pub fn year_heading(sentence: &str, published: Option<NaiveDate>) -> Option<NaiveDate> {
    let t = sentence.trim();
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let end = NaiveDate::from_ymd_opt(t.parse().ok()?, 12, 31).filter(|d| d.year() >= 1990)?;
    match published {
        Some(p) if end.year() > p.year() => None,
        Some(p) => Some(end.min(p)),
        None => Some(end),
    }
}

/// Whether the date reference at `at` is a month and day told without a year ("On December 29").
pub fn yearless_month_day(sentence: &str, at: usize) -> bool {
    [&MDY, &DMY].iter().any(|r| {
        r.captures_at(sentence, at)
            .is_some_and(|c| c.get(0).unwrap().start() == at && c.get(3).is_none() && c.get(4).is_none())
    })
}

/// A timeline's month and day without a year, told after a full date ("On December 27, 2019,
/// rockets hit K-1 ... On December 29, the US struck"): the first such day on or after the date
/// told, when it follows within a season and by the time of `published`.
pub fn after_the_date_told(told: NaiveDate, date: NaiveDate, published: NaiveDate) -> Option<NaiveDate> {
    season_after(told, date.month(), date.day()).filter(|&next| next != date && next <= published)
}

/// The first `month`/`day` on or after `told`, when it falls within a season (120 days) of it.
fn season_after(told: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(told.year(), month, day)?;
    let next = if this < told { NaiveDate::from_ymd_opt(told.year() + 1, month, day)? } else { this };
    ((next - told).num_days() <= 120).then_some(next)
}

/// On an undated page, the first month and day a sentence tells without a year, in the year that
/// puts it on or after `told` (a full date told before it) within a season: "Israel struck Iran on
/// June 13, 2025. ... Drones were launched at the base on June 14".
pub fn yearless_day_after(sentence: &str, told: NaiveDate) -> Option<DateRef> {
    let (month, day, at) = named_days(sentence).into_iter().find_map(|(d, at)| match d {
        NamedDay::MonthDay(m, d) if yearless_month_day(sentence, at) => Some((m, d, at)),
        _ => None,
    })?;
    season_after(told, month, day).map(|date| DateRef { date, precision: DatePrecision::Day, at })
}

/// On an undated page, the first month and day a sentence tells without a year, when the page
/// tells that very day in full elsewhere (an embedded post's "November 13, 2022" beside "On 13
/// November, jets struck ..."): that day, if the page gives it one year only.
pub fn yearless_day_told_in_full(sentence: &str, full: &[NaiveDate]) -> Option<DateRef> {
    let (month, day, at) = named_days(sentence).into_iter().find_map(|(d, at)| match d {
        NamedDay::MonthDay(m, d) if yearless_month_day(sentence, at) => Some((m, d, at)),
        _ => None,
    })?;
    let mut same = full.iter().filter(|d| d.month() == month && d.day() == day);
    let first = *same.next()?;
    same.all(|d| *d == first).then_some(DateRef { date: first, precision: DatePrecision::Day, at })
}

/// The day of a month-day match ([`MDY`], [`DMY`]): in its year, in the year before or of the page's
/// ("last year", "this year"), or the latest such day not after `published`.
fn month_day_of(c: &regex::Captures, month: u32, day: u32, published: Option<NaiveDate>) -> Option<NaiveDate> {
    match (c.get(3), c.get(4).map(|m| m.as_str())) {
        (Some(y), _) => NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, month, day),
        (None, Some("last")) => NaiveDate::from_ymd_opt(published?.year() - 1, month, day),
        (None, Some(_)) => NaiveDate::from_ymd_opt(published?.year(), month, day),
        (None, None) => latest_month_day(published?, month, day),
    }
}

/// The latest `month`/`day` not after `published`.
fn latest_month_day(published: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(published.year(), month, day);
    match this {
        Some(d) if d <= published => Some(d),
        _ => NaiveDate::from_ymd_opt(published.year() - 1, month, day),
    }
}

fn first_of(y: i32, m: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, 1)
}

/// The most recent `weekday` on or before `published`.
fn last_weekday(published: NaiveDate, weekday: Weekday) -> NaiveDate {
    let back = (7 + published.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    published - Days::new(u64::from(back))
}

/// Whether an article writes the month first ("May 3, 2022", "1/13/2022"), so that its numeric dates
/// that read either way ("1/3/2022") are read month first too; day first otherwise.
pub fn writes_month_first(text: &str) -> bool {
    let mut month_first = MDY.captures_iter(text).filter(|c| c.get(3).is_some()).count();
    let mut day_first = DMY.captures_iter(text).filter(|c| c.get(3).is_some()).count();
    for c in NUMERIC.captures_iter(text) {
        let (a, b) = (c[1].parse::<u32>().unwrap_or(0), c[2].parse::<u32>().unwrap_or(0));
        month_first += usize::from(b > 12 && a <= 12);
        day_first += usize::from(a > 12 && b <= 12);
    }
    month_first > day_first
}

/// A numeric date, read in the article's order, or the other when that one is impossible.
fn numeric_date(a: u32, b: u32, year: i32, month_first: bool) -> Option<NaiveDate> {
    let (m, d) = if month_first { (a, b) } else { (b, a) };
    NaiveDate::from_ymd_opt(year, m, d).or_else(|| NaiveDate::from_ymd_opt(year, d, m))
}

/// Every date reference in a sentence, in text order. Relative ones need `published`; numeric ones
/// are read month first when the article writes dates so ([`writes_month_first`]).
pub fn references(sentence: &str, published: Option<NaiveDate>, month_first: bool) -> Vec<DateRef> {
    let mut out: Vec<DateRef> = Vec::new();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut push = |out: &mut Vec<DateRef>, s: usize, e: usize, d: Option<NaiveDate>, p: DatePrecision| {
        if taken.iter().any(|&(a, b)| s < b && a < e) {
            return;
        }
        taken.push((s, e));
        if let Some(date) = d {
            out.push(DateRef { date, precision: p, at: s });
        }
    };
    for c in ISO.captures_iter(sentence) {
        let m = c.get(0).unwrap();
        let d = (|| NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?))();
        push(&mut out, m.start(), m.end(), d, DatePrecision::Day);
    }
    // "1/13/2022", "28-09-2022", "7.7.2021" in tables, trackers and statements.
    for c in NUMERIC.captures_iter(sentence) {
        let m = c.get(0).unwrap();
        let d = (|| numeric_date(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?, month_first))();
        push(&mut out, m.start(), m.end(), d, DatePrecision::Day);
    }
    for c in MDY.captures_iter(sentence) {
        let m = c.get(0).unwrap();
        let d = (|| {
            let (mo, day) = (month_number(&c[1])?, c[2].parse().ok()?);
            month_day_of(&c, mo, day, published)
        })();
        push(&mut out, m.start(), m.end(), d, DatePrecision::Day);
    }
    for c in DMY.captures_iter(sentence) {
        let m = c.get(0).unwrap();
        let d = (|| {
            let (day, mo) = (c[1].parse().ok()?, month_number(&c[2])?);
            month_day_of(&c, mo, day, published)
        })();
        push(&mut out, m.start(), m.end(), d, DatePrecision::Day);
    }
    for c in ORDINAL_DAY.captures_iter(sentence) {
        let m = c.get(0).unwrap();
        let d = (|| {
            let (p, day) = (published?, c[1].parse::<u32>().ok()?);
            let this = NaiveDate::from_ymd_opt(p.year(), p.month(), day).filter(|d| *d <= p);
            this.or_else(|| {
                let q = p.checked_sub_months(Months::new(1))?;
                NaiveDate::from_ymd_opt(q.year(), q.month(), day)
            })
        })();
        push(&mut out, m.start(), c.get(1).unwrap().end(), d, DatePrecision::Day);
    }
    for c in HOLIDAY.captures_iter(sentence) {
        let m = c.get(0).unwrap();
        let (mo, day) = match &c[1] {
            "Christmas Day" => (12, 25),
            "Christmas Eve" => (12, 24),
            s if s.ends_with("Eve") => (12, 31),
            _ => (1, 1),
        };
        push(&mut out, m.start(), m.end(), published.and_then(|p| latest_month_day(p, mo, day)), DatePrecision::Day);
    }
    for c in MONTH_ONLY.captures_iter(sentence) {
        let m = c.get(0).unwrap();
        let d = (|| {
            let mo = month_number(&c[1])?;
            match (c.get(2), c.get(3)) {
                (Some(y), _) => first_of(y.as_str().parse().ok()?, mo),
                (None, Some(_)) => first_of(published?.year() - 1, mo),
                (None, None) => {
                    let p = published?;
                    let y = if mo <= p.month() { p.year() } else { p.year() - 1 };
                    first_of(y, mo)
                }
            }
        })();
        push(&mut out, m.start(), m.end(), d, DatePrecision::Month);
    }
    for c in LAST_MONTH_NAMED.captures_iter(sentence) {
        let m = c.get(0).unwrap();
        let d = (|| {
            let (mo, p) = (month_number(&c[1])?, published?);
            first_of(if mo < p.month() { p.year() } else { p.year() - 1 }, mo)
        })();
        push(&mut out, m.start(), m.end(), d, DatePrecision::Month);
    }
    for c in MONTH_YEAR_ATTACK.captures_iter(sentence) {
        let (m, y) = (c.get(1).unwrap(), c.get(2).unwrap());
        let d = (|| first_of(y.as_str().parse().ok()?, month_number(m.as_str())?))();
        push(&mut out, m.start(), y.end(), d, DatePrecision::Month);
    }
    // "on Saturday September 8th": the day told in full is the day; its weekday adds nothing.
    let told_in_full: Vec<usize> = MDY.find_iter(sentence).chain(DMY.find_iter(sentence)).map(|m| m.start()).collect();
    for c in WEEKDAY.captures_iter(sentence) {
        let m = c.get(0).unwrap();
        let in_full = |&a: &usize| a >= m.end() && sentence[m.end()..a].trim_matches([' ', ',']).is_empty();
        if told_in_full.iter().any(in_full) {
            continue;
        }
        let d = published.and_then(|p| Some(last_weekday(p, c[1].parse::<Weekday>().ok()?)));
        push(&mut out, m.start(), m.end(), d, DatePrecision::Day);
    }
    for c in RELATIVE.captures_iter(sentence) {
        let m = c.get(0).unwrap();
        let (d, p) = match published {
            None => (None, DatePrecision::Day),
            Some(p) => match c[1].to_lowercase().as_str() {
                "yesterday" | "last night" => (p.pred_opt(), DatePrecision::Day),
                "today" | "tonight" | "this morning" | "this afternoon" | "this evening" => {
                    (Some(p), DatePrecision::Day)
                }
                "earlier this month" | "this month" => (first_of(p.year(), p.month()), DatePrecision::Month),
                "last month" => {
                    let q = p.checked_sub_months(Months::new(1));
                    (q.and_then(|q| first_of(q.year(), q.month())), DatePrecision::Month)
                }
                "last week" => {
                    let q = p - Days::new(7);
                    (first_of(q.year(), q.month()), DatePrecision::Month)
                }
                "earlier this week" | "this week" => (first_of(p.year(), p.month()), DatePrecision::Month),
                "earlier this year" | "this year" => (NaiveDate::from_ymd_opt(p.year(), 1, 1), DatePrecision::Year),
                // "last year", "(nearly) a year ago", "two years ago".
                other => {
                    let back = other.split_whitespace().rev().nth(2).and_then(super::numbers::value).unwrap_or(1);
                    (NaiveDate::from_ymd_opt(p.year() - back as i32, 1, 1), DatePrecision::Year)
                }
            },
        };
        push(&mut out, m.start(), m.end(), d, p);
    }
    for c in YEAR.captures_iter(sentence).chain(YEAR_ATTACK.captures_iter(sentence)) {
        let m = c.get(0).unwrap();
        let d = c[1].parse().ok().and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1));
        push(&mut out, m.start(), m.end(), d, DatePrecision::Year);
    }
    // Only right after a date told before it: "and 2020" alone may count anything.
    for c in LISTED.captures_iter(sentence) {
        let m = c.get(0).unwrap();
        let after_a_date = out.iter().any(|r| r.at < m.start() && m.start() - r.at <= 24);
        let year: Option<i32> = c[2].parse().ok();
        let (start, d, p) = match c.get(1) {
            Some(mo) => (
                mo.start(),
                year.zip(month_number(mo.as_str())).and_then(|(y, mo)| first_of(y, mo)),
                DatePrecision::Month,
            ),
            None => {
                (c.get(2).unwrap().start(), year.and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1)), DatePrecision::Year)
            }
        };
        if after_a_date {
            push(&mut out, start, m.end(), d, p);
        }
    }
    out.sort_by_key(|r| r.at);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn days_named_without_a_year() {
        use NamedDay::*;
        let named = |s: &str| named_days(s).into_iter().map(|(d, _)| d).collect::<Vec<_>>();
        assert_eq!(named("On Saturday, rockets hit the base"), [Weekday(5)]);
        assert_eq!(named("Earlier, on March 7, a strike hit the airport"), [MonthDay(3, 7)]);
        assert_eq!(named("on 22 March and on Tuesday"), [MonthDay(3, 22), Weekday(1)]);
        assert!(Weekday(5).differs(Weekday(1)));
        assert!(MonthDay(3, 7).differs(MonthDay(3, 22)));
        assert!(!Weekday(0).differs(MonthDay(3, 7)), "a weekday and a month's day may be one day");
    }

    #[test]
    fn a_yearless_day_the_page_tells_in_full() {
        let day = |s: &str, full: &[NaiveDate]| yearless_day_told_in_full(s, full).map(|r| r.date);
        let s = "On 13 November, jets struck the airfield";
        assert_eq!(day(s, &[d(2020, 3, 31), d(2022, 11, 13)]), Some(d(2022, 11, 13)));
        assert_eq!(day(s, &[d(2022, 11, 12)]), None, "another day is no year for it");
        assert_eq!(day(s, &[d(2021, 11, 13), d(2022, 11, 13)]), None, "two years told: neither");
        assert_eq!(day("On 13 November 2021, jets struck", &[d(2022, 11, 13)]), None, "a day with its year");
    }

    #[test]
    fn year_headings() {
        let p = NaiveDate::from_ymd_opt(2022, 8, 26);
        assert_eq!(year_heading("2017", p), NaiveDate::from_ymd_opt(2017, 12, 31));
        assert_eq!(year_heading(" 2022 ", p), p, "the page's own year counts back from its day");
        assert_eq!(year_heading("2023", p), None, "a year after the page is no heading");
        assert_eq!(year_heading("2017 was a hard year", p), None);
        assert_eq!(year_heading("1200", p), None);
    }

    #[test]
    fn numeric_dates_are_read_in_the_order_the_article_writes_them() {
        let us = "Released May 3, 2022. Attacks: 1/3/2022 at the airport; 1/13/2022 at the embassy.";
        assert!(writes_month_first(us));
        assert!(!writes_month_first("Published 3 May 2022. On 1/3/2022 rockets fell."));
        assert!(!writes_month_first("On 28/06/2021 a drone struck."));
        let at = |s: &str, mf| references(s, None, mf).first().map(|r| r.date);
        assert_eq!(at("On 1/3/2022 rockets fell.", true), Some(d(2022, 1, 3)));
        assert_eq!(at("On 1/3/2022 rockets fell.", false), Some(d(2022, 3, 1)));
        // The other order when the article's one is impossible.
        assert_eq!(at("On 28/06/2021 a drone struck.", true), Some(d(2021, 6, 28)));
        assert_eq!(at("On 1/13/2022 rockets fell.", false), Some(d(2022, 1, 13)));
    }

    fn first(s: &str, p: Option<NaiveDate>) -> Option<(NaiveDate, DatePrecision)> {
        references(s, p, false).first().map(|r| (r.date, r.precision))
    }

    #[test]
    fn publication_dates() {
        assert_eq!(published(" date 2021-02-16 A rocket attack"), Some(d(2021, 2, 16)));
        assert_eq!(published("Title\nPublished March 3, 2021\nBody"), Some(d(2021, 3, 3)));
        assert_eq!(published("Title\n3 March 2021 - Body"), Some(d(2021, 3, 3)));
        assert_eq!(published("2021-03-03T07:20:00Z\nBody"), Some(d(2021, 3, 3)));
        assert_eq!(published("Updated: Feb 16, 2021 10:30 AM\nRockets hit"), Some(d(2021, 2, 16)));
        assert_eq!(published("(translated) 28-06-2021\nBody"), Some(d(2021, 6, 28)));
        assert_eq!(published("13/03/2022\nIRBIL - missiles"), Some(d(2022, 3, 13)));
        assert_eq!(published("Rockets hit a base on Friday.\nNo date here."), None);
        assert_eq!(published("On December 3, five rockets hit"), None, "no year: not a publication date");
        assert_eq!(
            published("Title\ntips View Date:2023-11-02 10:15:09\nA drone struck the base."),
            None,
            "a site's clock is no publication date"
        );
        assert_eq!(published("Title\nToday: April 06, 2025\nJanuary 18, 2024\nA strike"), Some(d(2024, 1, 18)));
    }

    #[test]
    fn weekdays_resolve_on_or_before_publication() {
        let p = Some(d(2021, 2, 16)); // a Tuesday
        assert_eq!(first("late Monday", p), Some((d(2021, 2, 15), DatePrecision::Day)));
        assert_eq!(first("early Tuesday", p), Some((d(2021, 2, 16), DatePrecision::Day)));
        assert_eq!(first("on Friday", p), Some((d(2021, 2, 12), DatePrecision::Day)));
        assert_eq!(first("on Friday", None), None, "no publication date: unresolved");
    }

    #[test]
    fn explicit_and_month_dates() {
        let p = Some(d(2019, 12, 28));
        assert_eq!(first("On December 3, five rockets", p), Some((d(2019, 12, 3), DatePrecision::Day)));
        assert_eq!(first("On December 30, five rockets", p), Some((d(2018, 12, 30), DatePrecision::Day)));
        assert_eq!(first("On December 3, five rockets", None), None);
        assert_eq!(first("on Feb. 15, 2021", None), Some((d(2021, 2, 15), DatePrecision::Day)));
        assert_eq!(first("on 15 February 2021", None), Some((d(2021, 2, 15), DatePrecision::Day)));
        assert_eq!(first("In November, more than", p), Some((d(2019, 11, 1), DatePrecision::Month)));
        assert_eq!(first("In December 2019, a contractor", None), Some((d(2019, 12, 1), DatePrecision::Month)));
        assert_eq!(first("in January last year", Some(d(2021, 2, 17))), Some((d(2020, 1, 1), DatePrecision::Month)));
        assert_eq!(first("Last December, a strike", Some(d(2018, 6, 8))), Some((d(2017, 12, 1), DatePrecision::Month)));
        assert_eq!(first("this past March the base", Some(d(2018, 6, 8))), Some((d(2018, 3, 1), DatePrecision::Month)));
        assert_eq!(first("last June", Some(d(2018, 6, 8))), Some((d(2017, 6, 1), DatePrecision::Month)));
        assert_eq!(first("last March 3 rockets", Some(d(2018, 6, 8))), Some((d(2018, 3, 3), DatePrecision::Day)));
        // A year told from the page's: "last year" wins over the latest such day.
        assert_eq!(
            first("since December 27 last year", Some(d(2020, 2, 13))),
            Some((d(2019, 12, 27), DatePrecision::Day))
        );
        assert_eq!(first("on 3 January last year", Some(d(2020, 2, 13))), Some((d(2019, 1, 3), DatePrecision::Day)));
        assert_eq!(first("on January 3 this year", Some(d(2020, 2, 13))), Some((d(2020, 1, 3), DatePrecision::Day)));
        assert!(!yearless_month_day("since December 27 last year", 6));
    }

    #[test]
    fn a_full_date_opening_a_sentence_and_days_of_the_story() {
        assert!(opens_with_a_full_date("On June 3, 2019, warplanes struck"));
        assert!(opens_with_a_full_date("On 3 June 2019, warplanes struck"));
        assert!(!opens_with_a_full_date("On June 3, warplanes struck"), "no year");
        assert!(!opens_with_a_full_date("Warplanes struck on June 3, 2019"), "not the opening");
        assert!(tells_a_day_of_the_story("the attack yesterday evening"));
        assert!(tells_a_day_of_the_story("drones struck on Monday"));
        assert!(!tells_a_day_of_the_story("drones struck last week"));
    }

    #[test]
    fn relative_phrases() {
        let p = Some(d(2021, 2, 16));
        assert_eq!(first("nearly a year ago", p), Some((d(2020, 1, 1), DatePrecision::Year)));
        assert_eq!(first("two years ago", p), Some((d(2019, 1, 1), DatePrecision::Year)));
        assert_eq!(first("some 12 years ago", p), Some((d(2009, 1, 1), DatePrecision::Year)));
        assert_eq!(first("last year", p), Some((d(2020, 1, 1), DatePrecision::Year)));
        assert_eq!(first("killed in a 2019 drone attack", p), Some((d(2019, 1, 1), DatePrecision::Year)));
        // A weekday before the day told in full, where the weekday alone would give another day.
        let sep17 = Some(d(2018, 9, 17));
        assert_eq!(first("on Saturday September 8th it launched", sep17), Some((d(2018, 9, 8), DatePrecision::Day)));
        assert_eq!(first("on Saturday, 8 September, it launched", sep17), Some((d(2018, 9, 8), DatePrecision::Day)));
        assert_eq!(first("yesterday", p), Some((d(2021, 2, 15), DatePrecision::Day)));
        assert_eq!(first("earlier this month", p), Some((d(2021, 2, 1), DatePrecision::Month)));
        assert_eq!(first("a bomb went off this afternoon", p), Some((d(2021, 2, 16), DatePrecision::Day)));
        assert_eq!(first("no date words here", p), None);
        assert_eq!(first("May God protect", p), None, "'May' alone is not a date");
        let p = Some(d(2024, 2, 9));
        assert_eq!(first("On Christmas Day, a drone struck", p), Some((d(2023, 12, 25), DatePrecision::Day)));
        assert_eq!(first("on New Year's Eve", p), Some((d(2023, 12, 31), DatePrecision::Day)));
    }
}
