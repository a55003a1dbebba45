//! Fetching articles by URL and reducing HTML to article text and publication date.
//!
//! Requests have a connect and a total timeout, a size cap enforced while the body streams in,
//! a redirect limit and bounded retries on 429/5xx. Pages are cached on disk (reduced to text),
//! so a re-run does not touch the network.

use std::fmt;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::model::Article;

/// The largest article read, fetched or local: news pages are far smaller.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Limits for fetching; `Default` is what the command line uses.
#[derive(Clone, Debug)]
pub struct Options {
    pub connect_timeout: Duration,
    /// For the whole request, body included.
    pub timeout: Duration,
    pub max_bytes: u64,
    pub max_redirects: usize,
    /// Retries after the first attempt on 429 and 5xx.
    pub retries: u32,
    /// Wait before the first retry; doubled for each next one.
    pub backoff: Duration,
    /// Where pages are cached; `None` disables the cache.
    pub cache_dir: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(env_seconds("INCMAP_HTTP_TIMEOUT").unwrap_or(30)),
            max_bytes: MAX_BYTES,
            max_redirects: 5,
            retries: 3,
            backoff: Duration::from_millis(500),
            cache_dir: default_cache_dir(),
        }
    }
}

/// A whole number of seconds from the environment (`INCMAP_HTTP_TIMEOUT`: slow links, tests).
fn env_seconds(key: &str) -> Option<u64> {
    std::env::var(key).ok()?.trim().parse().ok().filter(|s| *s > 0)
}

/// `$INCMAP_CACHE`, else `$XDG_CACHE_HOME/incmap`, else `~/.cache/incmap`.
pub fn default_cache_dir() -> Option<PathBuf> {
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    env("INCMAP_CACHE")
        .or_else(|| env("XDG_CACHE_HOME").map(|d| d.join("incmap")))
        .or_else(|| env("HOME").map(|d| d.join(".cache").join("incmap")))
}

/// Whether an input names a URL rather than a file.
pub fn is_url(input: &str) -> bool {
    let lower = input.get(..8).unwrap_or(input).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// File extensions read from folders: text and HTML.
const READABLE: [&str; 5] = ["txt", "text", "md", "html", "htm"];

/// One article to read: a local file, a URL, or standard input (`-`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Url(String),
    Stdin,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::File(p) => write!(f, "{}", p.display()),
            Source::Url(u) => f.write_str(u),
            Source::Stdin => f.write_str("-"),
        }
    }
}

/// The articles an input names: a URL, a file, or the text and HTML files under a folder
/// (recursively, sorted; symlinked folders are not followed, so loops cannot occur).
pub fn expand_input(input: &str) -> Result<Vec<Source>> {
    if input == "-" {
        return Ok(vec![Source::Stdin]);
    }
    if is_url(input) {
        return Ok(vec![Source::Url(input.to_string())]);
    }
    let path = Path::new(input);
    let meta = std::fs::metadata(path).map_err(|e| anyhow!("{e}"))?;
    if !meta.is_dir() {
        return Ok(vec![Source::File(path.to_path_buf())]);
    }
    let mut found = Vec::new();
    walk(path, &mut found)?;
    if found.is_empty() {
        bail!("no article files (.{}) in this folder", READABLE.join(", ."));
    }
    Ok(found)
}

fn walk(dir: &Path, found: &mut Vec<Source>) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .and_then(|rd| rd.collect::<std::io::Result<Vec<_>>>())
        .with_context(|| format!("{}: cannot list folder", dir.display()))?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, found)?;
        } else if path.is_file() && has_readable_extension(&path) {
            found.push(Source::File(path));
        }
    }
    Ok(())
}

fn has_readable_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| READABLE.iter().any(|r| e.eq_ignore_ascii_case(r)))
}

