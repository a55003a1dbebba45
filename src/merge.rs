//! Merging reports of the same real event into one incident.
//!
//! Two reports are the same event when their weapons agree (or one is unknown; a strike from the
//! air may be a drone, an airstrike or missiles in different outlets when they give the same
//! date), their countries agree, their dates are compatible and their places are close. Dates are
//! compatible when both are day-precise and at most a day apart (outlets date a night attack
//! either side of midnight), or when one lies inside the other's month or year. Places are close
//! when they have the same canonical name or lie within a radius set by the coarser precision (a
//! site 5 km, a town 15 km, a region 100 km; two sites of one town, 15 km, when both are dated to
//! the day and name agreeing weapons). A report without a date joins a dated incident only on
//! stronger evidence: the same place (or a site in the town named), the same known weapon, and
//! casualty figures that do not contradict, or the same known weapon and the same dead within the
//! coarser place's radius (the wounded and the rockets vary between retellings, the dead seldom),
//! or, with no weapon told on either side, the same town and dead on both sides, or the same place
//! and the same dead with a weapon told on one side only. Two date-less
//! reports merge only when they name the same place, weapons that agree and the same dead (not
//! none). Unlocated reports merge only with the same place text and a compatible date. Merged
//! incidents keep every source and the range of figures the sources gave. An article is merged as
//! a whole (see [`merge`]).

use std::cmp::Reverse;

use chrono::{Datelike, NaiveDate};

use crate::geodesy::distance_km;
use crate::model::{DatePrecision, GeoPrecision, Incident, Role, Weapon};

/// What a merge did to the store.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeStats {
    /// Reports that became new incidents.
    pub new: usize,
    /// Existing incidents (present before this merge) that absorbed at least one report.
    pub updated: usize,
}

/// What merging an article's reports did: where each report went and what changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// For each report, in the order given, the index in the store of the incident now holding it.
    pub placed: Vec<usize>,
    pub stats: MergeStats,
}

/// Merges one article's `reports` into `store`: each report joins the best compatible incident or
/// is appended. New incidents keep the report's id; merged ones keep the incident's id.
///
/// The article is read as a whole. Its reports never join one another's incidents: the extractor
/// has already told its attacks apart. Its dated reports go first, and the days of the attacks
/// they land on date its undated ones: a page telling the attacks of a wave without days ("drones
/// struck al-Tanf, Conoco and Harir") tells the wave another outlet dated, though it may name one
/// attack's weapon otherwise.
pub fn merge(store: &mut Vec<Incident>, reports: Vec<Incident>) -> Merged {
    let before = store.len();
    let mut touched = vec![false; before];
    let mut stats = MergeStats::default();
    let mut placed = vec![None; reports.len()];
    let mut order: Vec<usize> = (0..reports.len()).collect();
    order.sort_by_key(|&n| reports[n].date.is_none());
    let mut reports: Vec<Option<Incident>> = reports.into_iter().map(Some).collect();
    for n in order {
        let Some(mut report) = reports[n].take() else { continue };
        let published_only = dated_by_publication(&report);
        normalise(&mut report);
        let article: Vec<usize> = placed.iter().flatten().copied().collect();
        // A report dated only by the day its page came out tells an attack of that day or of one
        // of the days just before it: the latest such day an incident fits.
        let earlier_days = (1..=PUBLISHED_WITHIN_DAYS).filter(|_| published_only).filter_map(|k| {
            let day = report.date? - chrono::TimeDelta::days(k);
            best_match(store, &Incident { date: Some(day), ..report.clone() }, &article).filter(|&i| {
                // Only one that tells nothing else: "three rockets" two days ago are not today's 14.
                let (a, b) = (&store[i], &report);
                counts_compatible(a, b)
                    && figures_compatible(a.killed, a.killed_max, b.killed, b.killed_max)
                    && figures_compatible(a.injured, a.injured_max, b.injured, b.injured_max)
            })
        });
        let at = match best_match(store, &report, &article).or_else(|| earlier_days.into_iter().next()) {
            Some(i) => {
                absorb(&mut store[i], report);
                if i < before {
                    touched[i] = true;
                }
                i
            }
            None => {
                store.push(report);
                stats.new += 1;
                store.len() - 1
            }
        };
        placed[n] = Some(at);
    }
    stats.updated = touched.iter().filter(|t| **t).count();
    Merged { placed: placed.into_iter().flatten().collect(), stats }
}

/// A batch of reports, ready to be matched against a store read one incident at a time: only the
/// incidents some report could join need to be held for [`merge`], so a big store stays on disk.
pub struct Probe {
    reports: Vec<Incident>,
}

impl Probe {
    pub fn new<'a>(reports: impl IntoIterator<Item = &'a Incident>) -> Probe {
        let reports = reports
            .into_iter()
            .map(|r| {
                let mut r = r.clone();
                normalise(&mut r);
                r
            })
            .collect();
        Probe { reports }
    }

    /// Whether any report of the batch could merge into `incident`. Merging the batch into just the
    /// incidents this accepts (in store order) gives what merging it into the whole store gives:
    /// the others match no report, and absorbing changes only the incident that absorbs.
    pub fn may_join(&self, incident: &Incident) -> bool {
        self.reports.iter().any(|r| score(incident, r).is_some() || dated_by_the_article(incident, r))
    }
}

/// Whether two reports describe the same event.
pub fn same_event(a: &Incident, b: &Incident) -> bool {
    score(a, b).is_some()
}

