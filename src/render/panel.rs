//! The title and the side panel: legend and the numbered list of incidents.

use std::collections::BTreeSet;

use anyhow::Result;

use super::MapIncident;
use super::MapOptions;
use super::canvas::{Align, CAP_HEIGHT, Canvas, Font, rgb, rgba};
use super::compose::Page;
use super::labels::km_text;
use super::layout;
use super::marks::{draw_base, draw_base_frame, draw_launch_site, draw_town};
use super::palette::{INK, MUTED, darker};
use super::projection::Rect;
use super::rings::{Ring, RingKind, ring_look};
use super::symbols::{self, Shape, marker_radius, weapon_style};
use crate::model::{DatePrecision, Incident, Weapon};
use chrono::NaiveDate;

/// Day-precise dates rank above month, month above year.
fn precision_rank(p: Option<DatePrecision>) -> u8 {
    match p {
        Some(DatePrecision::Year) => 0,
        Some(DatePrecision::Month) => 1,
        _ => 2,
    }
}

/// "15 Feb 2021", "Feb 2021" or "2021": only as precise as it is known.
pub(super) fn date_text(date: Option<NaiveDate>, precision: Option<DatePrecision>) -> String {
    match (date, precision) {
        (None, _) => "date unknown".into(),
        (Some(d), Some(DatePrecision::Year)) => d.format("%Y").to_string(),
        (Some(d), Some(DatePrecision::Month)) => d.format("%b %Y").to_string(),
        (Some(d), _) => d.format("%-d %b %Y").to_string(),
    }
}

pub(super) fn draw_title(cv: &mut Canvas, page: &Page, opts: &MapOptions, shown: &[&MapIncident]) -> Result<()> {
    let k = page.k;
    let title = match (&opts.title, &opts.focus) {
        (Some(t), _) => t.clone(),
        (None, Some(f)) => format!("Reported attacks within {} of {}", km_text(f.km), f.name),
        (None, None) => "Reported attacks".to_string(),
    };
    let range = range_text(opts.since, opts.until, shown);
    let mut sub = format!("{range}  ·  {} incident{} on the map", shown.len(), if shown.len() == 1 { "" } else { "s" });
    if !shown.is_empty() {
        sub += &format!(
            "  ·  {}  ·  {}",
            toll_text(shown, "killed", |i| i.killed),
            toll_text(shown, "injured", |i| i.injured)
        );
    }
    let x = page.frame.x;
    draw_heading(cv, x, page.w - 2.0 * x, k, &title, &[sub])?;
    Ok(())
}

/// The heading of a map or timeline: the title in bold, then the subtitle's lines, each cut to
/// `max_w`. Returns the baseline of the last line.
pub(super) fn draw_heading(cv: &mut Canvas, x: f64, max_w: f64, k: f64, title: &str, sub: &[String]) -> Result<f64> {
    let font = Font::bold(24.0 * k);
    cv.text(&layout::fit_text(title, max_w, |s| cv.text_width(s, font)), (x, 34.0 * k), font, rgb(INK), Align::Left)?;
    let font = subtitle_font(k);
    let mut y = 34.0 * k;
    for (n, line) in sub.iter().enumerate() {
        y = (57.0 + 18.0 * n as f64) * k;
        cv.text(&layout::fit_text(line, max_w, |s| cv.text_width(s, font)), (x, y), font, rgb(MUTED), Align::Left)?;
    }
    Ok(y)
}

pub(super) fn subtitle_font(k: f64) -> Font {
    Font::new(14.0 * k)
}

