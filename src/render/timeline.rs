//! The timeline: attacks per day, week or month (chosen by the span of the data) stacked by weapon,
//! killed and injured in a second panel on the same time axis, the largest events labelled. It is
//! drawn on the maps' canvas with their embedded font, palette, heading and casualty wording, and
//! written as PNG or SVG the same way.
//!
//! Only what is known is placed: an incident with no date has no place on a time axis and is
//! counted in the subtitle ("2 undated, not shown"), one dated only to the year likewise; one dated
//! to the month goes in the bin of its month's first day (drawn paler when bins are days or weeks).
//! A casualty figure no report gives is not summed as none: the panel says for how many incidents
//! there is none and marks their bins.

use std::collections::HashSet;
use std::path::Path;
use std::str::FromStr;

use anyhow::{Result, bail};
use chrono::{Datelike, Days, Months, NaiveDate};
use plotters::style::RGBAColor;

use super::canvas::{Align, CAP_HEIGHT, Canvas, Font, Px, rgb, rgba};
use super::labels::km_text;
use super::layout::{self, Placer};
use super::palette::{GRID, INJURED, INK, KILLED, MUTED, PAGE};
use super::panel::{date_text, draw_heading, range_text, subtitle_font, toll_text};
use super::projection::Rect;
use super::symbols::{casualties, weapon_style};
use super::{Fetch, Focus, MapIncident};
use crate::geodesy;
use crate::index::Filter;
use crate::model::{DatePrecision, Incident, Weapon};

/// How long one bar of the timeline is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinSize {
    Day,
    /// Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
}

/// More bins than this would be bars thinner than a pixel on any page.
const MAX_BINS: usize = 5000;

impl BinSize {
    /// By the span of the axis: up to two months by day, up to two years by week, beyond by month.
    pub fn for_span(first: NaiveDate, last: NaiveDate) -> BinSize {
        let days = (last - first).num_days();
        if days <= 62 {
            BinSize::Day
        } else if days <= 731 {
            BinSize::Week
        } else {
            BinSize::Month
        }
    }

    /// The first day of the bin that holds `d`.
    pub fn start(self, d: NaiveDate) -> NaiveDate {
        match self {
            BinSize::Day => d,
            BinSize::Week => d - Days::new(d.weekday().num_days_from_monday() as u64),
            BinSize::Month => d.with_day(1).expect("every month has a first day"),
        }
    }

    /// The first day of the bin after the one starting on `start`.
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            BinSize::Day => start + Days::new(1),
            BinSize::Week => start + Days::new(7),
            BinSize::Month => start + Months::new(1),
        }
    }

    /// How many bins after the one starting on `origin` the bin holding `d` is.
    fn index(self, origin: NaiveDate, d: NaiveDate) -> usize {
        let n = match self {
            BinSize::Day => (d - origin).num_days(),
            BinSize::Week => (self.start(d) - origin).num_days() / 7,
            BinSize::Month => (d.year() - origin.year()) as i64 * 12 + d.month() as i64 - origin.month() as i64,
        };
        n.max(0) as usize
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BinSize::Day => "day",
            BinSize::Week => "week",
            BinSize::Month => "month",
        }
    }
}

impl FromStr for BinSize {
    type Err = String;

    fn from_str(s: &str) -> Result<BinSize, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "day" | "days" | "daily" => Ok(BinSize::Day),
            "week" | "weeks" | "weekly" => Ok(BinSize::Week),
            "month" | "months" | "monthly" => Ok(BinSize::Month),
            _ => Err(format!("{s:?} is not a bin size; use day, week or month")),
        }
    }
}

/// What the timeline counts and how large it is drawn.
#[derive(Clone, Debug)]
pub struct TimelineOptions {
    pub width: u32,
    pub height: u32,
    /// Scales text and lines: 96 draws them at their nominal pixel sizes.
    pub dpi: f64,
    /// Defaults to "Reported attacks per month" (or "... within N km of PLACE, per week").
    pub title: Option<String>,
    /// Which incidents count, as every query reads them; its `since` and `until` also bound the axis.
    pub filter: Filter,
    /// Only incidents within this circle (`--around PLACE --km N`), named in the title.
    pub focus: Option<Focus>,
    /// The bin length; chosen by the span of the axis when `None`.
    pub bin: Option<BinSize>,
    /// How many of the largest events get a label.
    pub annotate: usize,
    /// SVG text as glyph outlines.
    pub svg_text_as_paths: bool,
}

impl Default for TimelineOptions {
    fn default() -> Self {
        TimelineOptions {
            width: 1600,
            height: 900,
            dpi: 96.0,
            title: None,
            filter: Filter::default(),
            focus: None,
            bin: None,
            annotate: 3,
            svg_text_as_paths: false,
        }
    }
}

/// One bar: the attacks it holds by weapon and the casualties stated for them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimeBin {
    /// Its first and last day.
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// Attacks by weapon, in [`Weapon::ALL`] order.
    pub attacks: [usize; 8],
    /// Of those, the ones dated only to the month (placed at its first day), by weapon.
    pub month_only: [usize; 8],
    /// The sums of the figures stated; an incident with none adds nothing and is counted below.
    pub killed: u32,
    pub injured: u32,
    pub killed_unknown: usize,
    pub injured_unknown: usize,
}

impl TimeBin {
    pub fn total(&self) -> usize {
        self.attacks.iter().sum()
    }

    pub fn count(&self, w: Weapon) -> usize {
        self.attacks[weapon_index(w)]
    }

    /// Incidents in the bin with no stated killed or no stated injured figure.
    fn unknown(&self) -> usize {
        self.killed_unknown.max(self.injured_unknown)
    }
}