/// Reads one article: text files through the dateline reader, HTML (by extension or content)
/// through the same reduction as fetched pages. The fetcher is made on first use.
pub fn read_article(src: &Source, fetcher: &mut Option<Fetcher>) -> Result<Article> {
    match src {
        Source::Url(url) => {
            if fetcher.is_none() {
                *fetcher = Some(Fetcher::new(Options::default())?);
            }
            fetcher.as_ref().expect("set above").article(url)
        }
        Source::File(path) => {
            let cap = MAX_BYTES;
            let size = std::fs::metadata(path).map_err(|e| anyhow!("{e}"))?.len();
            if size > cap {
                bail!("file larger than {cap} bytes; not an article");
            }
            let bytes = std::fs::read(path).map_err(|e| anyhow!("{e}"))?;
            from_bytes(&path.display().to_string(), &bytes, has_html_extension(path), "file")
        }
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::Read::take(std::io::stdin().lock(), MAX_BYTES + 1), &mut bytes)
                .map_err(|e| anyhow!("cannot read standard input: {e}"))?;
            if bytes.len() as u64 > MAX_BYTES {
                bail!("standard input larger than {MAX_BYTES} bytes; not an article");
            }
            from_bytes("-", &bytes, false, "input")
        }
    }
}

/// An article from a file's or standard input's bytes: HTML (by extension or content) reduced to
/// its text as fetched pages are, plain text through the dateline reader.
fn from_bytes(name: &str, bytes: &[u8], html_name: bool, what: &str) -> Result<Article> {
    check_text(bytes, what)?;
    let html = html_name || looks_like_html(bytes);
    let text = decode(bytes, None, html);
    if html {
        return with_text(article_from_html(name, &text));
    }
    let text = if has_paragraph_markup(&text) { fragment_text(&text) } else { text };
    Ok(crate::extract::article_from_text(name, &text))
}

/// Text copied from a page's source keeps its paragraph tags ("<p>...</p><p>..."): without them
/// read as text, a whole story is one sentence and the last date in it dates the first attack.
fn has_paragraph_markup(text: &str) -> bool {
    static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)</p>|<p>|<br\s*/?>").expect("valid regex"));
    TAG.find_iter(text).nth(1).is_some()
}

/// A fragment's text with one blank line between its blocks; entities decoded, tags dropped.
fn fragment_text(text: &str) -> String {
    let doc = Html::parse_fragment(text);
    let mut out = String::new();
    for node in doc.root_element().descendants() {
        if let Some(t) = node.value().as_text() {
            out.push_str(t);
        } else if let Some(e) = node.value().as_element()
            && matches!(e.name(), "p" | "br" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "tr")
        {
            out.push_str("\n\n");
        }
    }
    out
}

fn has_html_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head = bytes[start..].get(..15).unwrap_or(&bytes[start..]).to_ascii_lowercase();
    head.starts_with(b"<!doctype html") || head.starts_with(b"<html")
}

/// Refuses a page that reduces to no words (only markup, scripts, symbols or page chrome).
fn with_text(a: Article) -> Result<Article> {
    if !a.text.chars().any(char::is_alphabetic) {
        bail!("no article text in the HTML");
    }
    Ok(a)
}

/// Refuses what cannot be an article: nothing, or binary data (a NUL byte near the start, as
/// git and ripgrep decide).
fn check_text(bytes: &[u8], what: &str) -> Result<()> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        bail!("empty {what}; no article text");
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.starts_with(b"%PDF-") {
        bail!("a PDF {what}; not an article (save the article's text or HTML instead)");
    }
    if head.contains(&0) {
        bail!("binary {what} (NUL bytes); not an article");
    }
    // Text has few control characters besides tab, line breaks and form feed; binary data (an
    // image, an archive) has many.
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).count();
    if control * 20 > head.len() {
        bail!("binary {what} (control bytes); not an article");
    }
    Ok(())
}

/// A plain-text file's bytes as text, decoded as [`read_article`] does.
pub fn decode_text(bytes: &[u8]) -> String {
    decode(bytes, None, false)
}