/// The window a title names: the dates asked for, else the first and last incident as precisely as
/// they are dated ("Dec 2019 – 15 Feb 2021").
pub(super) fn range_text(since: Option<NaiveDate>, until: Option<NaiveDate>, shown: &[&MapIncident]) -> String {
    let dated = || shown.iter().filter(|i| i.date.is_some());
    let first = dated()
        .min_by_key(|i| (i.date, std::cmp::Reverse(precision_rank(i.date_precision))))
        .map(|i| date_text(i.date, i.date_precision));
    let last =
        dated().max_by_key(|i| (i.date, precision_rank(i.date_precision))).map(|i| date_text(i.date, i.date_precision));
    let fmt = |d: NaiveDate| d.format("%-d %b %Y").to_string();
    match (since.map(fmt).or(first), until.map(fmt).or(last)) {
        (Some(a), Some(b)) if a == b => a,
        (Some(a), Some(b)) => format!("{a} – {b}"),
        (Some(a), None) => format!("since {a}"),
        (None, Some(b)) => format!("until {b}"),
        (None, None) => "dates unknown".to_string(),
    }
}

/// The sum of the figures known, saying what it leaves out: "killed: 10", "injured: at least 19 (no
/// figure for 9 of 12)", "injured: not stated". An unknown figure is never counted as none.
pub(super) fn toll_text(shown: &[&MapIncident], what: &str, f: impl Fn(&MapIncident) -> Option<u32>) -> String {
    let known: Vec<u32> = shown.iter().filter_map(|i| f(i)).collect();
    let missing = shown.len() - known.len();
    match (known.len(), missing) {
        (0, _) => format!("{what}: not stated"),
        // The store keeps the lowest figure reported: a sum of them is a floor.
        (_, 0) => format!("{what}: {}", known.iter().sum::<u32>()),
        (_, m) => format!("{what}: at least {} (no figure for {m} of {})", known.iter().sum::<u32>(), shown.len()),
    }
}

/// What the legend lists: only what the map shows.
#[derive(Clone, Debug, Default)]
pub(super) struct Legend {
    pub(super) weapons: Vec<(Weapon, usize)>,
    pub(super) casualties: bool,
    pub(super) rings: Vec<RingKind>,
    /// Launch site symbols or arrows.
    pub(super) launch: bool,
    /// Base symbols, and frames of bases with markers on them.
    pub(super) bases: bool,
    pub(super) bases_hit: bool,
    pub(super) capitals: bool,
    pub(super) cities: bool,
    pub(super) focus: bool,
}

impl Legend {
    /// Weapons and rings; the other rows are set by the caller from what is drawn.
    pub(super) fn of(shown: &[&MapIncident], rings: &[Ring]) -> Legend {
        let weapons = Weapon::ALL
            .iter()
            .map(|w| (*w, shown.iter().filter(|i| i.weapon == *w).count()))
            .filter(|(_, n)| *n > 0)
            .collect();
        let kinds: BTreeSet<RingKind> = rings.iter().map(|r| r.kind).collect();
        Legend { weapons, casualties: !shown.is_empty(), rings: kinds.into_iter().collect(), ..Default::default() }
    }

    pub(super) fn height(&self, k: f64) -> f64 {
        let flags = [self.launch, self.bases, self.bases_hit, self.capitals, self.cities, self.focus];
        let rows = self.weapons.len() + self.rings.len() + flags.iter().filter(|b| **b).count();
        (26.0 + 20.0 * rows as f64 + if self.casualties { 74.0 } else { 0.0 }) * k
    }
}

