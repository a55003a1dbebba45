//! A thin drawing surface over a plotters backend: floating-point pixel coordinates, supersampling,
//! dashed lines, haloed text, and the embedded font.
//!
//! Text is set with DejaVu Sans compiled into the binary and registered with plotters' `ab_glyph`
//! font table, so rendering never asks the system for fonts (no fontconfig, no font files).

use std::sync::OnceLock;

use anyhow::{Result, anyhow};
use plotters::backend::DrawingBackend;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontFamily, FontStyle, IntoFont, RGBAColor, ShapeStyle, TextStyle};

use super::projection::Rect;

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// DejaVu Sans: (ascent - descent) / em, the unit `ab_glyph` sizes glyphs in.
const PX_HEIGHT_PER_EM: f64 = 1.164;
/// DejaVu Sans cap height / em.
pub const CAP_HEIGHT: f64 = 0.729;

/// The family the embedded fonts are registered as. PNG text is set with them; SVG text is set by
/// the viewer, and this name (a CSS font list) asks for DejaVu Sans, then the fonts it derives from
/// or matches in width, so labels fit the boxes measured for them.
const FAMILY: &str = "DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif";

/// Registers the embedded fonts as [`FAMILY`] (once per process).
pub fn register_fonts() -> Result<()> {
    static DONE: OnceLock<Result<(), String>> = OnceLock::new();
    DONE.get_or_init(|| {
        for (style, bytes) in [(FontStyle::Normal, REGULAR), (FontStyle::Bold, BOLD)] {
            plotters::style::register_font(FAMILY, style, bytes)
                .map_err(|_| "the embedded DejaVu Sans font does not parse".to_string())?;
        }
        Ok(())
    })
    .clone()
    .map_err(|e| anyhow!(e))
}

/// An sRGB colour with alpha in 0..=1.
pub fn rgb(hex: u32) -> RGBAColor {
    RGBAColor((hex >> 16) as u8, (hex >> 8) as u8, hex as u8, 1.0)
}

pub fn rgba(hex: u32, alpha: f64) -> RGBAColor {
    RGBAColor((hex >> 16) as u8, (hex >> 8) as u8, hex as u8, alpha)
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
}

/// Horizontal alignment of text on its anchor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Align {
    Left,
    Center,
}

pub struct Canvas<B: DrawingBackend> {
    backend: B,
    /// Backend pixels per output pixel (2 when a PNG is drawn at twice its size and shrunk).
    ss: f64,
    /// SVG text is positioned by the viewer (`dy`, `font-size`), not by plotters' rasteriser.
    svg: bool,
}

fn err<E: std::fmt::Display>(e: E) -> anyhow::Error {
    anyhow!("drawing failed: {e}")
}

impl<B: DrawingBackend> Canvas<B> {
    pub fn new(backend: B, ss: f64, svg: bool) -> Canvas<B> {
        Canvas { backend, ss, svg }
    }

    /// Flushes the backend (plotters writes SVG on `present`).
    pub fn finish(mut self) -> Result<()> {
        self.backend.present().map_err(err)
    }

    fn pt(&self, (x, y): Px) -> (i32, i32) {
        ((x * self.ss).round() as i32, (y * self.ss).round() as i32)
    }

    fn width(&self, w: f64) -> u32 {
        (w * self.ss).round().max(1.0) as u32
    }

    pub fn fill_rect(&mut self, r: Rect, color: RGBAColor) -> Result<()> {
        let (a, b) = (self.pt((r.x, r.y)), self.pt((r.right(), r.bottom())));
        self.backend.draw_rect(a, b, &color, true).map_err(err)
    }

    pub fn stroke_rect(&mut self, r: Rect, color: RGBAColor, width: f64) -> Result<()> {
        let pts = [(r.x, r.y), (r.right(), r.y), (r.right(), r.bottom()), (r.x, r.bottom()), (r.x, r.y)];
        self.polyline(&pts, color, width)
    }

    pub fn polygon(&mut self, pts: &[Px], color: RGBAColor) -> Result<()> {
        if pts.len() < 3 {
            return Ok(());
        }
        let v: Vec<(i32, i32)> = pts.iter().map(|p| self.pt(*p)).collect();
        self.backend.fill_polygon(v, &color).map_err(err)
    }

    pub fn polyline(&mut self, pts: &[Px], color: RGBAColor, width: f64) -> Result<()> {
        if pts.len() < 2 {
            return Ok(());
        }
        let mut v: Vec<(i32, i32)> = pts.iter().map(|p| self.pt(*p)).collect();
        v.dedup();
        if v.len() < 2 {
            return Ok(());
        }
        let style = ShapeStyle { color, filled: false, stroke_width: self.width(width) };
        self.backend.draw_path(v, &style).map_err(err)
    }

