//! incmap: news reports of attacks in, a geocoded, deduplicated, sourced incident dataset out.
//!
//! One module per pipeline stage:
//! article text → [`extract`] (with [`gazetteer`] and [`weapons`]) → [`merge`] → [`ingest`] into the [`store`]
//! → [`index`] → [`export`] / [`render`] / [`web`]; [`fetch`] reads URLs; [`pipeline`] wires the whole job.

pub mod atomic;
pub mod export;
pub mod extract;
pub mod fetch;
pub mod gazetteer;
pub mod geodesy;
pub mod index;
pub mod ingest;
pub mod merge;
pub mod model;
pub mod pipeline;
pub mod query;
pub mod render;
pub mod store;
pub mod weapons;
pub mod web;
