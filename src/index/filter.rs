//! Which incidents a query keeps: a time window and weapons.

use chrono::{Datelike, NaiveDate};

use crate::model::{DatePrecision, Incident, Weapon};

/// Keeps incidents in a time window (inclusive) with one of the given weapons (any when empty).
///
/// A month- or year-precise date stands for its whole period, which counts when it overlaps the
/// window; an undated incident never passes a time window.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub weapons: Vec<Weapon>,
}

impl Filter {
    pub fn matches(&self, incident: &Incident) -> bool {
        if !self.weapons.is_empty() && !self.weapons.contains(&incident.weapon) {
            return false;
        }
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        let Some((first, last)) = period(incident) else { return false };
        self.since.is_none_or(|s| last >= s) && self.until.is_none_or(|u| first <= u)
    }
}

/// The first and last day an incident's date may stand for.
fn period(incident: &Incident) -> Option<(NaiveDate, NaiveDate)> {
    let d = incident.date?;
    let last = match incident.date_precision.unwrap_or(DatePrecision::Day) {
        DatePrecision::Day => d,
        DatePrecision::Month => {
            let (y, m) = if d.month() == 12 { (d.year() + 1, 1) } else { (d.year(), d.month() + 1) };
            NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()?
        }
        DatePrecision::Year => NaiveDate::from_ymd_opt(d.year(), 12, 31)?,
    };
    Some((d, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(y: i32, m: u32, d: u32, p: DatePrecision) -> Incident {
        Incident { date: NaiveDate::from_ymd_opt(y, m, d), date_precision: Some(p), ..Default::default() }
    }

    fn day(s: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn coarse_dates_count_when_their_period_overlaps() {
        let f = Filter { since: day("2021-02-10"), until: day("2021-02-20"), weapons: vec![] };
        assert!(f.matches(&on(2021, 2, 15, DatePrecision::Day)));
        assert!(!f.matches(&on(2021, 2, 21, DatePrecision::Day)));
        assert!(f.matches(&on(2021, 2, 1, DatePrecision::Month)));
        assert!(f.matches(&on(2021, 1, 1, DatePrecision::Year)));
        assert!(!f.matches(&on(2021, 1, 1, DatePrecision::Month)));
        assert!(!f.matches(&Incident::default()), "undated never passes a window");
        assert!(Filter::default().matches(&Incident::default()));
    }

    #[test]
    fn december_month_ends_on_the_31st() {
        assert_eq!(period(&on(2020, 12, 1, DatePrecision::Month)).unwrap().1, day("2020-12-31").unwrap());
        assert_eq!(period(&on(2024, 2, 1, DatePrecision::Month)).unwrap().1, day("2024-02-29").unwrap());
    }

    #[test]
    fn weapons_filter() {
        let f = Filter { weapons: vec![Weapon::Drone, Weapon::Rocket], ..Default::default() };
        assert!(f.matches(&Incident { weapon: Weapon::Drone, ..Default::default() }));
        assert!(!f.matches(&Incident { weapon: Weapon::Mortar, ..Default::default() }));
    }
}