/// Index of the incident `report` fits best, if any, but none of `article`'s (the incidents its
/// article's other reports went to).
fn best_match(store: &[Incident], report: &Incident, article: &[usize]) -> Option<usize> {
    let anchors: Vec<NaiveDate> =
        article.iter().map(|&i| &store[i]).filter(|i| dated_to_the_day(i)).filter_map(|i| i.date).collect();
    let fit = |inc: &Incident| {
        let by_the_article = anchored_cost(inc, report, &anchors);
        match (score(inc, report), by_the_article) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        }
    };
    let mut fits: Vec<(usize, f64)> = store
        .iter()
        .enumerate()
        .filter(|(i, _)| !article.contains(i))
        .filter_map(|(i, inc)| fit(inc).map(|s| (i, s)))
        .collect();
    fits.sort_by(|x, y| x.1.total_cmp(&y.1));
    let partial = |i: &Incident| i.date.is_none() || i.location.is_none();
    match fits.as_slice() {
        // Matched without a date or a place on one side, and two incidents fit as well: which one
        // the report means is a guess, so it stays apart.
        [(i, best), (_, next), ..] if next == best && (partial(report) || partial(&store[*i])) => None,
        [(i, _), ..] => Some(*i),
        [] => None,
    }
}

/// An undated report and an attack on the same named place dated within a day of an attack its
/// article's other reports joined: the article's wave. The weapon may be told otherwise ("drones" in
/// one outlet, "rockets" in another); casualties must not contradict (tolls grow).
fn dated_by_the_article(inc: &Incident, report: &Incident) -> bool {
    let same_place = report.place.is_some() && report.place == inc.place;
    let tolls_meet = figures_compatible(inc.killed, inc.killed_max, report.killed, report.killed_max)
        || (inc.killed.is_some_and(|k| k > 0) && report.killed.is_some_and(|k| k > 0));
    report.date.is_none() && dated_to_the_day(inc) && same_place && tolls_meet
}

/// The cost of [`dated_by_the_article`] against the article's `anchors`: below any other undated match.
fn anchored_cost(inc: &Incident, report: &Incident, anchors: &[NaiveDate]) -> Option<f64> {
    let days = anchors.iter().filter_map(|a| inc.date.map(|d| (d - *a).num_days().abs())).min()?;
    (days <= 1 && dated_by_the_article(inc, report)).then_some(ANCHORED_COST + days as f64)
}

/// See [`anchored_cost`]: less than [`SAME_DEAD_COST`].
const ANCHORED_COST: f64 = 5.0;

/// The cost of pairing a located and an unlocated report: above any located match.
const UNLOCATED_COST: f64 = 1000.0;

/// A distance-like cost when `a` and `b` can be the same event (lower is closer), `None` otherwise.
fn score(a: &Incident, b: &Incident) -> Option<f64> {
    // Cheap tests first: most of a store fails on weapon or date before any distance is measured.
    let weapon_cost = if a.weapon.agrees_with(b.weapon) {
        0.0
    } else if told_apart_from_the_air(a, b) {
        WEAPON_RETOLD_COST
    } else {
        return None;
    };
    if let (Some(x), Some(y)) = (&a.country, &b.country)
        && x != y
    {
        return None;
    }
    let day_cost = match (a.date, b.date) {
        // A month or a year holds many attacks on one town: one told by its period joins only an
        // attack whose dead it does not contradict ("another car bomb earlier this month killed
        // seven" is not Saturday's, which killed four). The wounded a look back names may be some
        // of them ("wounded a U.S. service member").
        (Some(_), Some(_)) => {
            let by_a_period = !(dated_to_the_day(a) && dated_to_the_day(b));
            if by_a_period && !figures_compatible(a.killed, a.killed_max, b.killed, b.killed_max) {
                return None;
            }
            days_apart_if_compatible(a, b)? as f64 * 10.0
        }
        (None, None) => both_undated_cost(a, b)?,
        _ => undated_cost(a, b)?,
    };
    let same_place = a.place.is_some() && a.place == b.place;
    let place_cost = match (a.location, b.location) {
        (Some(la), Some(lb)) => {
            let km = distance_km(la, lb);
            if !same_place && km > GeoPrecision::one_target_km(a.geo_precision, b.geo_precision) && !one_town(a, b, km)
            {
                return None;
            }
            if same_place { 0.0 } else { km }
        }
        (None, None) => {
            // Unlocated: only the same words for the place, and both dated.
            let same_text = matches!((&a.place_text, &b.place_text), (Some(x), Some(y)) if norm(x) == norm(y));
            if !same_text || a.date.is_none() || b.date.is_none() {
                return None;
            }
            0.0
        }
        _ => unlocated_cost(a, b)?,
    };
    Some(day_cost + place_cost + weapon_cost)
}

/// Outlets telling one strike from the air on the same day name its weapon differently: a "drone
/// strike" in one is an "airstrike" in another, and Iran's "missiles and drones" on a town are
/// "missiles" here and "drones" there. On one date and one place these are one attack (a day apart,
/// two: a campaign of drone strikes hits one town on following days).
fn told_apart_from_the_air(a: &Incident, b: &Incident) -> bool {
    let aerial = |w: Weapon| matches!(w, Weapon::Drone | Weapon::Airstrike | Weapon::Missile);
    aerial(a.weapon) && aerial(b.weapon) && dated_to_the_day(a) && dated_to_the_day(b) && a.date == b.date
}

/// What naming the weapon differently costs a pairing: more than a day's difference in date, so
/// that a report joins the incident that tells its weapon when both are there.
const WEAPON_RETOLD_COST: f64 = 12.0;

/// For a located and an unlocated report ("the base was hit on Feb. 15"): the same day, the same
/// known weapon, and a casualty figure that both state and that is not zero; nothing contradicting.
fn unlocated_cost(a: &Incident, b: &Incident) -> Option<f64> {
    let same_day = dated_to_the_day(a) && dated_to_the_day(b) && a.date == b.date;
    if !same_day || !a.weapon.known_and_agrees_with(b.weapon) {
        return None;
    }
    if !figures_compatible(a.killed, a.killed_max, b.killed, b.killed_max)
        || !figures_compatible(a.injured, a.injured_max, b.injured, b.injured_max)
    {
        return None;
    }
    let agree = |x: Option<u32>, y: Option<u32>| matches!((x, y), (Some(x), Some(y)) if x == y && x > 0);
    (agree(a.killed, b.killed) || agree(a.injured, b.injured)).then_some(UNLOCATED_COST)
}

