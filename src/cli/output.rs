//! The one writer every command prints rows through: a terminal table (a header, numbers right
//! aligned, one layout everywhere), JSON, CSV or GeoJSON. Distances have [`KM_DECIMALS`] decimals
//! in every format. A reader that stops early (`| head`) closes the pipe: the write error comes
//! back as an error that [`is_broken_pipe`] recognises and `main` ends on quietly, with success.

use std::io::{self, BufWriter, Stdout, Write};

use anyhow::Result;
use geojson::{Feature, Geometry, GeometryValue, JsonObject, JsonValue};

use incmap::model::{DatePrecision, Incident, LatLon, round6};
use incmap::query::KM_DECIMALS;

/// How rows are printed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
    Csv,
    Geojson,
}

/// `--format`, shared by every command that prints rows.
#[derive(clap::Args, Clone, Debug)]
pub struct FormatArg {
    /// How to print the answer.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

/// One value of a row, typed so that every format shows it the same way.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    Int(i64),
    /// A distance: [`KM_DECIMALS`] decimals.
    Km(f64),
    /// A bearing in degrees: one decimal.
    Deg(f64),
    /// A score in 0..1: three decimals.
    Score(f64),
}

impl Cell {
    pub fn opt_text(s: Option<&str>) -> Cell {
        s.map_or(Cell::Null, |s| Cell::Text(s.to_string()))
    }

    pub fn opt_int(n: Option<u32>) -> Cell {
        n.map_or(Cell::Null, |n| Cell::Int(n.into()))
    }

    /// The date written only as precisely as it is known: 2021-02-15, 2021-02 or 2021.
    pub fn date(i: &Incident) -> Cell {
        let Some(d) = i.date else { return Cell::Null };
        let format = match i.date_precision.unwrap_or(DatePrecision::Day) {
            DatePrecision::Day => "%Y-%m-%d",
            DatePrecision::Month => "%Y-%m",
            DatePrecision::Year => "%Y",
        };
        Cell::Text(d.format(format).to_string())
    }

    fn decimals(&self) -> Option<(f64, usize)> {
        match *self {
            Cell::Km(v) => Some((v, KM_DECIMALS)),
            Cell::Deg(v) => Some((v, 1)),
            Cell::Score(v) => Some((v, 3)),
            _ => None,
        }
    }

    pub fn json(&self) -> JsonValue {
        match self {
            Cell::Null => JsonValue::Null,
            Cell::Text(s) => s.clone().into(),
            Cell::Int(n) => (*n).into(),
            other => {
                let (v, d) = other.decimals().expect("a number");
                let scale = 10f64.powi(d as i32);
                ((v * scale).round() / scale).into()
            }
        }
    }

    /// Plain text: strings without quotes, numbers with their fixed decimals, null as empty.
    pub fn text(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            other => {
                let (v, d) = other.decimals().expect("a number");
                format!("{v:.d$}")
            }
        }
    }

    fn is_number(&self) -> bool {
        !matches!(self, Cell::Text(_))
    }
}

/// One output line: cells in the writer's column order and where it is on the map.
pub struct Row {
    pub cells: Vec<Cell>,
    pub at: Option<LatLon>,
}

/// Standard output, buffered; errors (a closed pipe) come back to the caller.
pub fn stdout() -> BufWriter<Stdout> {
    BufWriter::new(io::stdout())
}

/// Whether an error is a closed pipe on our output (the reader stopped early): not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>()
                .is_some_and(|e| matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == io::ErrorKind::BrokenPipe))
            || c.downcast_ref::<serde_json::Error>().and_then(|e| e.io_error_kind()) == Some(io::ErrorKind::BrokenPipe)
    })
}

/// Cells wider than this are cut with an ellipsis in the terminal table.
const MAX_CELL: usize = 48;

/// Prints rows as they come, so a query over a big store holds no list of them: CSV, JSON and
/// GeoJSON are written at once; a table keeps each row's texts until the end, when the column
/// widths are known.
pub struct RowWriter<W: Write = BufWriter<Stdout>> {
    format: Format,
    columns: &'static [&'static str],
    out: W,
    rows: usize,
    table: Vec<Vec<String>>,
    numeric: Vec<bool>,
}

impl RowWriter {
    /// A writer to standard output.
    pub fn new(format: Format, columns: &'static [&'static str]) -> RowWriter {
        RowWriter::to(stdout(), format, columns)
    }
}