/// What a rendered timeline shows, for callers and tests to check against the drawing.
#[derive(Clone, Debug)]
pub struct RenderedTimeline {
    pub bin: BinSize,
    pub bins: Vec<TimeBin>,
    /// Incidents placed in a bin.
    pub shown: usize,
    /// Incidents the filters keep that have no date: counted, not drawn.
    pub undated: usize,
    /// Incidents in the window dated only to the year: counted, not drawn.
    pub year_only: usize,
    /// Placed incidents dated only to the month.
    pub month_only: usize,
    pub title: String,
    /// The subtitle, line by line.
    pub subtitle: Vec<String>,
    /// What the casualty panel says of the figures it sums and those it lacks.
    pub casualty_note: String,
    /// The labels of the largest events, largest first, their lines joined with " / ".
    pub annotations: Vec<String>,
}

fn weapon_index(w: Weapon) -> usize {
    Weapon::ALL.iter().position(|x| *x == w).expect("ALL lists every weapon")
}

/// What the timeline does with an incident.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fate {
    Placed,
    Undated,
    YearOnly,
    Left,
}

/// Sorts incidents by [`Fate`]: the filters without their window first (so an undated incident
/// the other filters keep is counted), then the window, by the one rule of every query.
struct Sorter<'a> {
    untimed: Filter,
    window: Filter,
    focus: Option<&'a Focus>,
}

impl<'a> Sorter<'a> {
    fn new(opts: &'a TimelineOptions) -> Sorter<'a> {
        let f = &opts.filter;
        Sorter {
            untimed: Filter { since: None, until: None, ..f.clone() },
            window: Filter { since: f.since, until: f.until, ..Default::default() },
            focus: opts.focus.as_ref(),
        }
    }

    fn fate(&self, i: &Incident) -> Fate {
        if !self.untimed.matches(i) {
            return Fate::Left;
        }
        if let Some(f) = self.focus
            && !i.location.is_some_and(|l| l.is_valid() && geodesy::distance_km(f.at, l) <= f.km)
        {
            return Fate::Left;
        }
        if i.date.is_none() {
            return Fate::Undated;
        }
        if !self.window.matches(i) {
            return Fate::Left;
        }
        match i.date_precision {
            Some(DatePrecision::Year) => Fate::YearOnly,
            _ => Fate::Placed,
        }
    }
}

/// The incidents a timeline places, and the counts of those it cannot.
#[derive(Default)]
struct Selection {
    marks: Vec<MapIncident>,
    undated: usize,
    year_only: usize,
}

impl Selection {
    fn add(&mut self, sorter: &Sorter, pos: usize, i: &Incident) {
        match sorter.fate(i) {
            Fate::Placed => self.marks.push(MapIncident::of(pos, i)),
            Fate::Undated => self.undated += 1,
            Fate::YearOnly => self.year_only += 1,
            Fate::Left => {}
        }
    }
}

/// Draws the timeline of `incidents` to `out` (PNG or SVG, by extension), atomically.
pub fn render_timeline(incidents: &[Incident], opts: &TimelineOptions, out: &Path) -> Result<RenderedTimeline> {
    let sorter = Sorter::new(opts);
    let mut sel = Selection::default();
    for (n, i) in incidents.iter().enumerate() {
        sel.add(&sorter, n, i);
    }
    let mut fetch = |positions: &[usize]| Ok(positions.iter().map(|&n| incidents[n].clone()).collect());
    super::draw_to(out, (opts.width, opts.height), opts.dpi, opts.svg_text_as_paths, |cv| {
        draw(cv, &sel, &mut fetch, opts)
    })
}

/// Draws the timeline of a store file, read as a stream (a small record per incident kept, the
/// labelled ones fetched in full afterwards), like [`super::render_store`].
pub fn timeline_store(store: &Path, opts: &TimelineOptions, out: &Path) -> Result<RenderedTimeline> {
    let sorter = Sorter::new(opts);
    let mut sel = Selection::default();
    let mut n = 0;
    crate::store::for_each(store, |i| {
        sel.add(&sorter, n, &i);
        n += 1;
        Ok(())
    })?;
    sel.marks.shrink_to_fit();
    let mut fetch = super::store_fetch(store);
    super::draw_to(out, (opts.width, opts.height), opts.dpi, opts.svg_text_as_paths, |cv| {
        draw(cv, &sel, &mut fetch, opts)
    })
}

/// The bins from the window asked for, else from the first to the last placed date, with every
/// placed incident counted in its bin.
fn bin_incidents(marks: &[&MapIncident], opts: &TimelineOptions) -> Result<(BinSize, Vec<TimeBin>, Vec<usize>)> {
    let dates = || marks.iter().filter_map(|i| i.date);
    let span = match (opts.filter.since.or(dates().min()), opts.filter.until.or(dates().max())) {
        (Some(a), Some(b)) => Some((a, b.max(a))),
        (Some(a), None) | (None, Some(a)) => Some((a, a)),
        (None, None) => None,
    };
    let bin = opts.bin.unwrap_or_else(|| span.map_or(BinSize::Week, |(a, b)| BinSize::for_span(a, b)));
    let Some((first, last)) = span else { return Ok((bin, Vec::new(), Vec::new())) };
    let mut bins = Vec::new();
    let mut start = bin.start(first);
    while start <= last {
        if bins.len() == MAX_BINS {
            bail!(
                "{first} to {last} by {} is more than {MAX_BINS} bars; choose a longer --bin or a shorter window",
                bin.as_str()
            );
        }
        let next = bin.next(start);
        bins.push(TimeBin { first: start, last: next.pred_opt().unwrap_or(next), ..Default::default() });
        start = next;
    }
    let origin = bins[0].first;
    let mut placed = Vec::with_capacity(marks.len());
    for i in marks {
        // A month date is its first day; one that starts before the window goes in its first bin.
        let d = i.date.expect("placed incidents are dated").clamp(first, last);
        let b = bin.index(origin, d).min(bins.len() - 1);
        placed.push(b);
        let bar = &mut bins[b];
        let w = weapon_index(i.weapon);
        bar.attacks[w] += 1;
        if i.date_precision == Some(DatePrecision::Month) && bin != BinSize::Month {
            bar.month_only[w] += 1;
        }
        match i.killed {
            Some(v) => bar.killed = bar.killed.saturating_add(v),
            None => bar.killed_unknown += 1,
        }
        match i.injured {
            Some(v) => bar.injured = bar.injured.saturating_add(v),
            None => bar.injured_unknown += 1,
        }
    }
    Ok((bin, bins, placed))
}

/// A label on the attacks panel, pointing at its bar.
struct Note {
    bin: usize,
    head: String,
    body: String,
}

/// The largest events by killed and injured stated (at most `n`, none without a figure); when no
/// event has any, the busiest bars by attacks.
fn notes(
    marks: &[&MapIncident],
    placed: &[usize],
    bins: &[TimeBin],
    bin: BinSize,
    n: usize,
    fetch: &mut Fetch,
) -> Result<Vec<Note>> {
    let mut ranked: Vec<usize> = (0..marks.len()).filter(|&m| casualties(marks[m]) > 0).collect();
    ranked.sort_by_key(|&m| (std::cmp::Reverse(casualties(marks[m])), marks[m].date, marks[m].pos));
    ranked.truncate(n);
    if !ranked.is_empty() {
        let full = fetch(&ranked.iter().map(|&m| marks[m].pos).collect::<Vec<_>>())?;
        return Ok(ranked
            .iter()
            .zip(full)
            .map(|(&m, inc)| {
                let place = inc.place.as_deref().or(inc.place_text.as_deref()).unwrap_or("unknown place");
                Note {
                    bin: placed[m],
                    head: format!("{} · {place}", date_text(inc.date, inc.date_precision)),
                    body: toll_short(inc.killed, inc.injured),
                }
            })
            .collect());
    }
    let mut busiest: Vec<usize> = (0..bins.len()).filter(|&b| bins[b].total() >= 2).collect();
    busiest.sort_by_key(|&b| (std::cmp::Reverse(bins[b].total()), b));
    busiest.truncate(n);
    Ok(busiest
        .into_iter()
        .map(|b| Note { bin: b, head: format!("{} attacks", bins[b].total()), body: period_text(&bins[b], bin) })
        .collect())
}

/// "1 killed, 6 injured", "3 killed, injured not stated".
fn toll_short(killed: Option<u32>, injured: Option<u32>) -> String {
    let part = |v: Option<u32>, what: &str| match v {
        Some(n) => format!("{n} {what}"),
        None => format!("{what} not stated"),
    };
    format!("{}, {}", part(killed, "killed"), part(injured, "injured"))
}

/// "3 Mar 2021", "week of 1 Mar 2021", "Mar 2021".
fn period_text(b: &TimeBin, bin: BinSize) -> String {
    match bin {
        BinSize::Day => b.first.format("%-d %b %Y").to_string(),
        BinSize::Week => format!("week of {}", b.first.format("%-d %b %Y")),
        BinSize::Month => b.first.format("%b %Y").to_string(),
    }
}

/// "12 attacks", "1 attack".
fn attacks_text(n: usize) -> String {
    if n == 1 { "1 attack".into() } else { format!("{n} attacks") }
}

/// A round step (1, 2 or 5 × 10^n, at least 1) giving at most about `ticks` steps up to `max`, and
/// the axis top: a whole number of steps at or above `max`.
fn nice_axis(max: f64, ticks: f64) -> (f64, f64) {
    let raw = (max / ticks).max(1.0);
    let p = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * p).find(|v| *v >= raw).unwrap_or(10.0 * p);
    (step, (max / step).ceil().max(1.0) * step)
}

