//! The map's colours, in one place.

use plotters::style::RGBAColor;

pub const PAGE: u32 = 0xffffff;

pub const SEA: u32 = 0xc9dcea;

pub const LAND: u32 = 0xfbf9f4;

pub const LAND_OTHER: u32 = 0xe9e5dd;

pub const BORDER: u32 = 0x5c5c5c;

pub const BORDER_HALO: u32 = 0xd8d2c6;

pub const ADMIN1: u32 = 0x9e9a94;

pub const WATER_LINE: u32 = 0x5b93c7;

pub const INK: u32 = 0x1e1e1e;

pub const MUTED: u32 = 0x5f5f5f;

pub const BASE: u32 = 0x1f3b73;

pub const EXTENT_BOX: u32 = 0xd7301f;

/// The darker shade of a weapon's colour, for lines and arrows.
pub fn darker(c: RGBAColor) -> RGBAColor {
    RGBAColor((c.0 as f64 * 0.75) as u8, (c.1 as f64 * 0.75) as u8, (c.2 as f64 * 0.75) as u8, 1.0)
}

/// Light rules behind charts.
pub const GRID: u32 = 0xe3e0da;

/// The timeline's casualty bars: killed dark, injured light, apart from every weapon's colour.
pub const KILLED: u32 = 0x2b2b2b;

pub const INJURED: u32 = 0xa9a9a9;