/// `mk` is the marker scale of the map, so the size key matches it.
pub(super) fn draw_legend(cv: &mut Canvas, page: &Page, lg: &Legend, mk: f64) -> Result<f64> {
    let k = page.k;
    let p = page.panel;
    cv.polyline(&[(p.x - 6.0 * k, p.y), (p.x - 6.0 * k, p.bottom())], rgb(0xcccccc), 1.0 * k)?;
    let x = p.x + 4.0 * k;
    let sym = x + 10.0 * k;
    let tx = x + 28.0 * k;
    let max_w = p.right() - tx;
    let font = Font::new(12.0 * k);
    let mut y = p.y + 14.0 * k;
    cv.text("LEGEND", (x, y), Font::bold(12.5 * k), rgb(INK), Align::Left)?;
    y += 12.0 * k;
    let row = |y: f64| y + 10.0 * k;
    for (w, n) in &lg.weapons {
        let st = weapon_style(*w);
        let c = (sym, row(y));
        cv.polygon(&symbols::outline(st.shape, c, 7.5 * k), rgb(0xffffff))?;
        cv.polygon(&symbols::outline(st.shape, c, 6.0 * k), st.color)?;
        let name = format!("{}{}  ({n})", w.as_str()[..1].to_uppercase(), &w.as_str()[1..]);
        let name = if *w == Weapon::Ied { format!("IED  ({n})") } else { name };
        cv.text_fit(&name, (tx, row(y) + CAP_HEIGHT * font.em / 2.0), max_w, font, rgb(INK), Align::Left)?;
        y += 20.0 * k;
    }
    if lg.casualties {
        cv.text("Size: killed + injured", (x, y + 14.0 * k), font, rgb(INK), Align::Left)?;
        let cy = y + 38.0 * k;
        let mut cx = x + 8.0 * k;
        for n in [0u32, 10, 50] {
            let r = marker_radius(n, mk);
            cx += r;
            cv.polygon(&symbols::outline(Shape::Circle, (cx, cy), r), rgb(0xb9b9b9))?;
            cx += r + 4.0 * k;
            let t = n.to_string();
            cv.text(&t, (cx, cy + CAP_HEIGHT * font.em / 2.0), font, rgb(INK), Align::Left)?;
            cx += cv.text_width(&t, font) + 16.0 * k;
        }
        // The smallest symbol is also that of an incident whose toll no report gives.
        let note = "smallest: none or not stated";
        cv.text_fit(note, (x, y + 66.0 * k), p.w - 8.0 * k, Font::new(10.5 * k), rgb(MUTED), Align::Left)?;
        y += 74.0 * k;
    }
    let sample = |y: f64| vec![vec![(sym - 10.0 * k, row(y)), (sym + 10.0 * k, row(y))]];
    let red = weapon_style(Weapon::Rocket).color;
    // Each kind as the map draws it (dash pattern, tint), in grey: the colour is the weapon's.
    for kind in &lg.rings {
        let text = match kind {
            RingKind::Range => "Weapon range from launch site",
            RingKind::PossibleOrigin => "Possible origin: range around target",
            RingKind::LaunchDistance => "Stated launch distance from target",
        };
        let look = ring_look(*kind);
        let grey = rgb(MUTED);
        if look.tint {
            cv.fill_rect(Rect::new(sym - 10.0 * k, row(y) - 6.0 * k, 20.0 * k, 12.0 * k), rgba(MUTED, 0.18))?;
        }
        let dash: Vec<f64> = look.dash.iter().map(|d| d * k).collect();
        cv.lines(&sample(y), if look.darker { darker(grey) } else { grey }, look.width * k, Some(&dash))?;
        cv.text_fit(text, (tx, row(y) + CAP_HEIGHT * font.em / 2.0), max_w, font, rgb(INK), Align::Left)?;
        y += 20.0 * k;
    }
    let item = |cv: &mut Canvas, y: &mut f64, text: &str| -> Result<()> {
        cv.text_fit(text, (tx, row(*y) + CAP_HEIGHT * font.em / 2.0), max_w, font, rgb(INK), Align::Left)?;
        *y += 20.0 * k;
        Ok(())
    };
    if lg.launch {
        draw_launch_site(cv, (sym - 6.0 * k, row(y)), red, k)?;
        cv.polyline(&[(sym - 1.0 * k, row(y)), (sym + 8.0 * k, row(y))], darker(red), 1.6 * k)?;
        let tip = (sym + 12.0 * k, row(y));
        cv.polygon(&[tip, (tip.0 - 7.0 * k, tip.1 - 3.5 * k), (tip.0 - 7.0 * k, tip.1 + 3.5 * k)], darker(red))?;
        item(cv, &mut y, "Launch site and direction of fire")?;
    }
    if lg.bases {
        draw_base(cv, (sym, row(y)), k)?;
        item(cv, &mut y, "Military base")?;
    }
    if lg.bases_hit {
        let c = (sym, row(y));
        cv.polygon(&symbols::outline(Shape::Circle, c, 4.0 * k), rgb(0xb9b9b9))?;
        draw_base_frame(cv, Rect::new(c.0 - 7.0 * k, c.1 - 7.0 * k, 14.0 * k, 14.0 * k), k)?;
        item(cv, &mut y, "Military base with attacks on it")?;
    }
    if lg.capitals {
        draw_town(cv, (sym, row(y)), true, k)?;
        item(cv, &mut y, "Capital")?;
    }
    if lg.cities {
        draw_town(cv, (sym, row(y)), false, k)?;
        item(cv, &mut y, "Town")?;
    }
    if lg.focus {
        cv.dashed(&sample(y), rgb(INK), 1.2 * k, 9.0 * k, 5.0 * k)?;
        item(cv, &mut y, "Search radius")?;
    }
    Ok(y)
}

