//! Headless Chromium driven over Debian's chromedriver with fantoccini, and Firefox
//! ESR over geckodriver.

use crate::Result;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const FIREFOX: &str = "/usr/bin/firefox-esr";

/// Flags that keep Chromium quiet on a closed network (see ../shared/reference/toolchain.md).
pub const QUIET_FLAGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
];

/// Flags that cut every network path: nothing resolves, any proxy use dies.
pub const NO_NETWORK_FLAGS: &[&str] = &[
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=http://127.0.0.1:9",
];

/// A running chromedriver, stopped on drop.
pub struct Driver {
    child: Child,
    pub url: String,
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl Driver {
    /// Starts chromedriver on a free port and waits until it answers.
    pub fn start() -> Result<Driver> {
        Driver::spawn(CHROMEDRIVER, "--port=")
    }

    /// Starts geckodriver (Firefox ESR) on a free port and waits until it answers.
    pub fn start_firefox() -> Result<Driver> {
        Driver::spawn("geckodriver", "--port=")
    }

    fn spawn(program: &str, port_flag: &str) -> Result<Driver> {
        let port = free_port()?;
        let child = crate::tools::cmd(program)
            .arg(format!("{port_flag}{port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start {program}: {e}"))?;
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err(format!("{program} did not start").into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        })
    }

    /// A headless Firefox ESR session (over a driver from [`Driver::start_firefox`]),
    /// with its update, telemetry and other network services off.
    pub async fn firefox_session(&self) -> Result<Client> {
        let caps = json!({
            "moz:firefoxOptions": {
                "binary": FIREFOX,
                "args": ["-headless", "-width", "1280", "-height", "900"],
                "prefs": {
                    "app.update.enabled": false,
                    "datareporting.policy.dataSubmissionEnabled": false,
                    "toolkit.telemetry.enabled": false,
                    "network.captive-portal-service.enabled": false,
                    "network.connectivity-service.enabled": false,
                    "browser.safebrowsing.malware.enabled": false,
                    "browser.safebrowsing.phishing.enabled": false,
                    "network.proxy.type": 1,
                    "network.proxy.http": "127.0.0.1",
                    "network.proxy.http_port": 9,
                    "network.proxy.ssl": "127.0.0.1",
                    "network.proxy.ssl_port": 9
                }
            },
            "pageLoadStrategy": "normal",
        });
        self.connect(caps).await
    }

    /// A session with these WebDriver capabilities (a JSON object).
    async fn connect(&self, caps: Value) -> Result<Client> {
        let Value::Object(caps) = caps else {
            return Err("capabilities must be a JSON object".into());
        };
        Ok(ClientBuilder::native()
            .capabilities(caps)
            .connect(&self.url)
            .await?)
    }

    /// A new browser session with its own profile folder and extra flags.
    pub async fn session(&self, profile: &Path, extra: &[&str]) -> Result<Client> {
        self.session_with_prefs(profile, extra, json!({})).await
    }

