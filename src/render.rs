//! Static briefing maps (PNG, SVG) with plotters.
