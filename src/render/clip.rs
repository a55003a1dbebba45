//! Clipping in pixel space, so nothing spills out of the map frame or the locator inset.

use super::canvas::Px;
use super::projection::Rect;

/// A polygon cut to `r` (Sutherland-Hodgman: exact for a rectangular window).
pub fn polygon(pts: &[Px], r: &Rect) -> Vec<Px> {
    type Inside = fn(Px, &Rect) -> bool;
    type Cross = fn(Px, Px, &Rect) -> Px;
    let sides: [(Inside, Cross); 4] = [
        (|p, r| p.0 >= r.x, |a, b, r| at_x(a, b, r.x)),
        (|p, r| p.0 <= r.right(), |a, b, r| at_x(a, b, r.right())),
        (|p, r| p.1 >= r.y, |a, b, r| at_y(a, b, r.y)),
        (|p, r| p.1 <= r.bottom(), |a, b, r| at_y(a, b, r.bottom())),
    ];
    let mut cur: Vec<Px> = pts.to_vec();
    for (inside, cross) in sides {
        if cur.is_empty() {
            break;
        }
        let mut next = Vec::with_capacity(cur.len() + 4);
        for i in 0..cur.len() {
            let (a, b) = (cur[(i + cur.len() - 1) % cur.len()], cur[i]);
            match (inside(a, r), inside(b, r)) {
                (true, true) => next.push(b),
                (true, false) => next.push(cross(a, b, r)),
                (false, true) => {
                    next.push(cross(a, b, r));
                    next.push(b);
                }
                (false, false) => {}
            }
        }
        cur = next;
    }
    cur
}

fn at_x(a: Px, b: Px, x: f64) -> Px {
    let t = (x - a.0) / (b.0 - a.0);
    (x, a.1 + (b.1 - a.1) * t)
}

fn at_y(a: Px, b: Px, y: f64) -> Px {
    let t = (y - a.1) / (b.1 - a.1);
    (a.0 + (b.0 - a.0) * t, y)
}

/// The parts of a polyline inside `r` (Liang-Barsky per segment).
pub fn polyline(pts: &[Px], r: &Rect) -> Vec<Vec<Px>> {
    let mut out = Vec::new();
    let mut cur: Vec<Px> = Vec::new();
    for w in pts.windows(2) {
        match segment(w[0], w[1], r) {
            None => {
                if cur.len() >= 2 {
                    out.push(std::mem::take(&mut cur));
                }
                cur.clear();
            }
            Some((a, b)) => {
                if cur.is_empty() {
                    cur.push(a);
                }
                cur.push(b);
                if b != w[1] {
                    out.push(std::mem::take(&mut cur));
                }
            }
        }
    }
    if cur.len() >= 2 {
        out.push(cur);
    }
    out
}

fn segment(a: Px, b: Px, r: &Rect) -> Option<(Px, Px)> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [(-dx, a.0 - r.x), (dx, r.right() - a.0), (-dy, a.1 - r.y), (dy, r.bottom() - a.1)] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
            continue;
        }
        let t = q / p;
        if p < 0.0 {
            if t > t1 {
                return None;
            }
            t0 = t0.max(t);
        } else {
            if t < t0 {
                return None;
            }
            t1 = t1.min(t);
        }
    }
    let at = |t: f64| {
        if t == 0.0 {
            a
        } else if t == 1.0 {
            b
        } else {
            (a.0 + dx * t, a.1 + dy * t)
        }
    };
    Some((at(t0), at(t1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_square_over_the_corner_is_cut_to_the_window() {
        let r = Rect::new(0.0, 0.0, 10.0, 10.0);
        let cut = polygon(&[(5.0, 5.0), (15.0, 5.0), (15.0, 15.0), (5.0, 15.0)], &r);
        assert_eq!(cut.len(), 4);
        assert!(cut.iter().all(|p| r.contains(*p)));
        assert!(polygon(&[(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)], &r).is_empty());
    }

    #[test]
    fn a_line_leaving_and_coming_back_makes_two_pieces() {
        let r = Rect::new(0.0, 0.0, 10.0, 10.0);
        let parts = polyline(&[(2.0, 5.0), (20.0, 5.0), (20.0, 8.0), (2.0, 8.0)], &r);
        assert_eq!(parts, vec![vec![(2.0, 5.0), (10.0, 5.0)], vec![(10.0, 8.0), (2.0, 8.0)]]);
    }
}