/// The lines of an incident's row in the list: date and place (bold), then the details, each
/// wrapped onto a second line rather than cut.
pub(super) struct Row {
    head: Vec<String>,
    body: Vec<String>,
}

impl Row {
    /// `lines`: at most this many for each part (1 cuts with an ellipsis, on a cramped panel).
    pub(super) fn of(inc: &Incident, page: &Page, lines: usize) -> Row {
        let k = page.k;
        let max_w = page.panel.w - 42.0 * k;
        let place = inc.place.as_deref().or(inc.place_text.as_deref()).unwrap_or("unknown place");
        let head = format!("{}  ·  {}", date_text(inc.date, inc.date_precision), place);
        let head = layout::wrap(&head, max_w, lines, |s| crate::render::canvas::text_width(s, head_font(k)));
        let body =
            layout::wrap(&detail_text(inc), max_w, lines, |s| crate::render::canvas::text_width(s, body_font(k)));
        Row { head, body }
    }

    pub(super) fn height(&self, k: f64) -> f64 {
        (34.0 + 14.0 * (self.head.len() - 1) as f64 + 13.5 * (self.body.len() - 1) as f64) * k
    }
}

fn head_font(k: f64) -> Font {
    Font::bold(11.5 * k)
}

fn body_font(k: f64) -> Font {
    Font::new(11.0 * k)
}

pub(super) fn draw_list(
    cv: &mut Canvas,
    page: &Page,
    shown: usize,
    listed: &[Incident],
    lines: usize,
    top: f64,
) -> Result<()> {
    let k = page.k;
    let p = page.panel;
    let x = p.x + 4.0 * k;
    let mut y = top + 20.0 * k;
    cv.text("INCIDENTS", (x, y), Font::bold(12.5 * k), rgb(INK), Align::Left)?;
    let note = if listed.len() < shown {
        format!("{} of {shown} listed: most killed and injured first", listed.len())
    } else {
        String::new()
    };
    let small = Font::new(10.5 * k);
    let note_x = x + cv.text_width("INCIDENTS", Font::bold(12.5 * k)) + 8.0 * k;
    cv.text_fit(&note, (note_x, y), p.right() - note_x, small, rgb(MUTED), Align::Left)?;
    y += 8.0 * k;
    let tx = x + 34.0 * k;
    let (head, body) = (head_font(k), body_font(k));
    for (n, inc) in listed.iter().enumerate() {
        let row = Row::of(inc, page, lines);
        let badge = Rect::new(x, y + 4.0 * k, 26.0 * k, 16.0 * k);
        cv.fill_rect(badge, rgb(0xffffff))?;
        cv.stroke_rect(badge, rgb(INK), 1.0 * k)?;
        let num = (n + 1).to_string();
        let by = badge.y + badge.h / 2.0 + CAP_HEIGHT * head.em / 2.0;
        cv.text(&num, (badge.x + badge.w / 2.0, by), head, rgb(INK), Align::Center)?;
        let mut ly = by;
        for line in &row.head {
            cv.text(line, (tx, ly), head, rgb(INK), Align::Left)?;
            ly += 14.0 * k;
        }
        let y2 = ly + 1.0 * k;
        let st = weapon_style(inc.weapon);
        cv.polygon(&symbols::outline(st.shape, (x + 13.0 * k, by + 15.0 * k - 4.0 * k), 4.5 * k), st.color)?;
        for (m, line) in row.body.iter().enumerate() {
            cv.text(line, (tx, y2 + 13.5 * k * m as f64), body, rgb(MUTED), Align::Left)?;
        }
        y += row.height(k);
    }
    Ok(())
}