/// `c` mixed halfway with white: a weapon's colour for attacks dated only to the month.
fn pale(c: RGBAColor) -> RGBAColor {
    let mix = |v: u8| (v as f64 + (255.0 - v as f64) * 0.6).round() as u8;
    RGBAColor(mix(c.0), mix(c.1), mix(c.2), 1.0)
}

fn weapon_name(w: Weapon) -> String {
    if w == Weapon::Ied {
        return "IED".into();
    }
    let s = w.as_str();
    format!("{}{}", s[..1].to_uppercase(), &s[1..])
}

/// A level of labels along the time axis.
#[derive(Clone, Copy, PartialEq)]
enum Level {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Level {
    /// The first day of the period holding `d`.
    fn start(self, d: NaiveDate) -> NaiveDate {
        match self {
            Level::Day => d,
            Level::Week => BinSize::Week.start(d),
            Level::Month => d.with_day(1).expect("day 1"),
            Level::Quarter => NaiveDate::from_ymd_opt(d.year(), (d.month() - 1) / 3 * 3 + 1, 1).expect("valid"),
            Level::Year => NaiveDate::from_ymd_opt(d.year(), 1, 1).expect("valid"),
        }
    }

    fn next(self, d: NaiveDate) -> NaiveDate {
        match self {
            Level::Day => d + Days::new(1),
            Level::Week => d + Days::new(7),
            Level::Month => d + Months::new(1),
            Level::Quarter => d + Months::new(3),
            Level::Year => d + Months::new(12),
        }
    }

    fn label(self, d: NaiveDate) -> String {
        match self {
            Level::Day | Level::Week => d.format("%-d").to_string(),
            Level::Month | Level::Quarter => d.format("%b").to_string(),
            Level::Year => d.format("%Y").to_string(),
        }
    }

    /// The coarser row that names what the finer labels leave out (the month of a day, the year of
    /// a month).
    fn context(self) -> Option<Level> {
        match self {
            Level::Day | Level::Week => Some(Level::Month),
            Level::Month | Level::Quarter => Some(Level::Year),
            Level::Year => None,
        }
    }

    /// Whether a period of this level is one bar.
    fn is_bin(self, bin: BinSize) -> bool {
        matches!(
            (self, bin),
            (Level::Day, BinSize::Day) | (Level::Week, BinSize::Week) | (Level::Month, BinSize::Month)
        )
    }

