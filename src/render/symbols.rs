//! Map symbology: one shape and colour per weapon, marker size by casualties.
//!
//! Colours follow the Okabe-Ito palette where it has room (distinct for colour-blind readers);
//! the shape alone also tells weapons apart, for print in grey.

use plotters::style::RGBAColor;

use super::MapIncident;
use super::canvas::{Px, rgb};
use crate::model::Weapon;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    Circle,
    Triangle,
    TriangleDown,
    Diamond,
    Square,
    Star,
    Hexagon,
    Cross,
}

#[derive(Clone, Copy, Debug)]
pub struct WeaponStyle {
    pub color: RGBAColor,
    pub shape: Shape,
}

pub fn weapon_style(w: Weapon) -> WeaponStyle {
    let (hex, shape) = match w {
        Weapon::Rocket => (0xd7301f, Shape::Triangle),
        Weapon::Missile => (0x7a0177, Shape::Diamond),
        Weapon::Drone => (0xe69f00, Shape::TriangleDown),
        Weapon::Mortar => (0x8c510a, Shape::Square),
        Weapon::Airstrike => (0x0072b2, Shape::Star),
        Weapon::Artillery => (0x4d7f17, Shape::Hexagon),
        Weapon::Ied => (0xcc79a7, Shape::Cross),
        Weapon::Unknown => (0x6e6e6e, Shape::Circle),
    };
    WeaponStyle { color: rgb(hex), shape }
}

/// Killed plus injured, counting unknown as none.
pub(super) fn casualties(i: &MapIncident) -> u32 {
    crate::model::casualties(i.killed, i.injured)
}

/// Marker radius in output pixels at symbol scale `k`: the area grows with the casualty count.
pub fn marker_radius(casualties: u32, k: f64) -> f64 {
    (5.5 + 1.5 * (casualties as f64).sqrt()).min(18.0) * k
}

/// The outline of `shape` centred on `c`, sized to look as heavy as a circle of radius `r`.
pub fn outline(shape: Shape, (cx, cy): Px, r: f64) -> Vec<Px> {
    let regular = |n: usize, radius: f64, start_deg: f64| -> Vec<Px> {
        (0..n)
            .map(|i| {
                let a = (start_deg + 360.0 * i as f64 / n as f64).to_radians();
                (cx + radius * a.cos(), cy + radius * a.sin())
            })
            .collect()
    };
    match shape {
        Shape::Circle => regular(24, r, 0.0),
        // Screen y grows downwards: -90° points up.
        Shape::Triangle => regular(3, r * 1.35, -90.0).into_iter().map(|(x, y)| (x, y + r * 0.2)).collect(),
        Shape::TriangleDown => regular(3, r * 1.35, 90.0).into_iter().map(|(x, y)| (x, y - r * 0.2)).collect(),
        Shape::Diamond => regular(4, r * 1.3, -90.0),
        Shape::Square => regular(4, r * 1.2, -45.0),
        Shape::Hexagon => regular(6, r * 1.08, 0.0),
        Shape::Star => (0..10)
            .map(|i| {
                let a = (-90.0 + 36.0 * i as f64).to_radians();
                let rad = if i % 2 == 0 { r * 1.45 } else { r * 0.62 };
                (cx + rad * a.cos(), cy + rad * a.sin())
            })
            .collect(),
        Shape::Cross => {
            // A plus sign with arms a third as wide as the whole, rotated 45°.
            let (a, b) = (r * 1.2, r * 0.42);
            let arm = [
                (-b, -a),
                (b, -a),
                (b, -b),
                (a, -b),
                (a, b),
                (b, b),
                (b, a),
                (-b, a),
                (-b, b),
                (-a, b),
                (-a, -b),
                (-b, -b),
            ];
            let s = std::f64::consts::FRAC_1_SQRT_2;
            arm.iter().map(|(x, y)| (cx + (x - y) * s, cy + (x + y) * s)).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_weapon_has_its_own_shape_and_colour() {
        for (i, a) in Weapon::ALL.iter().enumerate() {
            for b in &Weapon::ALL[i + 1..] {
                let (sa, sb) = (weapon_style(*a), weapon_style(*b));
                assert_ne!(sa.shape, sb.shape, "{a} and {b}");
                assert_ne!(sa.color, sb.color, "{a} and {b}");
            }
        }
    }

    #[test]
    fn more_casualties_never_make_a_smaller_marker() {
        let sizes: Vec<f64> = [0, 1, 5, 20, 100, 10_000].iter().map(|c| marker_radius(*c, 1.0)).collect();
        assert!(sizes.windows(2).all(|w| w[0] <= w[1]), "{sizes:?}");
        assert!(sizes[0] >= 5.0 && *sizes.last().unwrap() <= 18.0);
    }

    #[test]
    fn outlines_surround_their_centre() {
        for w in Weapon::ALL {
            let pts = outline(weapon_style(w).shape, (50.0, 50.0), 10.0);
            // The centre is inside: crossing count of a ray to the right is odd.
            let crossings = pts
                .iter()
                .zip(pts.iter().cycle().skip(1))
                .filter(|(a, b)| (a.1 > 50.0) != (b.1 > 50.0) && 50.0 < a.0 + (50.0 - a.1) * (b.0 - a.0) / (b.1 - a.1))
                .count();
            assert_eq!(crossings % 2, 1, "{w}");
        }
    }
}