/// For a date-less report and a dated one: the same place (by name, or a site inside the town
/// named), the same known weapon, and casualty figures that do not contradict. The same dead (not
/// none) tie them more firmly: outlets retelling one attack agree on its dead while the wounded and
/// the rockets counted vary, and one that names only the province ("in Erbil province, one killed
/// and six hurt") still tells that attack.
fn undated_cost(a: &Incident, b: &Incident) -> Option<f64> {
    // "Gunmen killed 13 in Miqdadiyah", undated, and the day's "attack on Miqdadiyah killed 23":
    // without a weapon told on either side, the same town and dead on both sides tie them.
    let both_dead = a.killed.is_some_and(|k| k > 0) && b.killed.is_some_and(|k| k > 0);
    let town = |i: &Incident| i.geo_precision == Some(GeoPrecision::Town);
    let same_town = a.place.is_some() && a.place == b.place && town(a) && town(b);
    if a.weapon == Weapon::Unknown && b.weapon == Weapon::Unknown && both_dead && same_town {
        return Some(UNTOLD_WEAPON_COST);
    }
    // "33 soldiers killed near Mayadin" dated, and an undated retelling that names the rockets the
    // claim spoke of: one side's weapon untold, the same place and the same dead.
    if a.weapon.agrees_with(b.weapon) && same_dead(a, b) && a.place.is_some() && a.place == b.place {
        return Some(UNTOLD_WEAPON_COST);
    }
    if !a.weapon.known_and_agrees_with(b.weapon) {
        return None;
    }
    let same_place = a.place.is_some() && a.place == b.place;
    let town_or_finer = a.geo_precision.min(b.geo_precision) >= Some(GeoPrecision::Town);
    if same_dead(a, b) && figures_compatible(a.killed, a.killed_max, b.killed, b.killed_max) {
        return Some(SAME_DEAD_COST);
    }
    if !(same_place || town_or_finer) {
        return None;
    }
    // Tolls grow as the dead and the wounded are counted ("four killed" on the day, "36" and then
    // "71" in later reports): two tolls that both tell some do not tell two attacks.
    let both_some = |x: Option<u32>, y: Option<u32>| x.is_some_and(|k| k > 0) && y.is_some_and(|k| k > 0);
    if !(both_some(a.killed, b.killed) || figures_compatible(a.killed, a.killed_max, b.killed, b.killed_max))
        || !(both_some(a.injured, b.injured) || figures_compatible(a.injured, a.injured_max, b.injured, b.injured_max))
        || !counts_compatible(a, b)
    {
        return None;
    }
    // Prefer a dated incident that agrees on casualties or on the count over a bare place match.
    let agree = |x: Option<u32>, y: Option<u32>| x.is_some() && x == y;
    let same_count = agree(a.count_max.or(a.count_min), b.count_max.or(b.count_min));
    Some(if agree(a.killed, b.killed) || agree(a.injured, b.injured) || same_count { 20.0 } else { 50.0 })
}

/// The cost of a date-less report without a weapon joining the attack with dead on its town.
const UNTOLD_WEAPON_COST: f64 = 60.0;

/// The cost of a date-less report joining a dated incident with the same dead: below a bare place
/// match, so that the attack with those dead wins over another on the same base.
const SAME_DEAD_COST: f64 = 15.0;

/// Both reports tell the same number of dead, and it is not none.
fn same_dead(a: &Incident, b: &Incident) -> bool {
    a.killed.is_some_and(|k| k > 0) && a.killed == b.killed
}

/// For two date-less reports: the same named place, weapons that agree (one may be untold) and
/// the same dead (not none), which outlets retelling one attack agree on ("three soldiers killed at
/// Tower 22") while the wounded grow from report to report. Anything less ties nothing: a base is
/// struck often.
/// Two sites of one town (the consulate and the city) tie only with the same known weapon too
/// (see [`one_town`]).
fn both_undated_cost(a: &Incident, b: &Incident) -> Option<f64> {
    let same_place = a.place.is_some() && a.place == b.place;
    let one_town = || match (a.location, b.location) {
        (Some(x), Some(y)) => one_town(a, b, distance_km(x, y)),
        _ => false,
    };
    let tied = same_dead(a, b) || same_claimant(a, b);
    (tied && ((same_place && a.weapon.agrees_with(b.weapon)) || one_town())).then_some(UNDATED_PAIR_COST)
}

/// Both reports name the same group as the claimant, with figures that do not contradict: outlets
/// retelling one claimed attack ("a faction calling itself X claimed the drone attack on the base").
fn same_claimant(a: &Incident, b: &Incident) -> bool {
    a.claimed_by_canonical.is_some()
        && a.claimed_by_canonical == b.claimed_by_canonical
        && figures_compatible(a.killed, a.killed_max, b.killed, b.killed_max)
        && figures_compatible(a.injured, a.injured_max, b.injured, b.injured_max)
        && counts_compatible(a, b)
}

/// The cost of pairing two date-less reports: above any dated match.
const UNDATED_PAIR_COST: f64 = 100.0;

