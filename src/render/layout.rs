//! Label placement (greedy, with collision boxes) and the scale bar's round length.

use super::projection::Rect;

/// Taken space on the map. Labels are placed first come, first served; a label that fits nowhere is
/// dropped, never drawn over another label. Symbols are softer obstacles: labels avoid them, but a
/// boxed callout may cover a symbol when there is no other room (a dense map), unless it is a key
/// symbol (a numbered incident).
pub struct Placer {
    bounds: Rect,
    labels: Grid,
    symbols: Grid,
    key_symbols: Grid,
}

impl Placer {
    /// Labels must lie wholly inside `bounds`.
    pub fn new(bounds: Rect) -> Placer {
        Placer { bounds, labels: Grid::new(bounds), symbols: Grid::new(bounds), key_symbols: Grid::new(bounds) }
    }

    /// Marks `r` as taken by a label or map furniture.
    pub fn block(&mut self, r: Rect) {
        self.labels.insert(r);
    }

    /// Marks `r` as taken by a symbol.
    pub fn block_symbol(&mut self, r: Rect) {
        self.symbols.insert(r);
    }

    /// Marks `r` as taken by a symbol no label may cover.
    pub fn block_key_symbol(&mut self, r: Rect) {
        self.key_symbols.insert(r);
    }

    /// Inside the bounds and clear of labels and symbols.
    pub fn is_free(&self, r: &Rect) -> bool {
        self.is_clear_of_labels(r) && self.symbols.is_clear(r) && self.key_symbols.is_clear(r)
    }

    /// Inside the bounds and clear of labels (symbols may be there).
    pub fn is_clear_of_labels(&self, r: &Rect) -> bool {
        self.bounds.contains_rect(r) && self.labels.is_clear(r)
    }

    /// Takes the first free rectangle of `candidates`, in order of preference.
    pub fn place(&mut self, candidates: impl IntoIterator<Item = Rect>) -> Option<Rect> {
        let r = candidates.into_iter().find(|r| self.is_free(r))?;
        self.block(r);
        Some(r)
    }

    /// Like [`Placer::place`], then failing that the first candidate clear of labels and key symbols.
    pub fn place_over_symbols(&mut self, candidates: &[Rect]) -> Option<Rect> {
        let r = candidates
            .iter()
            .find(|r| self.is_free(r))
            .or_else(|| candidates.iter().find(|r| self.is_clear_of_labels(r) && self.key_symbols.is_clear(r)))
            .copied()?;
        self.block(r);
        Some(r)
    }
}

/// Rectangles bucketed by grid cell, so a test looks at neighbours only.
struct Grid {
    origin: (f64, f64),
    boxes: Vec<Rect>,
    cells: Vec<Vec<usize>>,
    cols: usize,
    rows: usize,
}

const CELL: f64 = 48.0;

impl Grid {
    fn new(bounds: Rect) -> Grid {
        let cols = (bounds.w / CELL).ceil().max(1.0) as usize;
        let rows = (bounds.h / CELL).ceil().max(1.0) as usize;
        Grid { origin: (bounds.x, bounds.y), boxes: Vec::new(), cells: vec![Vec::new(); cols * rows], cols, rows }
    }

    fn cells(&self, r: &Rect) -> impl Iterator<Item = usize> + use<> {
        let clamp = |v: f64, n: usize| (v.floor().max(0.0) as usize).min(n - 1);
        let (x, y) = self.origin;
        let (c0, c1) = (clamp((r.x - x) / CELL, self.cols), clamp((r.right() - x) / CELL, self.cols));
        let (r0, r1) = (clamp((r.y - y) / CELL, self.rows), clamp((r.bottom() - y) / CELL, self.rows));
        let cols = self.cols;
        (r0..=r1).flat_map(move |row| (c0..=c1).map(move |col| row * cols + col))
    }

    fn insert(&mut self, r: Rect) {
        let i = self.boxes.len();
        self.boxes.push(r);
        for c in self.cells(&r).collect::<Vec<_>>() {
            self.cells[c].push(i);
        }
    }

    fn is_clear(&self, r: &Rect) -> bool {
        self.cells(r).all(|c| self.cells[c].iter().all(|&i| !self.boxes[i].overlaps(r)))
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
    if max_km.is_nan() || max_km <= 0.0 {
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

/// `text` broken at spaces into at most `max_lines` lines no wider than `max_w`; what is left over
/// for the last line is cut with an ellipsis. A single word wider than `max_w` is cut too.
pub fn wrap(text: &str, max_w: f64, max_lines: usize, width: impl Fn(&str) -> f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut words = text.split(' ').filter(|w| !w.is_empty()).peekable();
    while words.peek().is_some() {
        if lines.len() + 1 == max_lines.max(1) {
            let rest: Vec<&str> = words.collect();
            lines.push(fit_text(&rest.join(" "), max_w, &width));
            break;
        }
        let mut line = String::new();
        while let Some(w) = words.peek() {
            let candidate = if line.is_empty() { w.to_string() } else { format!("{line} {w}") };
            if !line.is_empty() && width(&candidate) > max_w {
                break;
            }
            line = candidate;
            words.next();
        }
        lines.push(fit_text(&line, max_w, &width));
    }
    lines
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
    fn callouts_may_cover_symbols_but_never_labels() {
        let mut p = Placer::new(Rect::new(0.0, 0.0, 100.0, 100.0));
        p.block_symbol(Rect::new(0.0, 0.0, 100.0, 50.0));
        p.block(Rect::new(0.0, 50.0, 100.0, 30.0));
        p.block_key_symbol(Rect::new(0.0, 80.0, 100.0, 20.0));
        let c =
            [Rect::new(10.0, 85.0, 20.0, 10.0), Rect::new(10.0, 60.0, 20.0, 10.0), Rect::new(10.0, 10.0, 20.0, 10.0)];
        assert_eq!(p.place(c), None);
        assert!(p.is_clear_of_labels(&c[0]) && !p.is_clear_of_labels(&c[1]));
        assert_eq!(p.place_over_symbols(&c), Some(c[2]));
        assert_eq!(p.place_over_symbols(&c), None, "the first callout now holds that spot");
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

    #[test]
    fn long_names_wrap_at_spaces_before_any_cut() {
        let w = |s: &str| s.chars().count() as f64;
        assert_eq!(
            wrap("New U.S. Consulate General compound Erbil", 24.0, 2, w),
            ["New U.S. Consulate", "General compound Erbil"]
        );
        assert_eq!(wrap("Erbil", 24.0, 2, w), ["Erbil"]);
        assert_eq!(wrap("a b c d e f", 3.0, 2, w), ["a b", "c…"]);
    }
}