/// Text in its own encoding: a byte-order mark, else UTF-8 when valid, else the charset the
/// server or the page declares, else Windows-1252 (what unlabelled legacy pages use).
fn decode(bytes: &[u8], declared: Option<&str>, html: bool) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc.decode_without_bom_handling(&bytes[bom..]).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => return s.to_string(),
        // UTF-8 cut off mid-character (a capped read): the text before it.
        Err(e) if e.error_len().is_none() => return String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned(),
        Err(_) => {}
    }
    let label = declared.map(str::to_string).or_else(|| html.then(|| meta_charset(bytes)).flatten());
    let enc =
        label.and_then(|l| encoding_rs::Encoding::for_label(l.trim().as_bytes())).unwrap_or(encoding_rs::WINDOWS_1252);
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// The charset a page declares in its first 1024 bytes (`<meta charset>` or `http-equiv`).
fn meta_charset(bytes: &[u8]) -> Option<String> {
    static META: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
        regex::bytes::Regex::new(r#"(?i)<meta[^>]*charset\s*=\s*["']?([a-z0-9_.:-]+)"#).expect("valid regex")
    });
    let head = &bytes[..bytes.len().min(1024)];
    META.captures(head).map(|c| String::from_utf8_lossy(&c[1]).into_owned())
}

/// The `charset` parameter of a Content-Type header.
fn header_charset(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches('"'))
    })
}

/// A reusable HTTP client with the limits of [`Options`].
pub struct Fetcher {
    client: reqwest::blocking::Client,
    options: Options,
}

#[derive(Serialize, Deserialize)]
struct Cached {
    url: String,
    /// `YYYY-MM-DD`.
    published: Option<String>,
    text: String,
}

impl Fetcher {
    pub fn new(options: Options) -> Result<Fetcher> {
        let client = reqwest::blocking::Client::builder()
            .connect_timeout(options.connect_timeout)
            .timeout(options.timeout)
            .redirect(reqwest::redirect::Policy::limited(options.max_redirects))
            .user_agent(concat!("incmap/", env!("CARGO_PKG_VERSION")))
            .build()
            .context("cannot set up the HTTP client")?;
        Ok(Fetcher { client, options })
    }

    /// The article at `url`: from the cache when present, else fetched, reduced and cached.
    pub fn article(&self, url: &str) -> Result<Article> {
        if let Some(a) = self.cached(url) {
            return Ok(a);
        }
        let (body, content_type) = self.get(url)?;
        check_text(&body, "page")?;
        let plain = content_type.as_deref().is_some_and(|c| c.contains("text/plain"));
        let text = decode(&body, content_type.as_deref().and_then(header_charset), !plain);
        let article = if plain {
            crate::extract::article_from_text(url, &text)
        } else {
            with_text(article_from_html(url, &text))?
        };
        self.store_cache(&article);
        Ok(article)
    }

    /// The body and content type at `url`, after retries; refuses non-text content.
    fn get(&self, url: &str) -> Result<(Vec<u8>, Option<String>)> {
        let mut wait = self.options.backoff;
        let mut attempt = 0;
        loop {
            let started = Instant::now();
            let resp = self.client.get(url).send().map_err(describe)?;
            let status = resp.status();
            let retriable = status.as_u16() == 429 || status.is_server_error();
            if retriable && attempt < self.options.retries {
                attempt += 1;
                std::thread::sleep(retry_after(&resp).unwrap_or(wait).min(Duration::from_secs(30)));
                wait *= 2;
                continue;
            }
            if !status.is_success() {
                bail!("HTTP {status}");
            }
            let content_type = resp
                .headers()
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(|s| s.to_ascii_lowercase());
            if let Some(ct) = &content_type
                && !["text/html", "application/xhtml+xml", "text/plain"].iter().any(|ok| ct.starts_with(ok))
            {
                bail!("content type {ct:?} is not an HTML or text page");
            }
            let cap = self.options.max_bytes;
            if resp.content_length().is_some_and(|n| n > cap) {
                bail!("page larger than {cap} bytes");
            }
            return Ok((self.read_body(resp, started)?, content_type));
        }
    }

    /// Reads the body up to the size cap and within the total timeout: reqwest's blocking reader
    /// only bounds each read, so a server dribbling bytes could otherwise hold us forever.
    fn read_body(&self, mut resp: reqwest::blocking::Response, started: Instant) -> Result<Vec<u8>> {
        let cap = self.options.max_bytes;
        let mut body = Vec::new();
        let mut buf = [0u8; 16 * 1024];
        loop {
            if started.elapsed() > self.options.timeout {
                bail!("timed out");
            }
            let n = resp.read(&mut buf).map_err(|e| anyhow!("reading the page: {e}"))?;
            if n == 0 {
                return Ok(body);
            }
            if (body.len() + n) as u64 > cap {
                bail!("page larger than {cap} bytes");
            }
            body.extend_from_slice(&buf[..n]);
        }
    }