    /// The same, with Chrome preferences (content settings and the like).
    pub async fn session_with_prefs(
        &self,
        profile: &Path,
        extra: &[&str],
        prefs: Value,
    ) -> Result<Client> {
        let mut args: Vec<String> = QUIET_FLAGS.iter().map(|s| s.to_string()).collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        args.extend(extra.iter().map(|s| s.to_string()));
        let caps = json!({
            "goog:chromeOptions": { "binary": CHROMIUM, "args": args, "prefs": prefs },
            "pageLoadStrategy": "normal",
        });
        let c = self.connect(caps).await?;
        pin_clock(&c).await?;
        Ok(c)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The day the browsers under test live on: 2026-12-07, 10:00 in Beijing, in the
/// season of the 2026年度 meetings. The app's new drafts follow the calendar
/// (`domain::season`), so the tests set the page's clock to this day instead of
/// reading the machine's (they would pass or fail by the season they run in).
pub const TODAY_MS: f64 = 1_796_608_800_000.0;

/// A script run before any of the page's own: `Date` moved to [`TODAY_MS`] (shifted,
/// so it still runs), through the DevTools protocol, which the page's policy does not
/// govern. ES5, for every kernel under test.
pub fn clock_script(today_ms: f64) -> String {
    format!(
        "(function(){{var R=Date,off={today_ms}-R.now();\
function D(){{if(!(this instanceof D))return new R(R.now()+off).toString();\
if(arguments.length===0)return new R(R.now()+off);\
var a=[null];for(var i=0;i<arguments.length;i++)a.push(arguments[i]);\
return new(Function.prototype.bind.apply(R,a))();}}\
D.prototype=R.prototype;D.now=function(){{return R.now()+off;}};\
D.UTC=R.UTC;D.parse=R.parse;window.Date=D;}})();"
    )
}

/// Sets the page's clock to [`TODAY_MS`] for every document the session opens.
pub async fn pin_clock(c: &Client) -> Result<()> {
    cdp(
        c,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": clock_script(TODAY_MS) }),
    )
    .await?;
    Ok(())
}

/// A fresh, empty profile folder under the system temp dir.
pub fn temp_profile(name: &str) -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("duizhao-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Waits until `cond` (a JS expression) is true in the page.
pub async fn wait_for(c: &Client, cond: &str, what: &str) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(20);
    let script = format!("return !!({cond});");
    loop {
        if c.execute(&script, vec![]).await?.as_bool() == Some(true) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("timed out waiting for {what} ({cond})").into());
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Waits until the app says it is ready (the last draft restored) and its checks have
/// run (the statuses drawn, a frame after the first screen).
pub async fn wait_ready(c: &Client) -> Result<()> {
    wait_for(c, READY_AND_CHECKED, "the app to be ready").await
}

/// The app's ready mark (the last draft restored), which every build sets.
pub const READY: &str = "document.documentElement.dataset.ready === '1'";

/// Ready, and the checks run (their statuses drawn, a frame after the first screen).
pub const READY_AND_CHECKED: &str =
    "document.documentElement.dataset.ready === '1' && document.documentElement.dataset.checked === '1'";

/// Types `text` into the element found by CSS `selector` (real key events).
pub async fn type_into(c: &Client, selector: &str, text: &str) -> Result<()> {
    let el = c.find(Locator::Css(selector)).await?;
    el.click().await?;
    el.send_keys(text).await?;
    Ok(())
}

/// Chrome's DevTools command through chromedriver.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> std::result::Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()),
        )
    }
}

/// Runs a Chrome DevTools command through chromedriver.
pub async fn cdp(c: &Client, cmd: &'static str, params: Value) -> Result<Value> {
    Ok(c.issue_cmd(Cdp { cmd, params }).await?)
}

/// Lets the page download files into `dir` without asking.
pub async fn allow_downloads(c: &Client, dir: &Path) -> Result<()> {
    cdp(
        c,
        "Browser.setDownloadBehavior",
        json!({ "behavior": "allow", "downloadPath": dir.display().to_string() }),
    )
    .await?;
    Ok(())
}

/// A finished download in `dir` whose name ends with `suffix`, if there is one yet.
pub fn finished_download(dir: &Path, suffix: &str) -> Option<PathBuf> {
    let names: Vec<String> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    // Chromium puts an empty file under the final name when a download starts, and
    // moves the finished `.crdownload` over it: while that is there, nothing is done.
    if names.iter().any(|n| n.ends_with(".crdownload")) {
        return None;
    }
    names
        .into_iter()
        .find(|n| n.ends_with(suffix))
        .map(|n| dir.join(n))
}