    /// A line drawn as `on`-pixel dashes with `off`-pixel gaps, the pattern running on across vertices.
    pub fn dashed(&mut self, pts: &[Px], color: RGBAColor, width: f64, on: f64, off: f64) -> Result<()> {
        for dash in dashes(pts, on, off) {
            self.polyline(&dash, color, width)?;
        }
        Ok(())
    }

    pub fn circle(&mut self, c: Px, r: f64, color: RGBAColor) -> Result<()> {
        let radius = (r * self.ss).round().max(1.0) as u32;
        self.backend.draw_circle(self.pt(c), radius, &color, true).map_err(err)
    }

    pub fn ring(&mut self, c: Px, r: f64, color: RGBAColor, width: f64) -> Result<()> {
        let n = ((r * self.ss) as usize).clamp(16, 96);
        let pts: Vec<Px> = (0..=n)
            .map(|i| {
                let a = std::f64::consts::TAU * i as f64 / n as f64;
                (c.0 + r * a.cos(), c.1 + r * a.sin())
            })
            .collect();
        self.polyline(&pts, color, width)
    }

    fn style(&self, font: Font, color: RGBAColor, align: Align, measure: bool) -> TextStyle<'static> {
        // ab_glyph sizes by ascent-descent, SVG by em: convert so both show the same em.
        let size = if self.svg && !measure { font.em * 1.24 } else { font.em * PX_HEIGHT_PER_EM };
        let style = if font.bold { FontStyle::Bold } else { FontStyle::Normal };
        let h = match align {
            Align::Left => HPos::Left,
            Align::Center => HPos::Center,
        };
        (FontFamily::Name(FAMILY), size * self.ss, style).into_font().color(&color).pos(Pos::new(h, VPos::Top))
    }

    /// Width of `text` in output pixels.
    pub fn text_width(&self, text: &str, font: Font) -> f64 {
        let style = self.style(font, rgb(0), Align::Left, true);
        self.backend.estimate_text_size(text, &style).map(|(w, _)| w as f64 / self.ss).unwrap_or(0.0)
    }

    /// Text with its baseline at `y`.
    pub fn text(&mut self, text: &str, (x, y): Px, font: Font, color: RGBAColor, align: Align) -> Result<()> {
        // Where each backend puts the baseline below a top-anchored position.
        let drop = if self.svg { 0.76 * font.em } else { PX_HEIGHT_PER_EM * font.em / 2.0 };
        let style = self.style(font, color, align, false);
        let at = self.pt((x, y - drop));
        self.backend.draw_text(text, &style, at).map_err(err)
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
        let fitted = super::layout::fit_text(text, max_w, |s| self.text_width(s, font));
        self.text(&fitted, at, font, color, align)
    }

    /// Text with a light outline, legible over any basemap.
    pub fn text_halo(&mut self, text: &str, at: Px, font: Font, color: RGBAColor, align: Align) -> Result<()> {
        let halo = rgba(0xffffff, 0.9);
        let d = (font.em / 9.0).max(1.0);
        for (dx, dy) in [(-d, 0.0), (d, 0.0), (0.0, -d), (0.0, d), (-d, -d), (d, d), (-d, d), (d, -d)] {
            self.text(text, (at.0 + dx, at.1 + dy), font, halo, align)?;
        }
        self.text(text, at, font, color, align)
    }
}

/// Splits a polyline into dashes.
fn dashes(pts: &[Px], on: f64, off: f64) -> Vec<Vec<Px>> {
    let mut out = Vec::new();
    let mut cur: Vec<Px> = Vec::new();
    let (mut drawing, mut left) = (true, on);
    for w in pts.windows(2) {
        let (mut a, b) = (w[0], w[1]);
        let mut seg = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        while seg > 0.0 {
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
                drawing = !drawing;
                left = if drawing { on } else { off };
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
        let d = dashes(&[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)], 4.0, 2.0);
        let spans: Vec<(Px, Px)> = d.iter().map(|v| (v[0], *v.last().unwrap())).collect();
        assert_eq!(spans[0], ((0.0, 0.0), (4.0, 0.0)));
        assert_eq!(spans[1], ((6.0, 0.0), (10.0, 0.0)));
        // The third dash turns the corner.
        assert_eq!(d[2], vec![(10.0, 2.0), (10.0, 6.0)]);
        assert_eq!(d.len(), 4);
    }
}