    fn cache_path(&self, url: &str) -> Option<PathBuf> {
        let hex: String = Sha256::digest(url.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        self.options.cache_dir.as_ref().map(|d| d.join(format!("{hex}.json")))
    }

    fn cached(&self, url: &str) -> Option<Article> {
        let bytes = std::fs::read(self.cache_path(url)?).ok()?;
        let c: Cached = serde_json::from_slice(&bytes).ok()?;
        let published = c.published.as_deref().and_then(parse_date);
        (c.url == url).then_some(Article { source: c.url, text: c.text, published })
    }

    /// Best effort: a page that cannot be cached is fetched again next time.
    fn store_cache(&self, a: &Article) {
        let Some(path) = self.cache_path(&a.source) else { return };
        let Some(dir) = path.parent() else { return };
        let published = a.published.map(|d| d.format("%Y-%m-%d").to_string());
        let c = Cached { url: a.source.clone(), published, text: a.text.clone() };
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(dir)?;
            let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
            tmp.write_all(&serde_json::to_vec(&c).map_err(std::io::Error::other)?)?;
            tmp.as_file().sync_all()?;
            tmp.persist(&path).map_err(|e| e.error)?;
            Ok(())
        };
        let _ = write();
    }
}

fn retry_after(resp: &reqwest::blocking::Response) -> Option<Duration> {
    let secs: u64 = resp.headers().get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim().parse().ok()?;
    Some(Duration::from_secs(secs))
}

/// reqwest's errors say little on their own; name the usual causes.
fn describe(e: reqwest::Error) -> anyhow::Error {
    if e.is_timeout() {
        anyhow!("timed out")
    } else if e.is_redirect() {
        anyhow!("too many redirects")
    } else {
        // The innermost cause says what happened ("Connection refused", a DNS failure, ...).
        let mut cause: &dyn std::error::Error = &e;
        while let Some(next) = cause.source() {
            cause = next;
        }
        if e.is_connect() { anyhow!("cannot connect: {cause}") } else { anyhow!("{cause}") }
    }
}

macro_rules! selector {
    ($css:literal) => {{
        static S: LazyLock<Selector> = LazyLock::new(|| Selector::parse($css).expect("valid selector"));
        &*S
    }};
}

/// Reduces an HTML page to its article text (headline and paragraphs) and publication date.
pub fn article_from_html(source: &str, html: &str) -> Article {
    let doc = Html::parse_document(html);
    let text = crate::extract::cleaned(&article_text(&doc));
    Article { source: source.to_string(), text, published: published_date(&doc) }
}

/// The headline, then the paragraphs of `<article>` (else `<main>`, else the whole page),
/// leaving out navigation, headers, footers, asides, scripts and styles.
fn article_text(doc: &Html) -> String {
    let paragraphs = &paragraph_counts(doc);
    let root = [selector!("article"), selector!("main"), selector!("body")]
        .into_iter()
        .find_map(|s| doc.select(s).filter(|e| paragraphs(e) > 0).max_by_key(paragraphs))
        .unwrap_or_else(|| doc.root_element());
    let mut parts = Vec::new();
    // The headline: inside the article, else the page's first one outside the page chrome.
    let page = doc.root_element();
    let headline =
        root.select(selector!("h1")).next().or_else(|| doc.select(selector!("h1")).find(|h| !in_chrome(*h, page)));
    if let Some(h) = headline.map(text_of).filter(|t| !t.is_empty()) {
        parts.push(h);
    }
    let headlines = parts.len();
    for p in root.select(selector!("p")) {
        // A paragraph inside another (`<p><table>…<p>`, as parsed in quirks mode) is in that one's
        // text already: taken again, nested paragraphs made text quadratic in the page's size
        // (found by fuzzing: 78 KB of `<p>…<table><tr><td>` took 86 s).
        if p.ancestors().take_while(|a| a.id() != root.id()).any(|a| ElementRef::wrap(a).is_some_and(is_p)) {
            continue;
        }
        let t = text_of(p);
        if !in_chrome(p, root) && !t.is_empty() && !parts.contains(&t) {
            parts.push(t);
        }
    }
    if parts.len() <= 1 {
        // No paragraphs (or one and no headline): fall back to all visible text of the root. It
        // holds that one paragraph, which is dropped so the text does not say it twice (found by
        // fuzzing: an incident's evidence then quoted each of its sentences twice).
        parts.truncate(headlines);
        let t = text_of(root);
        if !t.is_empty() && !parts.contains(&t) {
            parts.push(t);
        }
    }
    parts.join("\n\n")
}

