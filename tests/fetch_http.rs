//! Fetching against a real HTTP server on 127.0.0.1: pages, errors, limits, retries and the cache.

mod fetch_server;

use std::io::Write;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use fetch_server::{respond, start};
use incmap::fetch::{Fetcher, Options};

const PAGE: &str = r#"<!doctype html><html><head>
<meta property="article:published_time" content="2021-02-16T07:30:00+00:00">
<script>window.ads = "buy now";</script></head>
<body><nav><p>Home | World | Sport</p></nav>
<h1>Rocket attack on Erbil airport</h1>
<article><p>Three rockets hit Erbil airport late on Monday.</p><p>One contractor was killed.</p></article>
<footer><p>All rights reserved</p></footer></body></html>"#;

fn options(cache: Option<&std::path::Path>) -> Options {
    Options {
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_secs(1),
        max_bytes: 64 * 1024,
        max_redirects: 5,
        retries: 2,
        backoff: Duration::from_millis(20),
        cache_dir: cache.map(|p| p.to_path_buf()),
    }
}

fn fetcher() -> Fetcher {
    Fetcher::new(options(None)).unwrap()
}

#[test]
fn a_page_is_reduced_to_its_article_and_date_with_our_user_agent() {
    let server = start(|_, _, s| respond(s, "200 OK", "text/html; charset=utf-8", PAGE.as_bytes()));
    let url = format!("{}/news/1", server.base);
    let a = fetcher().article(&url).unwrap();
    assert_eq!(a.source, url);
    assert_eq!(a.published, NaiveDate::from_ymd_opt(2021, 2, 16));
    assert_eq!(
        a.text,
        "Rocket attack on Erbil airport\n\nThree rockets hit Erbil airport late on Monday.\n\nOne contractor was killed."
    );
    let head = server.requests.lock().unwrap()[0].to_ascii_lowercase();
    assert!(head.contains(&format!("user-agent: incmap/{}", env!("CARGO_PKG_VERSION"))), "{head}");
}

#[test]
fn not_found_is_an_error_naming_the_status() {
    let server = start(|_, _, s| respond(s, "404 Not Found", "text/html", b"<p>gone</p>"));
    let e = fetcher().article(&format!("{}/gone", server.base)).unwrap_err();
    assert!(format!("{e:#}").contains("404"), "{e:#}");
    assert_eq!(server.hits("/gone"), 1, "a 404 is not retried");
}

#[test]
fn a_slow_server_times_out() {
    let server = start(|_, _, s| {
        std::thread::sleep(Duration::from_secs(4));
        respond(s, "200 OK", "text/html", b"<p>late</p>");
    });
    let t = Instant::now();
    let e = fetcher().article(&format!("{}/slow", server.base)).unwrap_err();
    assert!(format!("{e:#}").contains("timed out"), "{e:#}");
    assert!(t.elapsed() < Duration::from_secs(3), "gave up after {:?}", t.elapsed());
}

#[test]
fn a_body_that_dribbles_in_past_the_total_timeout_is_cut() {
    let server = start(|_, _, s| {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n");
        for _ in 0..40 {
            if s.write_all(b"<p>more</p>").is_err() {
                return;
            }
            let _ = s.flush();
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    let t = Instant::now();
    assert!(fetcher().article(&format!("{}/drip", server.base)).is_err());
    assert!(t.elapsed() < Duration::from_secs(3), "gave up after {:?}", t.elapsed());
}

#[test]
fn oversized_bodies_are_refused_while_streaming() {
    // No Content-Length: the cap must be enforced on the bytes as they arrive.
    let server = start(|path, _, s| {
        if path == "/declared" {
            let _ = s.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000000\r\nConnection: close\r\n\r\n",
            );
            return;
        }
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n");
        let chunk = vec![b'a'; 16 * 1024];
        for _ in 0..1000 {
            if s.write_all(&chunk).is_err() {
                return; // the client hung up, as it should
            }
        }
    });
    for path in ["/endless", "/declared"] {
        let e = fetcher().article(&format!("{}{path}", server.base)).unwrap_err();
        assert!(format!("{e:#}").contains("larger than 65536 bytes"), "{path}: {e:#}");
    }
}

#[test]
fn redirect_loops_stop() {
    let server = start(|_, _, s| {
        let _ = s.write_all(b"HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    });
    let e = fetcher().article(&format!("{}/loop", server.base)).unwrap_err();
    assert!(format!("{e:#}").contains("too many redirects"), "{e:#}");
    assert!(server.hits("/loop") <= 6, "followed {} times", server.hits("/loop"));
}

#[test]
fn a_redirect_to_the_article_is_followed() {
    let server = start(|path, _, s| match path {
        "/short" => {
            let _ = s.write_all(
                b"HTTP/1.1 301 Moved\r\nLocation: /news/1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
        _ => respond(s, "200 OK", "text/html", PAGE.as_bytes()),
    });
    let a = fetcher().article(&format!("{}/short", server.base)).unwrap();
    assert!(a.text.contains("Three rockets"));
}

#[test]
fn non_text_content_types_are_refused() {
    let server = start(|path, _, s| match path {
        "/doc.pdf" => respond(s, "200 OK", "application/pdf", b"%PDF-1.4"),
        "/img" => respond(s, "200 OK", "image/png", b"\x89PNG"),
        _ => respond(s, "200 OK", "text/plain; charset=utf-8", b" date 2020-01-05 Rockets hit a base."),
    });
    for path in ["/doc.pdf", "/img"] {
        let e = fetcher().article(&format!("{}{path}", server.base)).unwrap_err();
        assert!(format!("{e:#}").contains("not an HTML or text page"), "{path}: {e:#}");
    }
    let a = fetcher().article(&format!("{}/plain", server.base)).unwrap();
    assert!(a.text.contains("Rockets hit a base."));
}

#[test]
fn service_unavailable_is_retried_then_succeeds() {
    let server = start(|_, nth, s| {
        if nth == 1 {
            respond(s, "503 Service Unavailable", "text/html", b"busy");
        } else {
            respond(s, "200 OK", "text/html", PAGE.as_bytes());
        }
    });
    let a = fetcher().article(&format!("{}/flaky", server.base)).unwrap();
    assert!(a.text.contains("Three rockets"));
    assert_eq!(server.hits("/flaky"), 2);
}

#[test]
fn retries_are_bounded() {
    let server = start(|_, _, s| respond(s, "429 Too Many Requests", "text/html", b"slow down"));
    let e = fetcher().article(&format!("{}/busy", server.base)).unwrap_err();
    assert!(format!("{e:#}").contains("429"), "{e:#}");
    assert_eq!(server.hits("/busy"), 3, "the first try and two retries");
}

#[test]
fn a_cached_page_is_not_fetched_again() {
    let cache = tempfile::tempdir().unwrap();
    let server = start(|_, _, s| respond(s, "200 OK", "text/html", PAGE.as_bytes()));
    let url = format!("{}/news/1", server.base);
    let first = Fetcher::new(options(Some(cache.path()))).unwrap().article(&url).unwrap();
    let second = Fetcher::new(options(Some(cache.path()))).unwrap().article(&url).unwrap();
    assert_eq!(first, second);
    assert_eq!(server.hits("/news/1"), 1);
    assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 1, "one cache file, no temp files left");
}
