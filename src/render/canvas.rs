//! The drawing surface: floating-point pixel coordinates, supersampling, dashed lines, haloed text,
//! and the embedded font, over either a raster (plotters' bitmap backend) or an SVG document.
//!
//! Text is set with DejaVu Sans compiled into the binary and laid out here, with `ab_glyph`, for both
//! outputs: the same advances and kerning measure a label, place its glyphs in the PNG and (with
//! `text_as_paths`) outline them in the SVG. Plotters' own text path is not used: it drops each
//! glyph's left side bearing and rounds the pen to whole pixels, which set "in jured" and "JORD AN".
//!
//! The SVG is written here rather than by plotters so it edits cleanly: one `<g id=...>` per layer,
//! one `<path>` per dashed line (the dashes are `stroke-dasharray`, not hundreds of polylines).

use std::fmt::Write as _;

use ab_glyph::{Font as _, FontRef, OutlineCurve, PxScale, ScaleFont, point};
use anyhow::{Result, anyhow};
use plotters::backend::DrawingBackend;
use plotters::prelude::BitMapBackend;
use plotters::style::{Color, RGBAColor, ShapeStyle};

use super::projection::Rect;

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// DejaVu Sans cap height / em.
pub const CAP_HEIGHT: f64 = 0.729;

/// The SVG's font list: DejaVu Sans, then the fonts it derives from or matches in width, so a
/// viewer that sets the text itself fits it in the boxes measured for it.
const FAMILY: &str = "DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif";

/// The embedded faces, parsed once.
fn face(bold: bool) -> &'static FontRef<'static> {
    use std::sync::OnceLock;
    static FACES: OnceLock<(FontRef<'static>, FontRef<'static>)> = OnceLock::new();
    let (r, b) = FACES.get_or_init(|| {
        let parse = |bytes| FontRef::try_from_slice(bytes).expect("the embedded DejaVu Sans parses (checked by tests)");
        (parse(REGULAR), parse(BOLD))
    });
    if bold { b } else { r }
}

/// An sRGB colour with alpha in 0..=1.
pub fn rgb(hex: u32) -> RGBAColor {
    RGBAColor((hex >> 16) as u8, (hex >> 8) as u8, hex as u8, 1.0)
}

pub fn rgba(hex: u32, alpha: f64) -> RGBAColor {
    RGBAColor((hex >> 16) as u8, (hex >> 8) as u8, hex as u8, alpha)
}

/// `#rrggbb`, as CSS, SVG and the web map write a colour.
pub fn css(c: RGBAColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

pub type Px = (f64, f64);

/// Distance between two pixel positions.
pub fn dist(a: Px, b: Px) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// A font: em size in output pixels, and weight.
#[derive(Clone, Copy, Debug)]
pub struct Font {
    pub em: f64,
    pub bold: bool,
}

impl Font {
    pub fn new(em: f64) -> Font {
        Font { em, bold: false }
    }

    pub fn bold(em: f64) -> Font {
        Font { em, bold: true }
    }

    /// `ab_glyph` scales by ascent - descent, not by em.
    fn scale(self, ss: f64) -> PxScale {
        let f = face(self.bold);
        let per_em = f.height_unscaled() / f.units_per_em().unwrap_or(2048.0);
        PxScale::from((self.em * ss) as f32 * per_em)
    }
}

/// Each glyph of `text` and the pen position it starts at, in pixels at scale `ss`; and the advance.
fn layout(text: &str, font: Font, ss: f64) -> (Vec<(ab_glyph::GlyphId, f32)>, f32) {
    let scaled = face(font.bold).as_scaled(font.scale(ss));
    let mut pen = 0f32;
    let mut prev = None;
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = prev {
            pen += scaled.kern(p, id);
        }
        out.push((id, pen));
        pen += scaled.h_advance(id);
        prev = Some(id);
    }
    (out, pen)
}

/// Width of `text` in pixels: the sum of its advances and kerning.
pub fn text_width(text: &str, font: Font) -> f64 {
    layout(text, font, 1.0).1 as f64
}