    fn context_label(self, d: NaiveDate) -> String {
        match self {
            Level::Month => d.format("%b %Y").to_string(),
            _ => d.format("%Y").to_string(),
        }
    }
}

/// The time axis: where a date falls, in pixels.
struct Axis {
    x0: f64,
    bw: f64,
    bin: BinSize,
    origin: NaiveDate,
    bins: usize,
}

impl Axis {
    /// The left edge of `d`'s day (days in a bin share it evenly).
    fn x(&self, d: NaiveDate) -> f64 {
        let end = self.x0 + self.bw * self.bins as f64;
        if d < self.origin {
            return self.x0;
        }
        let i = self.bin.index(self.origin, d);
        if i >= self.bins {
            return end;
        }
        let start = self.bin.start(d);
        let len = (self.bin.next(start) - start).num_days() as f64;
        self.x0 + self.bw * (i as f64 + (d - start).num_days() as f64 / len)
    }

    fn end_date(&self) -> NaiveDate {
        let mut d = self.origin;
        for _ in 0..self.bins {
            d = self.bin.next(d);
        }
        d
    }
}

/// The periods of `level` across the axis: (first day, x of its start, x of its end), clipped.
fn periods(axis: &Axis, level: Level) -> Vec<(NaiveDate, f64, f64)> {
    let mut out = Vec::new();
    if axis.bins == 0 {
        return out;
    }
    let end = axis.end_date();
    let mut d = level.start(axis.origin);
    while d < end {
        let next = level.next(d);
        out.push((d, axis.x(d.max(axis.origin)), axis.x(next.min(end))));
        d = next;
    }
    out
}

/// The geometry of the two panels and the time axis they share.
struct Chart {
    k: f64,
    /// Page margin.
    m: f64,
    /// The attacks panel and the casualties panel (their plotting areas).
    upper: Rect,
    lower: Rect,
    axis: Axis,
    bar_gap: f64,
    /// Axis tops and tick steps: attacks, then casualties.
    a_top: f64,
    a_step: f64,
    c_top: f64,
    c_step: f64,
}

/// A panel's value axis: from 0 at the panel's foot to `top` at its head, ticked every `step`.
struct ValueAxis {
    panel: Rect,
    step: f64,
    top: f64,
}

impl ValueAxis {
    fn y(&self, v: f64) -> f64 {
        self.panel.bottom() - v / self.top * self.panel.h
    }
}

impl Chart {
    /// The attacks panel's axis, then the casualties panel's.
    fn value_axes(&self) -> [ValueAxis; 2] {
        [
            ValueAxis { panel: self.upper, step: self.a_step, top: self.a_top },
            ValueAxis { panel: self.lower, step: self.c_step, top: self.c_top },
        ]
    }

    fn bar_x(&self, i: usize) -> f64 {
        self.axis.x0 + i as f64 * self.axis.bw + self.bar_gap / 2.0
    }

    /// At least a pixel and a half wide, so a day among years still shows.
    fn bar_w(&self) -> f64 {
        (self.axis.bw - self.bar_gap).max(1.5 * self.k)
    }

    /// Bars wide enough to carry a "?" over them.
    fn wide_bars(&self) -> bool {
        self.axis.bw >= 8.0 * self.k
    }

    fn ay(&self, v: f64) -> f64 {
        self.value_axes()[0].y(v)
    }

    fn cy(&self, v: f64) -> f64 {
        self.value_axes()[1].y(v)
    }