impl<W: Write> RowWriter<W> {
    pub fn to(out: W, format: Format, columns: &'static [&'static str]) -> RowWriter<W> {
        RowWriter { format, columns, out, rows: 0, table: Vec::new(), numeric: vec![true; columns.len()] }
    }

    /// How many rows were pushed.
    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn push(&mut self, r: &Row) -> Result<()> {
        debug_assert_eq!(r.cells.len(), self.columns.len());
        let first = self.rows == 0;
        self.rows += 1;
        match self.format {
            Format::Table => {
                let texts = r
                    .cells
                    .iter()
                    .map(|c| {
                        let t = if *c == Cell::Null { "-".to_string() } else { c.text() };
                        if t.chars().count() > MAX_CELL {
                            t.chars().take(MAX_CELL - 1).chain(['…']).collect()
                        } else {
                            t
                        }
                    })
                    .collect();
                for (n, c) in r.cells.iter().enumerate() {
                    self.numeric[n] &= c.is_number();
                }
                self.table.push(texts);
            }
            Format::Json => {
                let obj = serde_json::to_string_pretty(&JsonValue::Object(self.object(r, true)))?;
                write!(self.out, "{}{}", if first { "[\n" } else { ",\n" }, indent(&obj, 2))?;
            }
            Format::Csv => {
                if first {
                    self.csv_header()?;
                }
                let coords = [r.at.map(|l| l.lat), r.at.map(|l| l.lon)]
                    .map(|c| c.map_or(String::new(), |v| round6(v).to_string()));
                let fields: Vec<String> = r.cells.iter().map(Cell::text).chain(coords).collect();
                self.csv_line(&fields)?;
            }
            Format::Geojson => {
                let f = Feature {
                    bbox: None,
                    geometry: r.at.map(|l| Geometry::new(GeometryValue::new_point([round6(l.lon), round6(l.lat)]))),
                    id: None,
                    properties: Some(self.object(r, false)),
                    foreign_members: None,
                };
                let head = if first { "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n" } else { ",\n" };
                write!(self.out, "{head}{}", indent(&serde_json::to_string_pretty(&f)?, 4))?;
            }
        }
        Ok(())
    }

    fn object(&self, r: &Row, coordinates: bool) -> JsonObject {
        let mut o: JsonObject = self.columns.iter().zip(&r.cells).map(|(k, v)| (k.to_string(), v.json())).collect();
        if coordinates {
            o.insert("lat".into(), r.at.map(|l| round6(l.lat)).into());
            o.insert("lon".into(), r.at.map(|l| round6(l.lon)).into());
        }
        o
    }

    fn csv_header(&mut self) -> Result<()> {
        let header: Vec<String> = self.columns.iter().chain(&["lat", "lon"]).map(|s| s.to_string()).collect();
        self.csv_line(&header)
    }

    fn csv_line(&mut self, fields: &[String]) -> Result<()> {
        let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
        w.write_record(fields)?;
        let bytes = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
        self.out.write_all(&bytes)?;
        Ok(())
    }

    /// Ends the document and flushes. An empty answer prints an empty document (`[]`, an empty
    /// collection, a CSV header); an empty table prints nothing (the command says so on stderr).
    pub fn finish(mut self) -> Result<()> {
        let empty = self.rows == 0;
        match self.format {
            Format::Table => self.write_table()?,
            Format::Json => writeln!(self.out, "{}", if empty { "[]" } else { "\n]" })?,
            Format::Csv if empty => self.csv_header()?,
            Format::Csv => {}
            Format::Geojson if empty => {
                writeln!(self.out, "{{\n  \"type\": \"FeatureCollection\",\n  \"features\": []\n}}")?
            }
            Format::Geojson => writeln!(self.out, "\n  ]\n}}")?,
        }
        self.out.flush()?;
        Ok(())
    }

    fn write_table(&mut self) -> Result<()> {
        if self.table.is_empty() {
            return Ok(());
        }
        let mut widths: Vec<usize> = self.columns.iter().map(|c| c.chars().count()).collect();
        for row in &self.table {
            for (n, t) in row.iter().enumerate() {
                widths[n] = widths[n].max(t.chars().count());
            }
        }
        let header: Vec<String> = self.columns.iter().map(|c| c.to_string()).collect();
        for row in std::iter::once(&header).chain(&self.table) {
            let parts: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(n, t)| {
                    let w = widths[n];
                    if self.numeric[n] { format!("{t:>w$}") } else { format!("{t:<w$}") }
                })
                .collect();
            writeln!(self.out, "{}", parts.join("  ").trim_end())?;
        }
        Ok(())
    }
}

/// `text` with every line indented by `n` spaces (a pretty-printed value nested in a list).
fn indent(text: &str, n: usize) -> String {
    let pad = " ".repeat(n);
    text.lines().map(|l| format!("{pad}{l}")).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_table_layout_with_a_header_and_fixed_decimals() {
        let mut buf = Vec::new();
        let mut w = RowWriter::to(&mut buf, Format::Table, &["km", "place"]);
        w.push(&Row { cells: vec![Cell::Km(1.5), Cell::Text("Erbil".into())], at: None }).unwrap();
        w.push(&Row { cells: vec![Cell::Km(12.346), Cell::Null], at: None }).unwrap();
        w.finish().unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "   km  place\n 1.50  Erbil\n12.35  -\n");
    }

    #[test]
    fn km_has_fixed_decimals_in_every_format() {
        assert_eq!(Cell::Km(1.5).text(), format!("{:.*}", KM_DECIMALS, 1.5));
        assert_eq!(Cell::Km(28.18449).json(), serde_json::json!(28.18));
        assert_eq!(Cell::Deg(331.84).text(), "331.8");
    }

    #[test]
    fn broken_pipe_is_recognised_through_the_chain() {
        let e = anyhow::Error::from(io::Error::from(io::ErrorKind::BrokenPipe)).context("cannot write");
        assert!(is_broken_pipe(&e));
        assert!(!is_broken_pipe(&anyhow::anyhow!("other")));
    }
}
