//! A small static file server for `dist/`, on loopback only.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

/// Answers GET requests for files under `dir` until the listener fails.
pub fn serve_dir(listener: TcpListener, dir: &Path) {
    for stream in listener.incoming() {
        let Ok(mut s) = stream else { continue };
        let Ok(clone) = s.try_clone() else { continue };
        let mut line = String::new();
        if BufReader::new(clone).read_line(&mut line).is_err() {
            continue;
        }
        let path = line.split_whitespace().nth(1).unwrap_or("/");
        let path = path.split(['?', '#']).next().unwrap_or("/");
        let rel = if path == "/" {
            "index.html"
        } else {
            path.trim_start_matches('/')
        };
        let file = dir.join(rel);
        let found = !rel.contains("..") && file.is_file();
        let (status, body, ctype) = match found.then(|| std::fs::read(&file)) {
            Some(Ok(body)) => ("200 OK", body, content_type(&file)),
            _ => ("404 Not Found", b"not found".to_vec(), "text/plain"),
        };
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let _ = s
            .write_all(head.as_bytes())
            .and_then(|_| s.write_all(&body));
    }
}

/// Serves `dir` on a free loopback port in a background thread; returns the base URL.
pub fn spawn(dir: &Path) -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let url = format!("http://{}/", listener.local_addr()?);
    let dir = dir.to_path_buf();
    std::thread::spawn(move || serve_dir(listener, &dir));
    Ok(url)
}