/// Two sites of one town struck on the same day with the same known weapon ("near the consulate" in
/// one outlet, "at the airport" in another, 7 km apart) are one attack; so are two told without a day
/// with the same dead ("ten missiles near the US consulate, four killed" and "missiles on Erbil, four
/// killed"). Sites further apart, or told without a weapon, stay apart.
fn one_town(a: &Incident, b: &Incident, km: f64) -> bool {
    let same_day = dated_to_the_day(a) && dated_to_the_day(b);
    let undated_same_dead = a.date.is_none() && b.date.is_none() && (same_dead(a, b) || same_claimant(a, b));
    km <= ONE_TOWN_KM && (same_day || undated_same_dead) && a.weapon.known_and_agrees_with(b.weapon)
}

fn dated_to_the_day(i: &Incident) -> bool {
    i.date.is_some() && i.date_precision.unwrap_or(DatePrecision::Day) == DatePrecision::Day
}

/// How far apart two sites of one town may lie.
const ONE_TOWN_KM: f64 = 15.0;

/// Casualty figures agree when either is unknown or their stated ranges overlap.
fn figures_compatible(a: Option<u32>, a_max: Option<u32>, b: Option<u32>, b_max: Option<u32>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let a_hi = a_max.unwrap_or(a).max(a);
            let b_hi = b_max.unwrap_or(b).max(b);
            a <= b_hi && b <= a_hi
        }
        _ => true,
    }
}

/// Projectile counts agree unless both are bounded and the bounds do not meet ("three rockets"
/// and "ten rockets" are two attacks; "at least three" and "14" can be one).
fn counts_compatible(a: &Incident, b: &Incident) -> bool {
    let bounds = |i: &Incident| (i.count_min.unwrap_or(0), i.count_max.unwrap_or(u32::MAX));
    let ((a_lo, a_hi), (b_lo, b_hi)) = (bounds(a), bounds(b));
    a_lo <= b_hi && b_lo <= a_hi
}

/// Whether the dates of two reports let them be one event (what the store's date window for
/// merge candidates must hold): two dates when compatible, or one date and none.
#[cfg(test)]
pub(crate) fn dates_may_pair(a: &Incident, b: &Incident) -> bool {
    match (a.date, b.date) {
        (Some(_), Some(_)) => days_apart_if_compatible(a, b).is_some(),
        (None, None) => false,
        _ => true,
    }
}

/// How many days before its page's day a report dated only by that day may tell an attack of.
const PUBLISHED_WITHIN_DAYS: i64 = 7;

/// Whether the report's date is only the day its page came out: no sentence told it.
fn dated_by_publication(i: &Incident) -> bool {
    let mut dates = i.provenance.iter().filter(|e| e.field == "date").peekable();
    dates.peek().is_some() && dates.all(|e| e.rule == crate::model::PUBLICATION_DAY_RULE)
}

/// Days between the two dates when compatible: 0 for a date inside a coarser one.
fn days_apart_if_compatible(a: &Incident, b: &Incident) -> Option<i64> {
    let (da, db) = (a.date?, b.date?);
    let pa = a.date_precision.unwrap_or(DatePrecision::Day);
    let pb = b.date_precision.unwrap_or(DatePrecision::Day);
    if pa == DatePrecision::Day && pb == DatePrecision::Day {
        let d = (da - db).num_days().abs();
        return (d <= 1).then_some(d);
    }
    // The coarser period must contain the other date.
    let coarse = pa.min(pb);
    let contained = match coarse {
        DatePrecision::Year => da.year() == db.year(),
        DatePrecision::Month => da.year() == db.year() && da.month() == db.month(),
        DatePrecision::Day => unreachable!("handled above"),
    };
    contained.then_some(0)
}

