//! Label placement (greedy, with collision boxes) and the scale bar's round length.

use super::projection::Rect;

/// Taken space on the map: labels, markers and furniture. Labels are placed first come, first served;
/// a label that fits nowhere is dropped, never drawn over another.
pub struct Placer {
    bounds: Rect,
    boxes: Vec<Rect>,
    /// Indices into `boxes`, bucketed by grid cell so a test looks at neighbours only.
    grid: Vec<Vec<usize>>,
    cols: usize,
    rows: usize,
    cell: f64,
}

impl Placer {
    /// Labels must lie wholly inside `bounds`.
    pub fn new(bounds: Rect) -> Placer {
        let cell = 48.0;
        let cols = (bounds.w / cell).ceil().max(1.0) as usize;
        let rows = (bounds.h / cell).ceil().max(1.0) as usize;
        Placer { bounds, boxes: Vec::new(), grid: vec![Vec::new(); cols * rows], cols, rows, cell }
    }

    fn cells(&self, r: &Rect) -> impl Iterator<Item = usize> + use<> {
        let clamp = |v: f64, n: usize| (v.floor().max(0.0) as usize).min(n - 1);
        let (c0, c1) = (
            clamp((r.x - self.bounds.x) / self.cell, self.cols),
            clamp((r.right() - self.bounds.x) / self.cell, self.cols),
        );
        let (r0, r1) = (
            clamp((r.y - self.bounds.y) / self.cell, self.rows),
            clamp((r.bottom() - self.bounds.y) / self.cell, self.rows),
        );
        let cols = self.cols;
        (r0..=r1).flat_map(move |row| (c0..=c1).map(move |col| row * cols + col))
    }

    /// Marks `r` as taken, whether or not it overlaps anything.
    pub fn block(&mut self, r: Rect) {
        let i = self.boxes.len();
        self.boxes.push(r);
        for c in self.cells(&r).collect::<Vec<_>>() {
            self.grid[c].push(i);
        }
    }

    pub fn is_free(&self, r: &Rect) -> bool {
        self.bounds.contains_rect(r) && self.cells(r).all(|c| self.grid[c].iter().all(|&i| !self.boxes[i].overlaps(r)))
    }

    /// Takes the first free rectangle of `candidates`, in order of preference.
    pub fn place(&mut self, candidates: impl IntoIterator<Item = Rect>) -> Option<Rect> {
        let r = candidates.into_iter().find(|r| self.is_free(r))?;
        self.block(r);
        Some(r)
    }
}

/// Where a `w`×`h` label may go around a point symbol of radius `r` at `(x, y)`, best first:
/// right, left, above, below, then the diagonals (the cartographers' usual order).
pub fn around(x: f64, y: f64, r: f64, w: f64, h: f64) -> Vec<Rect> {
    let g = r + 2.0;
    let d = r * 0.7 + 1.0;
    vec![
        Rect::new(x + g, y - h / 2.0, w, h),
        Rect::new(x - g - w, y - h / 2.0, w, h),
        Rect::new(x - w / 2.0, y - g - h, w, h),
        Rect::new(x - w / 2.0, y + g, w, h),
        Rect::new(x + d, y - d - h, w, h),
        Rect::new(x - d - w, y - d - h, w, h),
        Rect::new(x + d, y + d, w, h),
        Rect::new(x - d - w, y + d, w, h),
    ]
}

/// A round scale-bar length (1, 2 or 5 × 10^n km) no longer than `max_km`.
pub fn round_km(max_km: f64) -> f64 {
    if !(max_km > 0.0) {
        return 1.0;
    }
    let p = 10f64.powf(max_km.log10().floor());
    [5.0, 2.0, 1.0].into_iter().map(|m| m * p).find(|v| *v <= max_km).unwrap_or(p)
}

/// `text` cut with an ellipsis to fit `max_w`, measured by `width`.
pub fn fit_text(text: &str, max_w: f64, width: impl Fn(&str) -> f64) -> String {
    if width(text) <= max_w {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let s: String = chars[..mid].iter().collect::<String>() + "…";
        if width(&s) <= max_w { lo = mid } else { hi = mid - 1 }
    }
    chars[..lo].iter().collect::<String>().trim_end().to_string() + "…"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placed_labels_never_overlap_and_full_spots_drop_the_label() {
        let mut p = Placer::new(Rect::new(0.0, 0.0, 500.0, 300.0));
        let mut placed = Vec::new();
        for i in 0..200 {
            let (x, y) = ((i * 37 % 480) as f64, (i * 53 % 280) as f64);
            if let Some(r) = p.place(around(x, y, 4.0, 40.0, 12.0)) {
                placed.push(r);
            }
        }
        assert!(placed.len() > 20 && placed.len() < 200, "{}", placed.len());
        for (i, a) in placed.iter().enumerate() {
            assert!(Rect::new(0.0, 0.0, 500.0, 300.0).contains_rect(a));
            for b in &placed[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn scale_bar_lengths_are_round() {
        assert_eq!(round_km(7.3), 5.0);
        assert_eq!(round_km(180.0), 100.0);
        assert_eq!(round_km(2.5), 2.0);
        assert_eq!(round_km(0.6), 0.5);
        assert_eq!(round_km(1000.0), 1000.0);
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        let w = |s: &str| s.chars().count() as f64;
        assert_eq!(fit_text("Erbil", 10.0, w), "Erbil");
        assert_eq!(fit_text("Erbil International Airport", 10.0, w), "Erbil Int…");
    }
}