/// Horizontal alignment of text on its anchor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Align {
    Left,
    Center,
}

enum Surface<'a> {
    /// Drawn at `ss` times the output size (shrunk afterwards: plotters does not anti-alias shapes).
    Raster {
        backend: BitMapBackend<'a>,
        ss: f64,
    },
    Svg(Svg<'a>),
}

struct Svg<'a> {
    out: &'a mut String,
    open_groups: usize,
    text_as_paths: bool,
}

pub struct Canvas<'a> {
    surface: Surface<'a>,
}

fn err<E: std::fmt::Display>(e: E) -> anyhow::Error {
    anyhow!("drawing failed: {e}")
}

/// Two decimals at most: a hundredth of a pixel is finer than any viewer draws.
fn n(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn points_attr(pts: &[Px]) -> String {
    pts.iter().map(|p| format!("{},{}", n(p.0), n(p.1))).collect::<Vec<_>>().join(" ")
}

/// ` fill="#rrggbb"` with its opacity when not opaque (likewise for stroke).
fn paint(what: &str, c: RGBAColor) -> String {
    let mut s = format!(" {what}=\"{}\"", css(c));
    if c.3 < 1.0 {
        s += &format!(" {what}-opacity=\"{}\"", n(c.3.max(0.0)));
    }
    s
}

impl<'a> Canvas<'a> {
    /// A raster drawn `ss` times larger than the output.
    pub fn raster(backend: BitMapBackend<'a>, ss: f64) -> Canvas<'a> {
        Canvas { surface: Surface::Raster { backend, ss } }
    }

    /// An SVG document of `w`×`h` pixels written into `out`; text as outlines when `text_as_paths`.
    pub fn svg(out: &'a mut String, w: u32, h: u32, text_as_paths: bool) -> Canvas<'a> {
        out.clear();
        let _ = writeln!(
            out,
            "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\" xml:space=\"preserve\">"
        );
        Canvas { surface: Surface::Svg(Svg { out, open_groups: 0, text_as_paths }) }
    }

    /// Flushes the raster, or closes the SVG document.
    pub fn finish(self) -> Result<()> {
        match self.surface {
            Surface::Raster { mut backend, .. } => backend.present().map_err(err),
            Surface::Svg(s) => {
                for _ in 0..s.open_groups {
                    s.out.push_str("</g>\n");
                }
                s.out.push_str("</svg>\n");
                Ok(())
            }
        }
    }

    /// Starts a layer: an SVG group `id` (nothing in a raster). Layers do not nest.
    pub fn layer(&mut self, id: &str) {
        if let Surface::Svg(s) = &mut self.surface {
            for _ in 0..s.open_groups {
                s.out.push_str("</g>\n");
            }
            let _ = writeln!(s.out, "<g id=\"{}\">", escape(id));
            s.open_groups = 1;
        }
    }

    fn raster_pt(ss: f64, (x, y): Px) -> (i32, i32) {
        ((x * ss).round() as i32, (y * ss).round() as i32)
    }

    pub fn fill_rect(&mut self, r: Rect, color: RGBAColor) -> Result<()> {
        match &mut self.surface {
            Surface::Raster { backend, ss } => {
                let (a, b) = (Self::raster_pt(*ss, (r.x, r.y)), Self::raster_pt(*ss, (r.right(), r.bottom())));
                backend.draw_rect(a, b, &color, true).map_err(err)
            }
            Surface::Svg(s) => {
                let _ = writeln!(
                    s.out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{}/>",
                    n(r.x),
                    n(r.y),
                    n(r.w),
                    n(r.h),
                    paint("fill", color)
                );
                Ok(())
            }
        }
    }

    pub fn stroke_rect(&mut self, r: Rect, color: RGBAColor, width: f64) -> Result<()> {
        let pts = [(r.x, r.y), (r.right(), r.y), (r.right(), r.bottom()), (r.x, r.bottom()), (r.x, r.y)];
        self.polyline(&pts, color, width)
    }

    pub fn polygon(&mut self, pts: &[Px], color: RGBAColor) -> Result<()> {
        if pts.len() < 3 {
            return Ok(());
        }
        match &mut self.surface {
            Surface::Raster { backend, ss } => {
                let v: Vec<(i32, i32)> = pts.iter().map(|p| Self::raster_pt(*ss, *p)).collect();
                backend.fill_polygon(v, &color).map_err(err)
            }
            Surface::Svg(s) => {
                let _ = writeln!(s.out, "<polygon points=\"{}\"{}/>", points_attr(pts), paint("fill", color));
                Ok(())
            }
        }
    }

    pub fn polyline(&mut self, pts: &[Px], color: RGBAColor, width: f64) -> Result<()> {
        self.lines(std::slice::from_ref(&pts.to_vec()), color, width, None)
    }

    /// Lines drawn as `on`-pixel dashes with `off`-pixel gaps, the pattern running on across vertices.
    /// In SVG all `parts` are one path.
    pub fn dashed(&mut self, parts: &[Vec<Px>], color: RGBAColor, width: f64, on: f64, off: f64) -> Result<()> {
        self.lines(parts, color, width, Some(&[on, off]))
    }

    /// Lines with any dash pattern (`[on, off, on, off, ...]` pixels); `None` draws them solid.
    pub fn lines(&mut self, parts: &[Vec<Px>], color: RGBAColor, width: f64, dash: Option<&[f64]>) -> Result<()> {
        match &mut self.surface {
            Surface::Raster { backend, ss } => {
                let style = ShapeStyle { color, filled: false, stroke_width: (width * *ss).round().max(1.0) as u32 };
                let mut draw = |pts: &[Px]| -> Result<()> {
                    let mut v: Vec<(i32, i32)> = pts.iter().map(|p| Self::raster_pt(*ss, *p)).collect();
                    v.dedup();
                    if v.len() >= 2 {
                        backend.draw_path(v, &style).map_err(err)?;
                    }
                    Ok(())
                };
                for part in parts {
                    match dash {
                        None => draw(part)?,
                        Some(pattern) => {
                            for d in dashes(part, pattern) {
                                draw(&d)?;
                            }
                        }
                    }
                }
                Ok(())
            }
            Surface::Svg(s) => {
                let mut d = String::new();
                for part in parts.iter().filter(|p| p.len() >= 2) {
                    let _ = write!(d, "M{},{}", n(part[0].0), n(part[0].1));
                    for p in &part[1..] {
                        let _ = write!(d, " {},{}", n(p.0), n(p.1));
                    }
                }
                if d.is_empty() {
                    return Ok(());
                }
                let dash = dash
                    .map(|p| format!(" stroke-dasharray=\"{}\"", p.iter().map(|v| n(*v)).collect::<Vec<_>>().join(" ")))
                    .unwrap_or_default();
                let _ = writeln!(
                    s.out,
                    "<path d=\"{d}\" fill=\"none\"{} stroke-width=\"{}\" stroke-linejoin=\"round\"{dash}/>",
                    paint("stroke", color),
                    n(width)
                );
                Ok(())
            }
        }
    }

    pub fn circle(&mut self, c: Px, r: f64, color: RGBAColor) -> Result<()> {
        match &mut self.surface {
            Surface::Raster { backend, ss } => {
                let radius = (r * *ss).round().max(1.0) as u32;
                backend.draw_circle(Self::raster_pt(*ss, c), radius, &color, true).map_err(err)
            }
            Surface::Svg(s) => {
                let _ = writeln!(
                    s.out,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"{}/>",
                    n(c.0),
                    n(c.1),
                    n(r),
                    paint("fill", color)
                );
                Ok(())
            }
        }
    }

    pub fn ring(&mut self, c: Px, r: f64, color: RGBAColor, width: f64) -> Result<()> {
        if let Surface::Svg(s) = &mut self.surface {
            let _ = writeln!(
                s.out,
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"none\"{} stroke-width=\"{}\"/>",
                n(c.0),
                n(c.1),
                n(r),
                paint("stroke", color),
                n(width)
            );
            return Ok(());
        }
        let n = (r * 4.0).clamp(16.0, 96.0) as usize;
        let pts: Vec<Px> = (0..=n)
            .map(|i| {
                let a = std::f64::consts::TAU * i as f64 / n as f64;
                (c.0 + r * a.cos(), c.1 + r * a.sin())
            })
            .collect();
        self.polyline(&pts, color, width)
    }

    /// Width of `text` in output pixels.
    pub fn text_width(&self, text: &str, font: Font) -> f64 {
        text_width(text, font)
    }

    /// Text with its baseline at `y`.
    pub fn text(&mut self, text: &str, (x, y): Px, font: Font, color: RGBAColor, align: Align) -> Result<()> {
        let x = match align {
            Align::Left => x,
            Align::Center => x - text_width(text, font) / 2.0,
        };
        match &mut self.surface {
            Surface::Raster { backend, ss } => draw_glyphs(backend, *ss, text, (x, y), font, color),
            Surface::Svg(s) if s.text_as_paths => {
                let d = glyph_paths(text, (x, y), font);
                if !d.is_empty() {
                    let _ = writeln!(
                        s.out,
                        "<path d=\"{d}\"{}><title>{}</title></path>",
                        paint("fill", color),
                        escape(text)
                    );
                }
                Ok(())
            }
            Surface::Svg(s) => {
                let weight = if font.bold { " font-weight=\"bold\"" } else { "" };
                let _ = writeln!(
                    s.out,
                    "<text x=\"{}\" y=\"{}\" font-family=\"{FAMILY}\" font-size=\"{}\"{weight}{}>{}</text>",
                    n(x),
                    n(y),
                    n(font.em),
                    paint("fill", color),
                    escape(text)
                );
                Ok(())
            }
        }
    }

    /// Text cut with an ellipsis to at most `max_w` pixels wide.
    pub fn text_fit(
        &mut self,
        text: &str,
        at: Px,
        max_w: f64,
        font: Font,
        color: RGBAColor,
        align: Align,
    ) -> Result<()> {
        let fitted = super::layout::fit_text(text, max_w, |s| text_width(s, font));
        self.text(&fitted, at, font, color, align)
    }

    /// Text with a light outline, legible over any basemap.
    pub fn text_halo(&mut self, text: &str, at: Px, font: Font, color: RGBAColor, align: Align) -> Result<()> {
        if let Surface::Svg(s) = &mut self.surface
            && !s.text_as_paths
        {
            // One element: the halo is a stroke painted under the fill.
            let x = if align == Align::Center { at.0 - text_width(text, font) / 2.0 } else { at.0 };
            let weight = if font.bold { " font-weight=\"bold\"" } else { "" };
            let _ = writeln!(
                s.out,
                "<text x=\"{}\" y=\"{}\" font-family=\"{FAMILY}\" font-size=\"{}\"{weight}{} stroke=\"#ffffff\" \
                 stroke-opacity=\"0.9\" stroke-width=\"{}\" stroke-linejoin=\"round\" paint-order=\"stroke\">{}</text>",
                n(x),
                n(at.1),
                n(font.em),
                paint("fill", color),
                n(2.0 * (font.em / 9.0).max(1.0)),
                escape(text)
            );
            return Ok(());
        }
        let halo = rgba(0xffffff, 0.9);
        let d = (font.em / 9.0).max(1.0);
        for (dx, dy) in [(-d, 0.0), (d, 0.0), (0.0, -d), (0.0, d), (-d, -d), (d, d), (-d, d), (d, -d)] {
            self.text(text, (at.0 + dx, at.1 + dy), font, halo, align)?;
        }
        self.text(text, at, font, color, align)
    }
}

/// Rasterises `text` with its baseline at `y`: each glyph at its pen position plus its own bearing,
/// to the sub-pixel, blended by coverage.
fn draw_glyphs(
    backend: &mut BitMapBackend,
    ss: f64,
    text: &str,
    (x, y): Px,
    font: Font,
    color: RGBAColor,
) -> Result<()> {
    let f = face(font.bold);
    let scale = font.scale(ss);
    let (x0, base) = ((x * ss) as f32, (y * ss) as f32);
    let (glyphs, _) = layout(text, font, ss);
    for (id, pen) in glyphs {
        let glyph = id.with_scale_and_position(scale, point(x0 + pen, base));
        let Some(outlined) = f.outline_glyph(glyph) else { continue };
        let b = outlined.px_bounds();
        let mut pixels = Vec::new();
        outlined.draw(|gx, gy, cov| pixels.push((b.min.x as i32 + gx as i32, b.min.y as i32 + gy as i32, cov)));
        for (px, py, cov) in pixels {
            if cov <= 0.0 {
                continue;
            }
            let c = RGBAColor(color.0, color.1, color.2, color.3 * cov.min(1.0) as f64);
            backend.draw_pixel((px, py), c.to_backend_color()).map_err(err)?;
        }
    }
    Ok(())
}

/// The outlines of `text` as SVG path data, baseline at `y`.
fn glyph_paths(text: &str, (x, y): Px, font: Font) -> String {
    let f = face(font.bold);
    let k = font.em / f.units_per_em().unwrap_or(2048.0) as f64;
    let (glyphs, _) = layout(text, font, 1.0);
    let mut d = String::new();
    for (id, pen) in glyphs {
        let Some(outline) = f.outline(id) else { continue };
        let at = |p: ab_glyph::Point| format!("{},{}", n(x + pen as f64 + p.x as f64 * k), n(y - p.y as f64 * k));
        let mut last: Option<ab_glyph::Point> = None;
        for c in &outline.curves {
            let (start, seg) = match c {
                OutlineCurve::Line(a, b) => (*a, format!("L{}", at(*b))),
                OutlineCurve::Quad(a, c1, b) => (*a, format!("Q{} {}", at(*c1), at(*b))),
                OutlineCurve::Cubic(a, c1, c2, b) => (*a, format!("C{} {} {}", at(*c1), at(*c2), at(*b))),
            };
            if last != Some(start) {
                let _ = write!(d, "M{}", at(start));
            }
            d += &seg;
            last = Some(match c {
                OutlineCurve::Line(_, b) | OutlineCurve::Quad(_, _, b) | OutlineCurve::Cubic(_, _, _, b) => *b,
            });
        }
    }
    d
}

/// Splits a polyline into dashes by a repeating `[on, off, ...]` pattern.
fn dashes(pts: &[Px], pattern: &[f64]) -> Vec<Vec<Px>> {
    let mut out = Vec::new();
    if pattern.is_empty() || pattern.iter().any(|v| *v <= 0.0) {
        return vec![pts.to_vec()];
    }
    let mut cur: Vec<Px> = Vec::new();
    let (mut k, mut left) = (0usize, pattern[0]);
    for w in pts.windows(2) {
        let (mut a, b) = (w[0], w[1]);
        let mut seg = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        while seg > 0.0 {
            let drawing = k % 2 == 0;
            let step = seg.min(left);
            let t = step / seg;
            let p = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
            if drawing {
                if cur.is_empty() {
                    cur.push(a);
                }
                cur.push(p);
            }
            seg -= step;
            left -= step;
            a = p;
            if left <= 1e-9 {
                if drawing {
                    out.push(std::mem::take(&mut cur));
                }
                k += 1;
                left = pattern[k % pattern.len()];
            }
        }
    }
    if cur.len() >= 2 {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_alternate_along_the_whole_line() {
        let d = dashes(&[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)], &[4.0, 2.0]);
        let spans: Vec<(Px, Px)> = d.iter().map(|v| (v[0], *v.last().unwrap())).collect();
        assert_eq!(spans[0], ((0.0, 0.0), (4.0, 0.0)));
        assert_eq!(spans[1], ((6.0, 0.0), (10.0, 0.0)));
        // The third dash turns the corner.
        assert_eq!(d[2], vec![(10.0, 2.0), (10.0, 6.0)]);
        assert_eq!(d.len(), 4);
    }

    /// Which columns of `text` are inked when drawn black on white at `font` (2x supersampled, like a
    /// map), its left edge at column 20.
    fn inked_columns(text: &str, font: Font) -> Vec<bool> {
        let (w, h) = (600u32, 60u32);
        let mut buf = vec![255u8; (w * h * 3) as usize];
        {
            let mut cv = Canvas::raster(BitMapBackend::with_buffer(&mut buf, (w, h)), 2.0);
            cv.text(text, (10.0, 20.0), font, rgb(0), Align::Left).unwrap();
            cv.finish().unwrap();
        }
        (0..w as usize).map(|x| (0..h as usize).any(|y| buf[(y * w as usize + x) * 3] < 200)).collect()
    }

    /// Where each letter's ink should be, in the same columns: from the font's outline boxes and the
    /// advances and kerning the SVG and the layout use, without rasterising anything.
    fn expected_ink(text: &str, font: Font) -> Vec<(f64, f64)> {
        let scaled = face(font.bold).as_scaled(font.scale(2.0));
        let (glyphs, _) = layout(text, font, 2.0);
        glyphs
            .iter()
            .filter_map(|(id, pen)| {
                let b = face(font.bold).outline(*id)?.bounds;
                let k = scaled.h_scale_factor();
                Some((20.0 + (pen + b.min.x * k) as f64, 20.0 + (pen + b.max.x * k) as f64))
            })
            .collect()
    }

    #[test]
    fn png_letters_sit_where_the_font_puts_them() {
        // What the maps showed as "in jured", "JORD AN", "Weap on": letters shifted off their places.
        for (word, font) in [
            ("injured", Font::new(14.0)),
            ("JORDAN", Font::bold(15.0)),
            ("Weapon", Font::new(12.0)),
            ("Iraq", Font::new(11.0)),
        ] {
            let cols = inked_columns(word, font);
            let ink = expected_ink(word, font);
            for (n, (a, b)) in ink.iter().enumerate() {
                let mid = ((a + b) / 2.0) as usize;
                assert!(cols[mid], "{word}: letter {n} has no ink at its middle, column {mid}");
                // The space between two letters stays blank (a pixel of anti-aliasing aside).
                if let Some((next, _)) = ink.get(n + 1)
                    && next - b >= 3.0
                {
                    let gap = (b.ceil() as usize + 1)..(next.floor() as usize).saturating_sub(1);
                    let inked: Vec<usize> = gap.filter(|x| cols[*x]).collect();
                    assert!(inked.is_empty(), "{word}: ink between letters {n} and {} at columns {inked:?}", n + 1);
                }
            }
            let first = cols.iter().position(|c| *c).unwrap() as f64;
            let last = cols.iter().rposition(|c| *c).unwrap() as f64 + 1.0;
            assert!((first - ink[0].0).abs() <= 1.0, "{word}: starts at {first}, expected {}", ink[0].0);
            let end = ink.last().unwrap().1;
            assert!((last - end).abs() <= 1.0, "{word}: ends at {last}, expected {end}");
        }
    }

    #[test]
    fn svg_text_can_be_outlines() {
        let mut s = String::new();
        let mut cv = Canvas::svg(&mut s, 100, 50, true);
        cv.layer("labels");
        cv.text("Erbil", (5.0, 20.0), Font::new(12.0), rgb(0), Align::Left).unwrap();
        cv.finish().unwrap();
        let doc = roxmltree::Document::parse(&s).unwrap();
        assert!(doc.descendants().all(|n| !n.has_tag_name("text")));
        let path = doc.descendants().find(|n| n.has_tag_name("path")).unwrap();
        assert!(path.attribute("d").unwrap().len() > 100);
        assert_eq!(path.descendants().find(|n| n.has_tag_name("title")).unwrap().text(), Some("Erbil"));
    }
}