fn norm(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Fills the store-side fields a fresh report may leave empty.
fn normalise(r: &mut Incident) {
    if r.sources.is_empty() && !r.source.is_empty() {
        r.sources.push(r.source.clone());
    }
    r.reports = r.reports.max(1);
    // Evidence is each article's own: a store keeps it per source, not on the merged incident.
    r.provenance.clear();
    for (lo, hi) in [(&mut r.killed, &mut r.killed_max), (&mut r.injured, &mut r.injured_max)] {
        if let (Some(l), Some(h)) = (*lo, *hi)
            && h <= l
        {
            *hi = None;
        }
    }
}

/// Folds report `r` into incident `inc`.
fn absorb(inc: &mut Incident, r: Incident) {
    // Date: the more precise one; at equal precision a main report's date beats a background
    // one, then the earlier date (sources a day apart usually differ on a late-night attack), so
    // the result does not depend on the order articles come in.
    let precision = |p: Option<DatePrecision>, d: Option<NaiveDate>| d.map(|_| p.unwrap_or(DatePrecision::Day));
    let (pi, pr) = (precision(inc.date_precision, inc.date), precision(r.date_precision, r.date));
    let role_rank = |role: Role| role == Role::Main;
    if pr > pi
        || (pr == pi && pr.is_some() && (role_rank(r.role), Reverse(r.date)) > (role_rank(inc.role), Reverse(inc.date)))
    {
        inc.date = r.date;
        inc.date_precision = r.date_precision;
    }
    // Place: a site beats a town beats a region; a located report beats an unlocated one.
    let place_rank = |i: &Incident| (i.location.is_some(), i.geo_precision);
    if place_rank(&r) > place_rank(inc) {
        inc.place = r.place.clone();
        inc.place_text = r.place_text.clone();
        inc.country = r.country.clone();
        inc.geo_precision = r.geo_precision;
        inc.location = r.location;
    }
    if inc.weapon == Weapon::Unknown {
        inc.weapon = r.weapon;
    }
    if r.role == Role::Main {
        inc.role = Role::Main;
    }
    inc.count_min = lowest(inc.count_min, r.count_min);
    inc.count_max = highest(inc.count_max, r.count_max);
    (inc.killed, inc.killed_max) = range(inc.killed, inc.killed_max, r.killed, r.killed_max);
    (inc.injured, inc.injured_max) = range(inc.injured, inc.injured_max, r.injured, r.injured_max);
    if inc.claimed_by.is_none() {
        (inc.claimed_by, inc.claimed_by_canonical) = (r.claimed_by, r.claimed_by_canonical);
    }
    fill(&mut inc.attacker, r.attacker);
    if inc.launch_site.is_none() && r.launch_site.is_some() {
        inc.launch_site = r.launch_site;
        inc.launch_distance_km = r.launch_distance_km;
        inc.launch_bearing_deg = r.launch_bearing_deg;
        inc.launch_location = r.launch_location;
    }
    fill(&mut inc.range_km, r.range_km);
    if let Some(ev) = r.evidence {
        match &mut inc.evidence {
            Some(all) if all.split(" | ").any(|e| e == ev) => {}
            Some(all) => {
                all.push_str(" | ");
                all.push_str(&ev);
            }
            None => inc.evidence = Some(ev),
        }
    }
    if inc.sources.is_empty() && !inc.source.is_empty() {
        inc.sources.push(inc.source.clone());
    }
    for s in r.sources {
        if !inc.sources.contains(&s) {
            inc.sources.push(s);
        }
    }
    if inc.source.is_empty() {
        inc.source = inc.sources.first().cloned().unwrap_or_default();
    }
    inc.reports = inc.reports.max(1) + r.reports.max(1);
}

fn fill<T>(slot: &mut Option<T>, v: Option<T>) {
    if slot.is_none() {
        *slot = v;
    }
}

fn lowest(a: Option<u32>, b: Option<u32>) -> Option<u32> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn highest(a: Option<u32>, b: Option<u32>) -> Option<u32> {
    a.max(b)
}

/// The lowest stated figure and, when sources went higher, the highest.
fn range(a: Option<u32>, a_max: Option<u32>, b: Option<u32>, b_max: Option<u32>) -> (Option<u32>, Option<u32>) {
    let lo = lowest(a, b);
    let hi = [a, a_max, b, b_max].into_iter().flatten().max();
    match (lo, hi) {
        (Some(l), Some(h)) if h > l => (Some(l), Some(h)),
        _ => (lo, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, LatLon};

    const ERBIL_AIRPORT: LatLon = LatLon { lat: 36.2375, lon: 43.963056 };

    fn report(source: &str, date: &str, weapon: Weapon) -> Incident {
        Incident {
            id: format!("{source}#1"),
            source: source.into(),
            sources: vec![source.into()],
            date: Some(NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap()),
            date_precision: Some(DatePrecision::Day),
            place: Some("Erbil International Airport".into()),
            place_text: Some("Erbil airport".into()),
            country: Some("IQ".into()),
            geo_precision: Some(GeoPrecision::Site),
            location: Some(ERBIL_AIRPORT),
            weapon,
            reports: 1,
            ..Default::default()
        }
    }

    /// `incident` as another outlet's report of it.
    fn told_by(source: &str, incident: &Incident) -> Incident {
        Incident { id: format!("{source}#1"), source: source.into(), sources: vec![source.into()], ..incident.clone() }
    }

    #[test]
    fn range_keeps_lowest_and_highest() {
        assert_eq!(range(Some(1), None, Some(3), None), (Some(1), Some(3)));
        assert_eq!(range(Some(2), Some(5), Some(3), None), (Some(2), Some(5)));
        assert_eq!(range(None, None, Some(3), None), (Some(3), None));
        assert_eq!(range(Some(3), None, Some(3), None), (Some(3), None));
    }

    #[test]
    fn month_contains_day_but_not_other_month() {
        let a = report("a", "2021-02-15", Weapon::Rocket);
        let mut b = report("b", "2021-02-01", Weapon::Rocket);
        b.date_precision = Some(DatePrecision::Month);
        assert!(same_event(&a, &b));
        let mut c = report("c", "2021-03-01", Weapon::Rocket);
        c.date_precision = Some(DatePrecision::Month);
        assert!(!same_event(&a, &c));
    }

    #[test]
    fn an_unlocated_report_joins_the_located_incident_with_the_same_day_weapon_and_toll() {
        let mut located = report("a", "2021-02-15", Weapon::Rocket);
        located.killed = Some(1);
        let mut unlocated = report("b", "2021-02-15", Weapon::Rocket);
        (unlocated.place, unlocated.place_text, unlocated.location, unlocated.geo_precision) = (None, None, None, None);
        unlocated.killed = Some(1);
        assert!(same_event(&located, &unlocated));

        let mut store = vec![unlocated.clone()];
        merge(&mut store, vec![located.clone()]);
        assert_eq!(store.len(), 1);
        assert_eq!(store[0].location, Some(ERBIL_AIRPORT), "the located report gives the place");

        // No shared non-zero figure, another day or another weapon: kept apart.
        let mut no_toll = unlocated.clone();
        no_toll.killed = None;
        assert!(!same_event(&located, &no_toll));
        let mut zero = unlocated.clone();
        (zero.killed, located.killed) = (Some(0), Some(0));
        assert!(!same_event(&located, &zero));
        located.killed = Some(1);
        let mut other_day = unlocated.clone();
        other_day.date = NaiveDate::from_ymd_opt(2021, 2, 16);
        assert!(!same_event(&located, &other_day));
        let mut drone = unlocated.clone();
        drone.weapon = Weapon::Drone;
        assert!(!same_event(&located, &drone));
    }

    #[test]
    fn two_sites_of_one_town_the_same_day_are_one_attack() {
        let airport = report("a", "2022-03-13", Weapon::Missile);
        let mut consulate = report("b", "2022-03-13", Weapon::Missile);
        // The consulate lies about 7 km from the airport.
        (consulate.place, consulate.location) =
            (Some("U.S. Consulate General Erbil".into()), Some(LatLon { lat: 36.1826, lon: 44.0089 }));
        assert!(same_event(&airport, &consulate));
        // Rockets in one report, missiles in the other: one attack's projectiles.
        consulate.weapon = Weapon::Rocket;
        assert!(same_event(&airport, &consulate));
        // A drone the same day is another attack; so is a site 40 km away.
        consulate.weapon = Weapon::Drone;
        assert!(!same_event(&airport, &consulate));
        let mut harir = report("c", "2022-03-13", Weapon::Missile);
        (harir.place, harir.location) = (Some("Harir Air Base".into()), Some(LatLon { lat: 36.5337, lon: 44.3399 }));
        assert!(!same_event(&airport, &harir));
        // Without a weapon to agree on, two sites stay two.
        let mut unknown = report("d", "2022-03-13", Weapon::Unknown);
        (unknown.place, unknown.location) = (consulate.place.clone(), consulate.location);
        assert!(!same_event(&airport, &unknown));
    }

    #[test]
    fn a_strike_from_the_air_told_as_a_drone_or_an_airstrike_the_same_day_is_one_attack() {
        let drone = report("a", "2021-08-22", Weapon::Drone);
        let mut airstrike = report("b", "2021-08-22", Weapon::Airstrike);
        assert!(same_event(&drone, &airstrike));
        let mut missiles = report("c", "2021-08-22", Weapon::Missile);
        assert!(same_event(&drone, &missiles));
        // A day apart, a campaign's next strike; rockets are fired from the ground.
        airstrike.date = NaiveDate::from_ymd_opt(2021, 8, 23);
        assert!(!same_event(&drone, &airstrike));
        missiles.weapon = Weapon::Rocket;
        assert!(!same_event(&drone, &missiles));
        // A report that names the weapon alike wins over one that names it otherwise.
        let mut store = vec![report("d", "2021-08-22", Weapon::Airstrike), report("e", "2021-08-22", Weapon::Drone)];
        merge(&mut store, vec![drone]);
        assert_eq!(store.iter().map(|i| i.reports).collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn one_articles_reports_stay_apart() {
        // The extractor told two attacks of one article apart (rockets on the base today, rockets
        // there the day before, which another outlet dates a day later): the store keeps both.
        let today = report("a", "2021-08-22", Weapon::Rocket);
        let yesterday = report("a", "2021-08-21", Weapon::Rocket);
        let mut store = Vec::new();
        assert_eq!(merge(&mut store, vec![today, yesterday.clone()]).placed, [0, 1]);
        // Another article's report of the day before joins that one.
        assert_eq!(merge(&mut store, vec![told_by("b", &yesterday)]).placed, [1]);
        assert_eq!(store.iter().map(|i| i.reports).collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn an_undated_report_is_dated_by_the_attacks_its_article_joins() {
        // Another outlet dated a wave: rockets on the gas field, drones on the garrison, the same night.
        let field_at = |date: &str, weapon| {
            let mut r = report("a", date, weapon);
            (r.place, r.location) = (Some("Conoco gas field".into()), Some(LatLon::new(35.336, 40.309)));
            r
        };
        let mut garrison = report("a", "2023-10-19", Weapon::Drone);
        (garrison.place, garrison.location) = (Some("Al-Tanf Garrison".into()), Some(LatLon::new(33.506, 38.618)));
        let mut store = vec![field_at("2023-01-04", Weapon::Rocket), field_at("2023-10-19", Weapon::Rocket), garrison];
        // A page without days: drones on the garrison and on the field.
        let undated = |r: Incident| Incident { date: None, date_precision: None, weapon: Weapon::Drone, ..r };
        let page = vec![undated(told_by("b", &store[2])), undated(told_by("b", &store[1]))];
        assert_eq!(merge(&mut store, page.clone()).placed, [2, 1]);
        // Told alone, the drones on the field fit no attack: the field's attacks were rockets.
        let mut alone = store[..2].to_vec();
        assert_eq!(merge(&mut alone, vec![told_by("c", &page[1])]).placed, [2]);
    }

    #[test]
    fn an_undated_attack_without_a_weapon_joins_the_attack_with_dead_on_its_town() {
        let town = |r: Incident, killed| Incident {
            place: Some("Miqdadiyah".into()),
            geo_precision: Some(GeoPrecision::Town),
            location: Some(LatLon::new(33.978, 44.937)),
            weapon: Weapon::Unknown,
            killed: Some(killed),
            ..r
        };
        let dated = town(report("a", "2021-10-26", Weapon::Unknown), 23);
        let mut undated = town(report("b", "2021-10-26", Weapon::Unknown), 13);
        (undated.date, undated.date_precision) = (None, None);
        assert!(same_event(&dated, &undated));
        // Nobody killed on one side, or a site rather than the town: nothing ties them.
        assert!(!same_event(&dated, &Incident { killed: Some(0), ..undated.clone() }));
        assert!(!same_event(&Incident { geo_precision: Some(GeoPrecision::Site), ..dated.clone() }, &undated));
    }

    #[test]
    fn an_undated_retelling_that_names_a_weapon_joins_the_attack_with_its_dead() {
        let town = |r: Incident, weapon, killed| Incident {
            place: Some("Mayadin".into()),
            geo_precision: Some(GeoPrecision::Town),
            location: Some(LatLon::new(35.02, 40.452)),
            weapon,
            killed: Some(killed),
            ..r
        };
        let dated = town(report("a", "2023-08-10", Weapon::Unknown), Weapon::Unknown, 33);
        let mut undated = town(report("b", "2023-08-10", Weapon::Unknown), Weapon::Rocket, 33);
        (undated.date, undated.date_precision) = (None, None);
        assert!(same_event(&dated, &undated));
        // Other dead, or another town: another attack.
        assert!(!same_event(&dated, &Incident { killed: Some(4), ..undated.clone() }));
        assert!(!same_event(&dated, &Incident { place: Some("Albu Kamal".into()), ..undated.clone() }));
    }

    #[test]
    fn an_unlocated_report_that_fits_two_places_stays_apart() {
        let mut erbil = report("a", "2021-02-15", Weapon::Rocket);
        erbil.killed = Some(1);
        let mut asad = told_by("c", &erbil);
        (asad.place, asad.location) = (Some("Al Asad Air Base".into()), Some(LatLon::new(33.8, 42.44)));
        let mut unlocated = told_by("b", &erbil);
        (unlocated.place, unlocated.place_text, unlocated.location) = (None, None, None);
        let mut store = vec![erbil, asad];
        merge(&mut store, vec![unlocated]);
        assert_eq!(store.len(), 3);
    }

    #[test]
    fn an_undated_report_with_another_count_is_another_attack() {
        let mut dated = report("a", "2021-03-03", Weapon::Rocket);
        (dated.count_min, dated.count_max) = (Some(10), Some(10));
        let mut undated = report("b", "2021-03-03", Weapon::Rocket);
        (undated.date, undated.date_precision) = (None, None);
        (undated.count_min, undated.count_max) = (Some(3), Some(3));
        assert!(!same_event(&dated, &undated));
        (undated.count_min, undated.count_max) = (Some(3), None); // "at least three"
        assert!(same_event(&dated, &undated));
    }

    #[test]
    fn a_report_dated_only_by_its_page_joins_the_attack_told_days_before_unless_its_figures_differ() {
        let told = report("a", "2018-01-06", Weapon::Drone);
        let mut store = vec![told];
        // "Troops thwarted a drone attack on the base", on a page of Jan. 9 with no day in it.
        let mut later = report("b", "2018-01-09", Weapon::Drone);
        later.provenance = vec![Evidence {
            field: "date".into(),
            rule: crate::model::PUBLICATION_DAY_RULE.into(),
            ..Default::default()
        }];
        let mut other = later.clone();
        (other.id, other.source, other.sources) = ("c#1".into(), "c".into(), vec!["c".into()]);
        merge(&mut store, vec![later]);
        assert_eq!(
            (store.len(), store[0].reports, store[0].date),
            (1, 2, report("a", "2018-01-06", Weapon::Drone).date)
        );
        // The same page telling 14 drones where the attack of Jan. 6 had three is another attack.
        (store[0].count_min, store[0].count_max) = (Some(3), Some(3));
        (other.count_min, other.count_max) = (Some(14), Some(14));
        merge(&mut store, vec![other]);
        assert_eq!(store.len(), 2);
        // A day stated in a sentence is the attack's own: three days on is another one.
        let mut store = vec![report("a", "2018-01-06", Weapon::Drone)];
        merge(&mut store, vec![report("d", "2018-01-09", Weapon::Drone)]);
        assert_eq!(store.len(), 2);
    }

    #[test]
    fn an_undated_report_that_fits_two_attacks_on_its_base_stays_apart() {
        let first = report("a", "2021-02-15", Weapon::Rocket);
        let mut second = report("c", "2021-04-14", Weapon::Rocket);
        second.id = "c#1".into();
        let mut undated = report("b", "2021-02-15", Weapon::Rocket);
        (undated.date, undated.date_precision) = (None, None);
        let mut store = vec![first.clone(), second];
        merge(&mut store, vec![undated.clone()]);
        assert_eq!(store.len(), 3);
        // With only one attack on the base it joins it.
        let mut store = vec![first];
        merge(&mut store, vec![undated]);
        assert_eq!(store.len(), 1);
    }

    #[test]
    fn an_undated_report_with_the_same_dead_joins_though_wounded_and_place_are_told_otherwise() {
        let mut dated = report("a", "2021-02-15", Weapon::Rocket);
        (dated.killed, dated.injured, dated.count_min, dated.count_max) = (Some(1), Some(6), Some(3), Some(3));
        // Another outlet, no date: the province only, the same dead, more rockets, fewer wounded.
        let mut province = report("b", "2021-02-15", Weapon::Rocket);
        (province.date, province.date_precision) = (None, None);
        (province.place, province.geo_precision, province.location) =
            (Some("Erbil Governorate".into()), Some(GeoPrecision::Region), Some(LatLon::new(36.3, 44.2)));
        (province.killed, province.injured, province.count_min, province.count_max) =
            (Some(1), Some(4), Some(14), Some(14));
        assert!(same_event(&dated, &province));
        // Other dead, or none told, and a province is too coarse to tie anything.
        let mut other_dead = province.clone();
        other_dead.killed = Some(2);
        assert!(!same_event(&dated, &other_dead));
        let mut no_dead = province.clone();
        no_dead.killed = None;
        assert!(!same_event(&dated, &no_dead));
        // Nobody killed is no tie either.
        let (mut calm, mut calm_province) = (dated.clone(), province.clone());
        (calm.killed, calm_province.killed) = (Some(0), Some(0));
        assert!(!same_event(&calm, &calm_province));
        // A drone attack with the same dead is another attack.
        province.weapon = Weapon::Drone;
        assert!(!same_event(&dated, &province));
    }

    #[test]
    fn an_undated_report_of_a_grown_toll_joins_the_attack_on_its_town() {
        let mut day_one = report("a", "2024-11-20", Weapon::Airstrike);
        (day_one.place, day_one.geo_precision) = (Some("Palmyra".into()), Some(GeoPrecision::Town));
        (day_one.killed, day_one.injured) = (Some(4), Some(6));
        // A later page, no date: the dead and the wounded counted since.
        let mut later = told_by("b", &day_one);
        (later.date, later.date_precision, later.killed, later.injured) = (None, None, Some(71), Some(51));
        assert!(same_event(&day_one, &later));
        // Nobody killed on one side and some on the other: two attacks.
        let mut calm = later.clone();
        (calm.killed, calm.injured) = (Some(0), Some(0));
        assert!(!same_event(&day_one, &calm));
        // Another weapon: another attack.
        later.weapon = Weapon::Rocket;
        assert!(!same_event(&day_one, &later));
    }

    #[test]
    fn two_undated_reports_of_one_towns_sites_join_on_the_same_dead_and_weapon() {
        let undated = |id: &str, place: &str, at: LatLon, weapon: Weapon, killed: Option<u32>| {
            let mut r = report(id, "2024-01-16", weapon);
            (r.date, r.date_precision, r.killed) = (None, None, killed);
            (r.place, r.location) = (Some(place.into()), Some(at));
            r
        };
        let consulate = LatLon { lat: 36.2330, lon: 44.0020 };
        let city = LatLon { lat: 36.1912, lon: 44.0092 };
        let far = LatLon { lat: 36.8667, lon: 42.9833 };
        let a = undated("a", "US consulate", consulate, Weapon::Missile, Some(4));
        assert!(same_event(&a, &undated("b", "Erbil", city, Weapon::Missile, Some(4))));
        assert!(!same_event(&a, &undated("b", "Erbil", city, Weapon::Missile, Some(2))), "other dead");
        assert!(!same_event(&a, &undated("b", "Erbil", city, Weapon::Unknown, Some(4))), "no weapon told");
        assert!(!same_event(&a, &undated("b", "Duhok", far, Weapon::Missile, Some(4))), "another town");
    }

    #[test]
    fn an_attack_told_by_its_month_joins_only_a_days_attack_with_the_same_dead() {
        let with = |id: &str, precision: DatePrecision, killed: Option<u32>, injured: Option<u32>| {
            let mut r = report(id, "2025-02-01", Weapon::Ied);
            (r.date_precision, r.killed, r.injured) = (Some(precision), killed, injured);
            r
        };
        let saturday = with("a", DatePrecision::Day, Some(4), Some(9));
        assert!(!same_event(&saturday, &with("b", DatePrecision::Month, Some(7), Some(14))), "other dead");
        assert!(same_event(&saturday, &with("b", DatePrecision::Month, Some(4), Some(1))), "some of the wounded");
        assert!(same_event(&saturday, &with("b", DatePrecision::Month, None, None)), "no figure told");
    }

    #[test]
    fn two_undated_reports_of_a_base_and_its_town_join_on_the_same_claimant() {
        let undated = |id: &str, place: &str, at: LatLon, claimant: Option<&str>, killed: Option<u32>| {
            let mut r = report(id, "2022-05-22", Weapon::Drone);
            (r.date, r.date_precision, r.killed) = (None, None, killed);
            (r.place, r.location) = (Some(place.into()), Some(at));
            r.claimed_by_canonical = claimant.map(str::to_string);
            r
        };
        let base = LatLon { lat: 36.4531, lon: 43.3478 };
        let town = LatLon { lat: 36.45, lon: 43.35 };
        let a = undated("a", "Zelikan base", base, Some("Ahrar Sinjar"), None);
        assert!(same_event(&a, &undated("b", "Bashiqa", town, Some("Ahrar Sinjar"), Some(3))));
        assert!(!same_event(&a, &undated("b", "Bashiqa", town, None, Some(3))), "no claimant told");
        assert!(!same_event(&a, &undated("b", "Bashiqa", town, Some("Kataib Hezbollah"), None)), "another group");
        let b = undated("b", "Bashiqa", town, Some("Ahrar Sinjar"), Some(3));
        assert!(!same_event(&b, &undated("c", "Bashiqa", town, Some("Ahrar Sinjar"), Some(9))), "other dead");
    }

    #[test]
    fn two_undated_reports_join_only_on_the_same_dead_at_the_same_place() {
        let undated = |id: &str, killed: Option<u32>, injured: Option<u32>| {
            let mut r = report(id, "2024-01-28", Weapon::Drone);
            (r.date, r.date_precision, r.killed, r.injured) = (None, None, killed, injured);
            r
        };
        // Three dead in both; the wounded grew between the reports.
        assert!(same_event(&undated("a", Some(3), Some(28)), &undated("b", Some(3), Some(34))));
        assert!(!same_event(&undated("a", Some(3), None), &undated("b", Some(2), None)));
        // Nobody killed, or the dead not told: nothing ties two attacks on one base.
        assert!(!same_event(&undated("a", Some(0), Some(0)), &undated("b", Some(0), Some(0))));
        assert!(!same_event(&undated("a", None, Some(5)), &undated("b", None, Some(5))));
        let mut rockets = undated("b", Some(3), None);
        rockets.weapon = Weapon::Rocket;
        assert!(!same_event(&undated("a", Some(3), None), &rockets));
        // One outlet names no weapon: the same dead at the same base still tie them.
        let mut untold = undated("b", Some(3), None);
        untold.weapon = Weapon::Unknown;
        assert!(same_event(&undated("a", Some(3), None), &untold));
    }

    #[test]
    fn region_incident_is_replaced_by_site() {
        let mut inc = report("a", "2021-02-15", Weapon::Rocket);
        inc.geo_precision = Some(GeoPrecision::Region);
        inc.place = Some("Erbil Governorate".into());
        inc.location = Some(LatLon::new(36.3, 44.0));
        let site = report("b", "2021-02-15", Weapon::Rocket);
        absorb(&mut inc, site);
        assert_eq!(inc.geo_precision, Some(GeoPrecision::Site));
        assert_eq!(inc.location, Some(ERBIL_AIRPORT));
        assert_eq!(inc.sources, vec!["a", "b"]);
        assert_eq!(inc.reports, 2);
    }
}