fn is_p(e: ElementRef) -> bool {
    e.value().name() == "p"
}

/// For each `<article>`, `<main>` and `<body>`, how many of its paragraphs are not in its chrome
/// (as [`in_chrome`] decides), from one walk up from each paragraph. Asking `in_chrome` for every
/// candidate walked those ancestors once per candidate, cubic in the nesting (found by fuzzing:
/// 66 KB of nested `<article><p>` took 13 s).
fn paragraph_counts(doc: &Html) -> impl Fn(&ElementRef) -> usize {
    let mut counts = std::collections::HashMap::new();
    for p in doc.select(selector!("p")) {
        // What lies between the paragraph and the ancestor reached so far.
        let (mut chrome, mut header, mut article) = (false, false, false);
        for a in p.ancestors().filter_map(ElementRef::wrap) {
            let name = a.value().name();
            if matches!(name, "article" | "main" | "body") && !chrome && !(header && name != "article" && !article) {
                *counts.entry(a.id()).or_default() += 1;
            }
            match name {
                "nav" | "footer" | "aside" | "form" | "noscript" => chrome = true,
                "header" => header = true,
                "article" => article = true,
                _ => {}
            }
        }
    }
    move |e: &ElementRef| counts.get(&e.id()).copied().unwrap_or(0)
}

/// Whether `e` sits in navigation, a footer, sidebar or form below `root`, or in a header that
/// is not an article's own (an article's header holds its headline and standfirst).
fn in_chrome(e: ElementRef, root: ElementRef) -> bool {
    let names: Vec<&str> = e
        .ancestors()
        .take_while(|a| a.id() != root.id())
        .filter_map(ElementRef::wrap)
        .map(|a| a.value().name())
        .collect();
    let in_article = root.value().name() == "article" || names.contains(&"article");
    names.iter().any(|n| matches!(*n, "nav" | "footer" | "aside" | "form" | "noscript"))
        || (names.contains(&"header") && !in_article)
}

