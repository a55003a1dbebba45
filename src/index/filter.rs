//! Which incidents a query keeps: a time window, weapons, countries, roles and attackers. Every
//! command (queries, export, render) filters through this one type.

use chrono::NaiveDate;

use crate::model::{DatePrecision, Incident, Role, Weapon};

/// Keeps incidents in a time window (inclusive) with one of the given weapons, countries, roles
/// and attackers (any, for each list left empty).
///
/// A month- or year-precise date stands for its whole period ([`DatePrecision::period`]), which
/// counts when it overlaps the window; an undated incident never passes a time window. Countries
/// are ISO codes, compared without case; an attacker matches when its name (or the claimant's
/// listed name) contains the given words, without case.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub weapons: Vec<Weapon>,
    pub countries: Vec<String>,
    pub roles: Vec<Role>,
    pub attackers: Vec<String>,
}

impl Filter {
    pub fn matches(&self, incident: &Incident) -> bool {
        if !self.weapons.is_empty() && !self.weapons.contains(&incident.weapon) {
            return false;
        }
        if !self.roles.is_empty() && !self.roles.contains(&incident.role) {
            return false;
        }
        if !self.countries.is_empty()
            && !incident.country.as_deref().is_some_and(|c| self.countries.iter().any(|w| w.eq_ignore_ascii_case(c)))
        {
            return false;
        }
        if !self.attackers.is_empty() {
            let names = [incident.attacker.as_deref(), incident.claimed_by_canonical.as_deref()];
            let hit = self.attackers.iter().any(|want| {
                let want = want.to_lowercase();
                names.iter().flatten().any(|n| n.to_lowercase().contains(&want))
            });
            if !hit {
                return false;
            }
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
    Some(incident.date_precision.unwrap_or(DatePrecision::Day).period(d))
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
        let f = Filter { since: day("2021-02-10"), until: day("2021-02-20"), ..Default::default() };
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

    #[test]
    fn country_role_and_attacker_filters() {
        let i = Incident {
            country: Some("IQ".into()),
            role: Role::Background,
            attacker: Some("Islamic Resistance in Iraq".into()),
            ..Default::default()
        };
        assert!(Filter { countries: vec!["iq".into()], ..Default::default() }.matches(&i));
        assert!(!Filter { countries: vec!["SY".into()], ..Default::default() }.matches(&i));
        assert!(Filter { roles: vec![Role::Background], ..Default::default() }.matches(&i));
        assert!(!Filter { roles: vec![Role::Main], ..Default::default() }.matches(&i));
        assert!(Filter { attackers: vec!["islamic resistance".into()], ..Default::default() }.matches(&i));
        assert!(!Filter { attackers: vec!["Turkey".into()], ..Default::default() }.matches(&i));
    }
}