    /// The bar of `v` attacks (or casualties) stacked on `base`.
    fn bar(&self, i: usize, base: f64, v: f64, y: impl Fn(f64) -> f64) -> Rect {
        Rect::new(self.bar_x(i), y(base + v), self.bar_w(), y(base) - y(base + v))
    }
}

fn draw(cv: &mut Canvas, sel: &Selection, fetch: &mut Fetch, opts: &TimelineOptions) -> Result<RenderedTimeline> {
    let k = opts.dpi / 96.0;
    let (w, h) = (opts.width as f64, opts.height as f64);
    let marks: Vec<&MapIncident> = sel.marks.iter().collect();
    let (bin, bins, placed) = bin_incidents(&marks, opts)?;
    let month_only = marks.iter().filter(|i| i.date_precision == Some(DatePrecision::Month)).count();
    let notes = notes(&marks, &placed, &bins, bin, opts.annotate, fetch)?;

    // Heading: the title, and the window with its totals and what is not drawn.
    let title = match (&opts.title, &opts.focus) {
        (Some(t), _) => t.clone(),
        (None, Some(f)) => format!("Reported attacks within {} of {}, per {}", km_text(f.km), f.name, bin.as_str()),
        (None, None) => format!("Reported attacks per {}", bin.as_str()),
    };
    let mut parts = vec![range_text(opts.filter.since, opts.filter.until, &marks), attacks_text(marks.len())];
    if !marks.is_empty() {
        parts.push(toll_text(&marks, "killed", |i| i.killed));
        parts.push(toll_text(&marks, "injured", |i| i.injured));
    }
    if sel.undated > 0 {
        parts.push(format!("{} undated, not shown", sel.undated));
    }
    if sel.year_only > 0 {
        parts.push(format!("{} dated only to the year, not shown", sel.year_only));
    }
    let m = 12.0 * k;
    let subtitle = pack(&parts, w - 2.0 * m, |s| cv.text_width(s, subtitle_font(k)));

    // Page areas: the panels on the left, one above the other; the legend on the right.
    let legend_w = (w * 0.17).clamp(200.0 * k, 280.0 * k).min(w * 0.35);
    let x0 = m + 46.0 * k;
    let x1 = (w - legend_w - 2.0 * m).max(x0 + 50.0);
    let top = (57.0 + 18.0 * (subtitle.len().max(1) - 1) as f64 + 40.0) * k;
    let bottom = (h - 64.0 * k).max(top + 60.0 * k);
    let gap = 44.0 * k;
    let upper = Rect::new(x0, top, x1 - x0, ((bottom - top - gap) * 0.62).max(20.0));
    let lower = Rect::new(x0, upper.bottom() + gap, x1 - x0, (bottom - upper.bottom() - gap).max(20.0));
    let bw = upper.w / bins.len().max(1) as f64;
    let origin = bins.first().map_or(NaiveDate::MIN, |b| b.first);
    let max_attacks = bins.iter().map(TimeBin::total).max().unwrap_or(0) as f64;
    // Headroom above the tallest bar for the labels.
    let (a_step, a_top) = nice_axis((max_attacks * if notes.is_empty() { 1.05 } else { 1.4 }).max(1.0), 5.0);
    let max_cas = bins.iter().map(|b| b.killed.saturating_add(b.injured)).max().unwrap_or(0) as f64;
    let (c_step, c_top) = nice_axis((max_cas * 1.12).max(1.0), 4.0);
    let chart = Chart {
        k,
        m,
        upper,
        lower,
        axis: Axis { x0, bw, bin, origin, bins: bins.len() },
        bar_gap: if bw >= 4.0 * k { (bw * 0.18).min(6.0 * k) } else { 0.0 },
        a_top,
        a_step,
        c_top,
        c_step,
    };

    cv.layer("background");
    cv.fill_rect(Rect::new(0.0, 0.0, w, h), rgb(PAGE))?;
    let fine = label_level(cv, &chart);
    cv.layer("grid");
    draw_grid(cv, &chart, fine, !bins.is_empty())?;
    cv.layer("attacks");
    let bar_boxes = draw_attacks(cv, &chart, &bins)?;
    cv.layer("casualties");
    let any_unknown = draw_casualties(cv, &chart, &bins)?;
    cv.layer("axes");
    let casualty_note = casualty_note(&marks, chart.wide_bars());
    let mut attack_note = format!("{}, stacked by weapon", attacks_text(marks.len()));
    if month_only > 0 && bin != BinSize::Month {
        attack_note += &format!("; paler: {month_only} dated only to the month, in the {} of its 1st", bin.as_str());
    }
    let noun = bin.as_str().to_uppercase();
    draw_value_axes(
        cv,
        &chart,
        [(format!("ATTACKS PER {noun}"), &attack_note), (format!("KILLED AND INJURED PER {noun}"), &casualty_note)],
    )?;
    if bins.is_empty() {
        let at = (upper.x + upper.w / 2.0, upper.y + upper.h / 2.0);
        cv.text("No dated incidents to show", at, Font::new(16.0 * k), rgb(MUTED), Align::Center)?;
    } else {
        draw_time_labels(cv, &chart, fine)?;
        if !marks.iter().any(|i| i.killed.is_some() || i.injured.is_some()) {
            let at = (lower.x + lower.w / 2.0, lower.y + lower.h / 2.0);
            cv.text("No killed or injured figure stated", at, Font::new(14.0 * k), rgb(MUTED), Align::Center)?;
        }
    }
    cv.layer("annotations");
    let annotations = draw_notes(cv, &chart, &notes, &bins, &bar_boxes)?;
    cv.layer("title");
    draw_heading(cv, m, w - 2.0 * m, k, &title, &subtitle)?;
    cv.layer("legend");
    let unknown_mark = any_unknown.then_some(chart.wide_bars());
    draw_legend(cv, &bins, Rect::new(x1 + 2.0 * m, upper.y, legend_w, bottom - upper.y), bin, unknown_mark, k)?;

    cv.layer("credit");
    let sources: HashSet<u64> = marks.iter().flat_map(|i| i.sources.iter().copied()).collect();
    let bins_text = match bin {
        BinSize::Day => "days",
        BinSize::Week => "weeks from Monday",
        BinSize::Month => "calendar months",
    };
    let credit = format!(
        "Sources: {} report{}. Bars: {bins_text}. Casualties: the lowest figure reported, summed where stated. \
         Made with incmap.",
        sources.len(),
        if sources.len() == 1 { "" } else { "s" },
    );
    cv.text_fit(&credit, (m, h - 9.0 * k), w - 2.0 * m, Font::new(11.0 * k), rgb(MUTED), Align::Left)?;

    Ok(RenderedTimeline {
        bin,
        shown: marks.len(),
        bins,
        undated: sel.undated,
        year_only: sel.year_only,
        month_only,
        title,
        subtitle,
        casualty_note,
        annotations,
    })
}

fn tick_font(k: f64) -> Font {
    Font::new(11.0 * k)
}

/// The finest level of time labels whose labels fit the bars: days, weeks, months, quarters or years.
fn label_level(cv: &Canvas, chart: &Chart) -> Level {
    let font = tick_font(chart.k);
    let levels: &[Level] = match chart.axis.bin {
        BinSize::Day => &[Level::Day, Level::Week, Level::Month, Level::Quarter, Level::Year],
        BinSize::Week => &[Level::Week, Level::Month, Level::Quarter, Level::Year],
        BinSize::Month => &[Level::Month, Level::Quarter, Level::Year],
    };
    let fits = |level: Level| {
        let ps = periods(&chart.axis, level);
        let widest = ps.iter().map(|(d, _, _)| cv.text_width(&level.label(*d), font)).fold(0.0, f64::max);
        // Periods clipped at the ends of the axis are narrower: the whole ones decide.
        let inner = if ps.len() > 2 { &ps[1..ps.len() - 1] } else { &ps[..] };
        inner.iter().all(|(_, a, b)| b - a >= widest + 14.0 * chart.k)
    };
    levels.iter().copied().find(|l| fits(*l)).unwrap_or(Level::Year)
}

/// Rules at the value ticks, and at each start of the coarser time row (a month, a year).
fn draw_grid(cv: &mut Canvas, chart: &Chart, fine: Level, any: bool) -> Result<()> {
    let k = chart.k;
    for va in chart.value_axes() {
        let mut v = va.step;
        while v <= va.top + 1e-9 {
            cv.polyline(&[(va.panel.x, va.y(v)), (va.panel.right(), va.y(v))], rgb(GRID), 1.0 * k)?;
            v += va.step;
        }
    }
    if let (true, Some(c)) = (any, fine.context()) {
        for (_, a, _) in periods(&chart.axis, c).iter().skip(1) {
            for panel in [chart.upper, chart.lower] {
                cv.polyline(&[(*a, panel.y), (*a, panel.bottom())], rgb(GRID), 1.0 * k)?;
            }
        }
    }
    Ok(())
}

/// The attack bars, stacked by weapon in the legend's order; what is dated only to the month paler.
/// Returns each drawn bar's box.
fn draw_attacks(cv: &mut Canvas, chart: &Chart, bins: &[TimeBin]) -> Result<Vec<Rect>> {
    let k = chart.k;
    let ay = |v| chart.ay(v);
    let mut boxes = Vec::new();
    for (i, b) in bins.iter().enumerate() {
        let mut v = 0.0;
        for (wi, wpn) in Weapon::ALL.iter().enumerate() {
            let color = weapon_style(*wpn).color;
            let exact = (b.attacks[wi] - b.month_only[wi]) as f64;
            for (count, fill) in [(exact, color), (b.month_only[wi] as f64, pale(color))] {
                if count > 0.0 {
                    let r = chart.bar(i, v, count, ay);
                    cv.fill_rect(r, fill)?;
                    if fill != color {
                        cv.stroke_rect(r, color, 1.0 * k)?;
                    }
                    v += count;
                }
            }
        }
        if v > 0.0 {
            // A white rule between stacked attacks, when each is tall enough to be told apart.
            if chart.upper.h / chart.a_top >= 6.0 * k && chart.bar_w() >= 3.0 * k {
                for j in 1..(v as usize) {
                    let y = ay(j as f64);
                    let x = chart.bar_x(i);
                    cv.polyline(&[(x, y), (x + chart.bar_w(), y)], rgba(0xffffff, 0.9), 1.0 * k)?;
                }
            }
            boxes.push(chart.bar(i, 0.0, v, ay));
        }
    }
    Ok(boxes)
}

/// Killed (dark) under injured (light) per bar, the figures stated; "?" over a bar some of whose
/// incidents have no figure. Returns whether any "?" was drawn.
fn draw_casualties(cv: &mut Canvas, chart: &Chart, bins: &[TimeBin]) -> Result<bool> {
    let k = chart.k;
    let cy = |v| chart.cy(v);
    let mut any_unknown = false;
    for (i, b) in bins.iter().enumerate() {
        let (kd, inj) = (b.killed as f64, b.injured as f64);
        if kd > 0.0 {
            cv.fill_rect(chart.bar(i, 0.0, kd, cy), rgb(KILLED))?;
        }
        if inj > 0.0 {
            cv.fill_rect(chart.bar(i, kd, inj, cy), rgb(INJURED))?;
        }
        if b.unknown() > 0 {
            any_unknown = true;
            let x = chart.bar_x(i) + chart.bar_w() / 2.0;
            draw_unknown_mark(cv, (x, cy(kd + inj) - 3.0 * k), chart.wide_bars(), chart.axis.bw, k)?;
        }
    }
    Ok(any_unknown)
}

/// The mark of a bar with incidents of no stated figure, its foot at `at`: "?" over a bar wide
/// enough, else a dot no wider than the bar.
fn draw_unknown_mark(cv: &mut Canvas, (x, y): Px, wide: bool, bw: f64, k: f64) -> Result<()> {
    if wide {
        cv.text("?", (x, y), Font::bold(10.5 * k), rgb(INK), Align::Center)
    } else {
        cv.circle((x, y - 2.0 * k), (bw / 2.0).clamp(1.0, 3.0 * k), rgb(INK))
    }
}

/// Each panel's value axis with its ticks, and its name with a note of what it counts.
fn draw_value_axes(cv: &mut Canvas, chart: &Chart, names: [(String, &String); 2]) -> Result<()> {
    let k = chart.k;
    let font = tick_font(k);
    let panel_font = Font::bold(12.5 * k);
    for (va, (name, note)) in chart.value_axes().into_iter().zip(names) {
        let (panel, step, top, y) = (va.panel, va.step, va.top, |v| va.y(v));
        let corner = [(panel.x, panel.y), (panel.x, panel.bottom()), (panel.right(), panel.bottom())];
        cv.polyline(&corner, rgb(INK), 1.0 * k)?;
        let mut v = 0.0;
        while v <= top + 1e-9 {
            let label = format!("{v:.0}");
            let x = panel.x - 7.0 * k - cv.text_width(&label, font);
            cv.polyline(&[(panel.x - 4.0 * k, y(v)), (panel.x, y(v))], rgb(INK), 1.0 * k)?;
            cv.text(&label, (x, y(v) + CAP_HEIGHT * font.em / 2.0), font, rgb(INK), Align::Left)?;
            v += step;
        }
        let ty = panel.y - 14.0 * k;
        cv.text(&name, (chart.m, ty), panel_font, rgb(INK), Align::Left)?;
        let nx = chart.m + cv.text_width(&name, panel_font) + 12.0 * k;
        cv.text_fit(note, (nx, ty), panel.right() - nx, Font::new(11.0 * k), rgb(MUTED), Align::Left)?;
    }
    Ok(())
}

/// Ticks under both panels, and under the lower one two rows of labels: the finer one (days, weeks,
/// months) and the coarser one naming what it leaves out (months, years).
fn draw_time_labels(cv: &mut Canvas, chart: &Chart, fine: Level) -> Result<()> {
    let k = chart.k;
    let font = tick_font(k);
    let (lower, x0) = (chart.lower, chart.axis.x0);
    let x1 = lower.right();
    let fine_periods = periods(&chart.axis, fine);
    for panel in [chart.upper, lower] {
        for (_, a, _) in &fine_periods {
            cv.polyline(&[(*a, panel.bottom()), (*a, panel.bottom() + 4.0 * k)], rgb(INK), 1.0 * k)?;
        }
    }
    // A period as long as a bar is named under its bar; a longer one beside its first tick.
    let centred = fine.is_bin(chart.axis.bin);
    let ly = lower.bottom() + 16.0 * k;
    let mut right = f64::MIN;
    for (d, a, b) in &fine_periods {
        let label = fine.label(*d);
        let tw = cv.text_width(&label, font);
        let x = if centred { (a + b) / 2.0 - tw / 2.0 } else { a + 2.0 * k };
        let clipped = *d < chart.axis.origin;
        if (clipped && !centred) || x < x0 - 20.0 * k || x + tw > x1 + 20.0 * k || x < right + 4.0 * k {
            continue;
        }
        cv.text(&label, (x, ly), font, rgb(INK), Align::Left)?;
        right = x + tw;
    }
    let Some(c) = fine.context() else { return Ok(()) };
    let bold = Font::bold(11.5 * k);
    let row: Vec<(String, f64)> =
        periods(&chart.axis, c).into_iter().map(|(d, a, _)| (c.context_label(d), a)).collect();
    let mut right = f64::MIN;
    for (n, (label, a)) in row.iter().enumerate() {
        let tw = cv.text_width(label, bold);
        // The period the axis starts in is named at its start unless the next one's name is too close.
        if n == 0 && row.get(1).is_some_and(|(_, next)| *next < a + tw + 14.0 * k) {
            continue;
        }
        if *a < right + 10.0 * k || a + tw > x1 + 40.0 * k {
            continue;
        }
        cv.polyline(&[(*a, lower.bottom()), (*a, lower.bottom() + 24.0 * k)], rgb(INK), 1.0 * k)?;
        cv.text(label, (a + 3.0 * k, ly + 17.0 * k), bold, rgb(INK), Align::Left)?;
        right = a + 3.0 * k + tw;
    }
    Ok(())
}

/// The labels of the largest events: one box per bar (two events of one bar share it), placed above
/// its bar clear of the bars and of each other, with a leader to the bar's top. Returns the labels.
fn draw_notes(cv: &mut Canvas, chart: &Chart, notes: &[Note], bins: &[TimeBin], bars: &[Rect]) -> Result<Vec<String>> {
    let k = chart.k;
    let upper = chart.upper;
    let mut placer = Placer::new(Rect::new(upper.x + 2.0 * k, upper.y, upper.w - 2.0 * k, upper.h - 1.0 * k));
    for r in bars {
        placer.block_symbol(r.inflate(1.0 * k));
    }
    let (head_font, body_font) = (Font::bold(11.5 * k), Font::new(11.0 * k));
    let mut order: Vec<usize> = Vec::new();
    for n in notes {
        if !order.contains(&n.bin) {
            order.push(n.bin);
        }
    }
    let mut out = Vec::new();
    for b in order {
        let events: Vec<&Note> = notes.iter().filter(|n| n.bin == b).collect();
        // Each event: its head wrapped onto at most two lines, then its toll.
        let mut lines: Vec<(String, Font, RGBAColor)> = Vec::new();
        for e in &events {
            for l in layout::wrap(&e.head, 320.0 * k, 2, |s| cv.text_width(s, head_font)) {
                lines.push((l, head_font, rgb(INK)));
            }
            lines.push((e.body.clone(), body_font, rgb(MUTED)));
        }
        let tw = lines.iter().map(|(l, f, _)| cv.text_width(l, *f)).fold(0.0, f64::max);
        let (w, h) = (tw + 10.0 * k, (lines.len() as f64 * 14.0 + 7.0) * k);
        let tip: Px = (chart.bar_x(b) + chart.bar_w() / 2.0, chart.ay(bins[b].total() as f64));
        let mut candidates = Vec::new();
        let mut dy = 10.0 * k;
        while tip.1 - dy - h >= upper.y {
            for dx in [-w / 2.0, 8.0 * k, -w - 8.0 * k, 40.0 * k, -w - 40.0 * k] {
                candidates.push(Rect::new(tip.0 + dx, tip.1 - dy - h, w, h));
            }
            dy += 12.0 * k;
        }
        // Beside the bar when there is no room above it.
        candidates.push(Rect::new(tip.0 + chart.bar_w() / 2.0 + 6.0 * k, tip.1, w, h));
        candidates.push(Rect::new(tip.0 - chart.bar_w() / 2.0 - 6.0 * k - w, tip.1, w, h));
        let Some(r) = placer.place_over_symbols(&candidates) else { continue };
        // The leader runs from the box's nearest point to the bar's top; later boxes keep off it.
        let end = (tip.0.clamp(r.x, r.right()), tip.1.clamp(r.y, r.bottom()));
        let top_of_bar = (tip.0, tip.1 - 1.5 * k);
        if super::canvas::dist(end, top_of_bar) > 2.0 * k {
            cv.polyline(&[end, top_of_bar], rgb(INK), 1.0 * k)?;
            let (lx, ly) = (end.0.min(tip.0), end.1.min(tip.1));
            placer.block(Rect::new(lx - 2.0 * k, ly, (end.0 - tip.0).abs() + 4.0 * k, (end.1 - tip.1).abs()));
        }
        cv.circle(top_of_bar, 2.2 * k, rgb(INK))?;
        cv.fill_rect(r, rgba(0xffffff, 0.92))?;
        cv.stroke_rect(r, rgb(0xb0b0b0), 1.0 * k)?;
        let mut y = r.y + 4.0 * k + CAP_HEIGHT * head_font.em + 1.0 * k;
        for (l, f, c) in &lines {
            cv.text(l, (r.x + 5.0 * k, y), *f, *c, Align::Left)?;
            y += 14.0 * k;
        }
        out.extend(events.iter().map(|e| format!("{} / {}", e.head, e.body)));
    }
    Ok(out)
}

/// "stated figures only; no killed figure for 3 of 12, no injured figure for 5 (? marks their bars)".
fn casualty_note(marks: &[&MapIncident], wide: bool) -> String {
    let n = marks.len();
    let killed = marks.iter().filter(|i| i.killed.is_none()).count();
    let injured = marks.iter().filter(|i| i.injured.is_none()).count();
    let missing = match (killed, injured) {
        (0, 0) => return "every incident has both figures".into(),
        (a, b) if a == b => format!("no killed or injured figure for {a} of {n}"),
        (0, b) => format!("no injured figure for {b} of {n}"),
        (a, 0) => format!("no killed figure for {a} of {n}"),
        (a, b) => format!("no killed figure for {a} of {n}, no injured figure for {b}"),
    };
    format!("stated figures only; {missing} ({} marks their bars)", if wide { "?" } else { "a dot" })
}

/// `parts` joined with " · " into as few lines no wider than `max_w` as they fit; a part is never
/// split.
fn pack(parts: &[String], max_w: f64, width: impl Fn(&str) -> f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for p in parts {
        match lines.last_mut() {
            Some(last) if width(&format!("{last}  ·  {p}")) <= max_w => *last = format!("{last}  ·  {p}"),
            _ => lines.push(p.clone()),
        }
    }
    lines
}

/// `unknown`: whether bars are marked for incidents with no figure, and if so whether with "?"
/// (wide bars) or a dot.
fn draw_legend(cv: &mut Canvas, bins: &[TimeBin], p: Rect, bin: BinSize, unknown: Option<bool>, k: f64) -> Result<()> {
    cv.polyline(&[(p.x - 6.0 * k, p.y - 28.0 * k), (p.x - 6.0 * k, p.bottom())], rgb(0xcccccc), 1.0 * k)?;
    let x = p.x + 4.0 * k;
    let tx = x + 24.0 * k;
    let max_w = p.right() - tx - 4.0 * k;
    let font = Font::new(12.0 * k);
    let mut y = p.y - 14.0 * k;
    cv.text("LEGEND", (x, y), Font::bold(12.5 * k), rgb(INK), Align::Left)?;
    y += 12.0 * k;
    let swatch = |cv: &mut Canvas, y: f64, fill: RGBAColor, edge: Option<RGBAColor>| -> Result<()> {
        let r = Rect::new(x + 2.0 * k, y + 4.0 * k, 13.0 * k, 13.0 * k);
        cv.fill_rect(r, fill)?;
        if let Some(e) = edge {
            cv.stroke_rect(r, e, 1.0 * k)?;
        }
        Ok(())
    };
    let row_text = |cv: &mut Canvas, y: f64, text: &str| {
        cv.text_fit(text, (tx, y + 10.5 * k + CAP_HEIGHT * font.em / 2.0), max_w, font, rgb(INK), Align::Left)
    };
    let mut pale_used = false;
    for (wi, w) in Weapon::ALL.iter().enumerate() {
        let n: usize = bins.iter().map(|b| b.attacks[wi]).sum();
        if n == 0 {
            continue;
        }
        pale_used |= bins.iter().any(|b| b.month_only[wi] > 0);
        swatch(cv, y, weapon_style(*w).color, None)?;
        row_text(cv, y, &format!("{}  ({n})", weapon_name(*w)))?;
        y += 20.0 * k;
    }
    if pale_used {
        let c = weapon_style(Weapon::Rocket).color;
        swatch(cv, y, pale(c), Some(c))?;
        let lines = layout::wrap(
            &format!("Paler: dated only to the month, in the {} of its 1st", bin.as_str()),
            max_w,
            3,
            |s| cv.text_width(s, font),
        );
        for (n, l) in lines.iter().enumerate() {
            cv.text(
                l,
                (tx, y + 10.5 * k + CAP_HEIGHT * font.em / 2.0 + 15.0 * k * n as f64),
                font,
                rgb(INK),
                Align::Left,
            )?;
        }
        y += (20.0 + 15.0 * (lines.len() - 1) as f64) * k;
    }
    y += 10.0 * k;
    swatch(cv, y, rgb(KILLED), None)?;
    row_text(cv, y, "Killed")?;
    y += 20.0 * k;
    swatch(cv, y, rgb(INJURED), None)?;
    row_text(cv, y, "Injured")?;
    y += 20.0 * k;
    if let Some(wide) = unknown {
        draw_unknown_mark(cv, (x + 8.5 * k, y + 10.5 * k + CAP_HEIGHT * 10.5 * k / 2.0), wide, 6.0 * k, k)?;
        let lines =
            layout::wrap("No figure stated for some incidents of the bar", max_w, 2, |s| cv.text_width(s, font));
        for (n, l) in lines.iter().enumerate() {
            cv.text(
                l,
                (tx, y + 10.5 * k + CAP_HEIGHT * font.em / 2.0 + 15.0 * k * n as f64),
                font,
                rgb(INK),
                Align::Left,
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn bins_follow_the_span_and_the_calendar() {
        assert_eq!(BinSize::for_span(d("2021-03-01"), d("2021-04-15")), BinSize::Day);
        assert_eq!(BinSize::for_span(d("2021-01-01"), d("2022-06-30")), BinSize::Week);
        assert_eq!(BinSize::for_span(d("2019-12-27"), d("2024-01-28")), BinSize::Month);
        // 3 March 2021 was a Wednesday.
        assert_eq!(BinSize::Week.start(d("2021-03-03")), d("2021-03-01"));
        assert_eq!(BinSize::Week.start(d("2021-03-07")), d("2021-03-01"));
        assert_eq!(BinSize::Month.next(d("2021-01-01")), d("2021-02-01"));
        assert_eq!(BinSize::Month.index(d("2019-12-01"), d("2021-02-15")), 14);
        assert_eq!(BinSize::Week.index(d("2021-03-01"), d("2021-03-15")), 2);
        assert_eq!("Weekly".parse::<BinSize>(), Ok(BinSize::Week));
        assert!("fortnight".parse::<BinSize>().unwrap_err().contains("day, week or month"));
    }

    #[test]
    fn axes_step_by_round_numbers() {
        assert_eq!(nice_axis(1.0, 5.0), (1.0, 1.0));
        assert_eq!(nice_axis(7.0, 5.0), (2.0, 8.0));
        assert_eq!(nice_axis(42.0, 5.0), (10.0, 50.0));
        assert_eq!(nice_axis(3.3, 5.0), (1.0, 4.0));
    }

    #[test]
    fn subtitle_parts_are_never_split() {
        let w = |s: &str| s.chars().count() as f64;
        let parts: Vec<String> = ["aaaa", "bbbb", "cccc"].map(String::from).to_vec();
        assert_eq!(pack(&parts, 13.0, w), ["aaaa  ·  bbbb", "cccc"]);
        assert_eq!(pack(&parts, 12.0, w), ["aaaa", "bbbb", "cccc"]);
        assert_eq!(pack(&parts, 100.0, w), ["aaaa  ·  bbbb  ·  cccc"]);
    }
}
