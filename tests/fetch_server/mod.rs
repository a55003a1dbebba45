//! A tiny HTTP/1.1 server on 127.0.0.1 for fetch tests: each request is answered by a handler
//! that gets the path and the request head, and writes whatever raw response the test needs.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

pub struct Server {
    pub base: String,
    /// Every request head received, in order.
    pub requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    pub fn hits(&self, path: &str) -> usize {
        let line = format!("GET {path} ");
        self.requests.lock().unwrap().iter().filter(|r| r.starts_with(&line)).count()
    }
}

/// Starts a server; `handler(path, nth_request_for_this_path, stream)` writes the response.
pub fn start(handler: impl Fn(&str, usize, &mut TcpStream) + Send + Sync + 'static) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(Mutex::new(Vec::new()));
    let seen = requests.clone();
    let handler = Arc::new(handler);
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let seen = seen.clone();
            let handler = handler.clone();
            thread::spawn(move || {
                let mut head = String::new();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    head.push_str(&line);
                }
                let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
                let nth = {
                    let mut all = seen.lock().unwrap();
                    all.push(head.clone());
                    all.iter().filter(|r| r.split_whitespace().nth(1) == Some(path.as_str())).count()
                };
                handler(&path, nth, &mut stream);
                let _ = stream.flush();
            });
        }
    });
    Server { base, requests }
}

/// A complete response with a body and its length.
pub fn respond(stream: &mut TcpStream, status: &str, content_type: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
}