/// Waits for a finished download in `dir` whose name ends with `suffix`.
pub async fn wait_download(dir: &Path, suffix: &str) -> Result<PathBuf> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(file) = finished_download(dir, suffix) {
            return Ok(file);
        }
        if Instant::now() > deadline {
            return Err(format!("no download ending {suffix} in {}", dir.display()).into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Prints the page as the browser's print to PDF does, honouring the CSS `@page` size
/// and margin boxes (the W3C print command would impose US Letter).
pub async fn print_pdf(c: &Client) -> Result<Vec<u8>> {
    use base64::Engine;
    let v = c
        .issue_cmd(Cdp {
            cmd: "Page.printToPDF",
            params: json!({ "preferCSSPageSize": true, "printBackground": true }),
        })
        .await?;
    let data = v["data"].as_str().ok_or("printToPDF returned no data")?;
    Ok(base64::engine::general_purpose::STANDARD.decode(data)?)
}

/// `pdftotext` of a PDF (reading order, no layout).
pub fn pdf_text(pdf: &Path) -> Result<String> {
    let out = Command::new("pdftotext").arg(pdf).arg("-").output()?;
    if !out.status.success() {
        return Err("pdftotext failed".into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `pdfinfo` of a PDF.
pub fn pdf_info(pdf: &Path) -> Result<String> {
    let out = Command::new("pdfinfo").arg(pdf).output()?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// A line of text on a PDF page, with its box in points from the top left.
#[derive(Clone, Debug)]
pub struct PdfLine {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
    pub text: String,
}

/// A PDF page: its size in points and its lines.
#[derive(Clone, Debug)]
pub struct PdfPage {
    pub width: f64,
    pub height: f64,
    pub lines: Vec<PdfLine>,
}

impl PdfPage {
    /// The lines as a reader sees them: pieces of text at the same height (a bold lead
    /// and the rest of its line, which pdftotext may give apart) joined, top to bottom.
    pub fn rows(&self) -> Vec<PdfLine> {
        let mut pieces = self.lines.clone();
        pieces.sort_by(|a, b| {
            (a.y0 + a.y1)
                .total_cmp(&(b.y0 + b.y1))
                .then(a.x0.total_cmp(&b.x0))
        });
        let mut rows: Vec<PdfLine> = Vec::new();
        for p in pieces {
            match rows.last_mut() {
                Some(r) if ((r.y0 + r.y1) - (p.y0 + p.y1)).abs() < 20.0 => {
                    let (first, second) = if p.x0 < r.x0 {
                        (p.text.clone(), r.text.clone())
                    } else {
                        (r.text.clone(), p.text.clone())
                    };
                    r.text = format!("{first} {second}");
                    r.x0 = r.x0.min(p.x0);
                    r.x1 = r.x1.max(p.x1);
                }
                _ => rows.push(p),
            }
        }
        rows
    }
}

/// The pages of a PDF with every line's box, read with `pdftotext -bbox-layout`.
pub fn pdf_layout(pdf: &Path) -> Result<Vec<PdfPage>> {
    let out = Command::new("pdftotext")
        .arg("-bbox-layout")
        .arg(pdf)
        .arg("-")
        .output()?;
    if !out.status.success() {
        return Err("pdftotext -bbox-layout failed".into());
    }
    let xml = String::from_utf8_lossy(&out.stdout);
    let attr = |tag: &str, name: &str| -> f64 {
        let key = format!("{name}=\"");
        tag.find(&key)
            .and_then(|i| {
                let rest = &tag[i + key.len()..];
                rest[..rest.find('"')?].parse().ok()
            })
            .unwrap_or(f64::NAN)
    };
    let unescape = |s: &str| {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    };
    let mut pages = Vec::new();
    for part in xml.split("<page ").skip(1) {
        let head = &part[..part.find('>').unwrap_or(0)];
        let mut page = PdfPage {
            width: attr(head, "width"),
            height: attr(head, "height"),
            lines: Vec::new(),
        };
        for l in part.split("<line ").skip(1) {
            let head = &l[..l.find('>').unwrap_or(0)];
            let body = &l[..l.find("</line>").unwrap_or(l.len())];
            let words: Vec<String> = body
                .split("<word ")
                .skip(1)
                .filter_map(|w| {
                    let start = w.find('>')? + 1;
                    let end = w.find("</word>")?;
                    Some(unescape(&w[start..end]))
                })
                .collect();
            page.lines.push(PdfLine {
                x0: attr(head, "xMin"),
                y0: attr(head, "yMin"),
                x1: attr(head, "xMax"),
                y1: attr(head, "yMax"),
                text: words.join(" "),
            });
        }
        pages.push(page);
    }
    Ok(pages)
}

/// Converts an office file to PDF with LibreOffice headless, in its own profile so that
/// runs do not share a lock; returns the PDF's path.
pub fn office_to_pdf(file: &Path, profile: &Path) -> Result<PathBuf> {
    let out_dir = file.parent().ok_or("no folder")?;
    let status = Command::new(crate::tools::SOFFICE)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(out_dir)
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()?;
    let pdf = file.with_extension("pdf");
    if !status.success() || !pdf.exists() {
        return Err(format!("LibreOffice did not convert {}", file.display()).into());
    }
    Ok(pdf)
}