/// Visible text with whitespace collapsed; script and style contents are not text.
fn text_of(e: ElementRef) -> String {
    let mut out = String::new();
    for node in e.descendants() {
        if let Some(t) = node.value().as_text() {
            let hidden = node
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| matches!(a.value().name(), "script" | "style" | "noscript"));
            if !hidden {
                out.push_str(t);
                out.push(' ');
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The publication date from meta tags, JSON-LD, or the first `<time datetime>`.
fn published_date(doc: &Html) -> Option<NaiveDate> {
    const META: [&str; 8] = [
        "article:published_time",
        "og:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "date",
        "dc.date.issued",
        "dcterms.created",
    ];
    for want in META {
        for m in doc.select(selector!("meta")) {
            let v = m.value();
            let key = v.attr("property").or(v.attr("name")).or(v.attr("itemprop")).unwrap_or_default();
            if key.eq_ignore_ascii_case(want)
                && let Some(d) = v.attr("content").and_then(parse_date)
            {
                return Some(d);
            }
        }
    }
    for s in doc.select(selector!(r#"script[type="application/ld+json"]"#)) {
        let json: String = s.text().collect();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&json)
            && let Some(d) = find_date_published(&v)
        {
            return Some(d);
        }
    }
    doc.select(selector!("time[datetime]")).find_map(|t| t.value().attr("datetime").and_then(parse_date))
}

fn find_date_published(v: &serde_json::Value) -> Option<NaiveDate> {
    match v {
        serde_json::Value::Object(m) => m
            .get("datePublished")
            .and_then(|d| d.as_str())
            .and_then(parse_date)
            .or_else(|| m.values().find_map(find_date_published)),
        serde_json::Value::Array(a) => a.iter().find_map(find_date_published),
        _ => None,
    }
}

/// The calendar date at the start of an ISO 8601 date or timestamp.
fn parse_date(s: &str) -> Option<NaiveDate> {
    static ISO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\d{4})-(\d{2})-(\d{2})").expect("valid regex"));
    let c = ISO.captures(s)?;
    NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_reduced_to_article_text_and_date() {
        let html = r#"<html><head><meta property="article:published_time" content="2021-02-16T08:00:00Z">
            <style>p { color: red }</style><script>var x = "not text";</script></head>
            <body><nav><p>Home | World</p></nav><h1>Rockets hit base</h1>
            <article><p>Three rockets struck the base.</p><p>No one was hurt.</p></article>
            <footer><p>Copyright</p></footer></body></html>"#;
        let a = article_from_html("page.html", html);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2021, 2, 16));
        assert_eq!(a.text, "Rockets hit base\n\nThree rockets struck the base.\n\nNo one was hurt.");
    }

    #[test]
    fn the_article_header_is_content_the_page_header_is_not() {
        let html = r#"<body><header><h1>The Daily Site</h1><p>Subscribe now</p></header>
            <article class="teaser"><h2>Other story</h2></article>
            <article><header><h1>Drones hit base</h1><p>Two drones struck at dawn.</p></header>
            <p>Officials said no one was hurt.</p><aside><p>Related: older story</p></aside></article></body>"#;
        let a = article_from_html("x", html);
        assert_eq!(a.text, "Drones hit base\n\nTwo drones struck at dawn.\n\nOfficials said no one was hurt.");
        let html = r#"<body><nav><p>Menu</p></nav><h1>Headline</h1><div class="story"><p>Body text.</p></div></body>"#;
        assert_eq!(article_from_html("x", html).text, "Headline\n\nBody text.");
    }

    #[test]
    fn date_from_json_ld_graph_and_time_element() {
        let html = r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},
            {"@type":"NewsArticle","datePublished":"2020-01-05T10:00:00+03:00"}]}</script><p>x</p>"#;
        assert_eq!(article_from_html("x", html).published, NaiveDate::from_ymd_opt(2020, 1, 5));
        let html = r#"<p>Posted <time datetime="2019-12-28">yesterday</time></p>"#;
        assert_eq!(article_from_html("x", html).published, NaiveDate::from_ymd_opt(2019, 12, 28));
        assert_eq!(article_from_html("x", "<p>no date</p>").published, None);
    }

    #[test]
    fn legacy_encodings_are_decoded() {
        assert_eq!(decode(b"Caf\xe9 \x93quoted\x94", None, false), "Caf\u{e9} \u{201c}quoted\u{201d}");
        let page = b"<html><head><meta charset=\"windows-1256\"></head><p>\xc7\xe1\xd1\xe3\xc7\xcf\xda</p>";
        assert!(decode(page, None, true).contains("\u{627}\u{644}"), "Arabic from the page's charset");
        assert_eq!(decode(b"\xe9t\xe9", Some("iso-8859-1"), true), "\u{e9}t\u{e9}");
        assert_eq!(decode("d\u{e9}j\u{e0}".as_bytes(), None, false), "d\u{e9}j\u{e0}", "UTF-8 stays UTF-8");
        assert_eq!(decode(b"\xef\xbb\xbfhi", None, false), "hi", "BOM removed");
        assert_eq!(decode(&"d\u{e9}j\u{e0}".as_bytes()[..5], None, false), "d\u{e9}j", "cut mid-character");
        assert_eq!(header_charset("text/html; charset=\"ISO-8859-6\""), Some("ISO-8859-6"));
    }

    #[test]
    fn empty_and_binary_content_is_refused() {
        assert!(check_text(b" \n\t", "file").unwrap_err().to_string().contains("empty file"));
        assert!(check_text(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "page").unwrap_err().to_string().contains("binary page"));
        assert!(check_text("Rockets hit the base.".as_bytes(), "file").is_ok());
    }

    #[test]
    fn urls_are_recognised() {
        assert!(is_url("https://example.com/a"));
        assert!(is_url("HTTP://example.com"));
        assert!(!is_url("corpus/a.txt"));
        assert!(!is_url("http"));
    }
}