/// "Rocket ×3 · 1 killed, 6–9 injured · claimed: X".
pub(super) fn detail_text(i: &Incident) -> String {
    let w = i.weapon.as_str();
    let mut weapon =
        if i.weapon == Weapon::Ied { "IED".to_string() } else { format!("{}{}", w[..1].to_uppercase(), &w[1..]) };
    match (i.count_min, i.count_max) {
        (Some(a), Some(b)) if b > a => weapon += &format!(" ×{a}–{b}"),
        (Some(a), _) | (None, Some(a)) => weapon += &format!(" ×{a}"),
        _ => {}
    }
    let span = |lo: Option<u32>, hi: Option<u32>, what: &str| match (lo, hi) {
        (Some(a), Some(b)) if b > a => Some(format!("{a}–{b} {what}")),
        (Some(a), _) => Some(format!("{a} {what}")),
        _ => None,
    };
    // Unknown is not zero: a figure no report gives is "not stated", never "0" or "no casualties".
    let toll = match (span(i.killed, i.killed_max, "killed"), span(i.injured, i.injured_max, "injured")) {
        (None, None) => "casualties not stated".to_string(),
        _ if i.killed == Some(0) && i.injured == Some(0) && i.killed_max.is_none() && i.injured_max.is_none() => {
            "no casualties".to_string()
        }
        (Some(k), None) => format!("{k}, injured: not stated"),
        (None, Some(j)) => format!("{j}, killed: not stated"),
        (Some(k), Some(j)) => format!("{k}, {j}"),
    };
    let mut parts = vec![weapon, toll];
    if let Some(c) = &i.claimed_by {
        parts.push(format!("claimed: {c}"));
    }
    if i.reports > 1 {
        parts.push(format!("{} reports", i.reports));
    }
    parts.join("  ·  ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_read_like_a_briefing_line() {
        let i = Incident {
            weapon: Weapon::Rocket,
            count_min: Some(3),
            count_max: Some(14),
            killed: Some(1),
            injured: Some(6),
            injured_max: Some(9),
            claimed_by: Some("Saraya Awliya al-Dam".into()),
            reports: 2,
            ..Default::default()
        };
        assert_eq!(
            detail_text(&i),
            "Rocket ×3–14  ·  1 killed, 6–9 injured  ·  claimed: Saraya Awliya al-Dam  ·  2 reports"
        );
        assert_eq!(
            detail_text(&Incident { weapon: Weapon::Ied, ..Default::default() }),
            "IED  ·  casualties not stated"
        );
        let some = |killed, injured| detail_text(&Incident { killed, injured, ..Default::default() });
        assert_eq!(some(Some(0), Some(0)), "Unknown  ·  no casualties");
        assert_eq!(some(Some(3), None), "Unknown  ·  3 killed, injured: not stated");
        assert_eq!(some(None, Some(0)), "Unknown  ·  0 injured, killed: not stated");
    }
}
