//! Old Chromium kernels for real: the headless Chromium 86, 83 and 81 that the npm
//! registry's `chrome-aws-lambda` packages carry (see ../shared/reference/toolchain.md),
//! driven over the DevTools protocol. chromedriver 156 does not drive kernels that
//! old, so the end-to-end tests of the office kernels speak plain CDP over a
//! WebSocket on the loopback interface.

use crate::Result;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket};

/// An office kernel: its version and the npm package version that carries it.
#[derive(Clone, Copy, Debug)]
pub struct Kernel {
    pub major: u32,
    pub package: &'static str,
}

/// Chromium 86.0.4240.0 (the kernel of 360安全浏览器 13 and other domestic browsers).
pub const CHROMIUM_86: Kernel = Kernel {
    major: 86,
    package: "chrome-aws-lambda@5.3.1",
};

/// Chromium 81.0.4044.0 (国产化内网 terminals).
pub const CHROMIUM_81: Kernel = Kernel {
    major: 81,
    package: "chrome-aws-lambda@3.0.4",
};

/// Chromium 83.0.4103.0 (国产化 terminals and Debian 10 PCs).
pub const CHROMIUM_83: Kernel = Kernel {
    major: 83,
    package: "chrome-aws-lambda@5.0.0",
};

impl Kernel {
    /// Where the kernel's binary is unpacked (under `target/`, never committed).
    pub fn binary(&self) -> PathBuf {
        crate::root()
            .join("target/kernels")
            .join(self.major.to_string())
            .join("chromium")
    }

    /// Unpacks the kernel from its npm package when it is not there yet: `npm pack`
    /// (the registry only), the package's brotli-compressed binary inflated by Node.
    pub fn ensure(&self) -> Result<PathBuf> {
        let bin = self.binary();
        if bin.exists() {
            return Ok(bin);
        }
        let dir = bin.parent().ok_or("no folder")?.to_path_buf();
        std::fs::create_dir_all(&dir)?;
        crate::tools::run(
            crate::tools::cmd("npm")
                .args(["pack", "--silent", self.package])
                .current_dir(&dir),
        )?;
        let tgz = std::fs::read_dir(&dir)?
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "tgz"))
            .ok_or("npm pack wrote no package")?;
        crate::tools::run(
            Command::new("tar")
                .arg("xzf")
                .arg(&tgz)
                .arg("package/bin/chromium.br")
                .current_dir(&dir),
        )?;
        let partial = dir.join("chromium.partial");
        crate::tools::run(Command::new("node").current_dir(&dir).args([
            "-e",
            "const z = require('zlib'), fs = require('fs'); fs.writeFileSync('chromium.partial', z.brotliDecompressSync(fs.readFileSync('package/bin/chromium.br')));",
        ]))?;
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&partial, std::fs::Permissions::from_mode(0o755))?;
        std::fs::rename(&partial, &bin)?;
        std::fs::remove_dir_all(dir.join("package")).ok();
        std::fs::remove_file(&tgz).ok();
        Ok(bin)
    }
}

/// A headless browser of an old kernel and one page in it, driven over CDP. The
/// browser is killed on drop.
pub struct Browser {
    child: Child,
    ws: WebSocket<TcpStream>,
    next: u64,
    session: String,
    /// The console messages and exceptions the page reported.
    pub console: Vec<String>,
}

impl Browser {
    /// Starts `binary` headless with its own profile, with the network cut, and
    /// attaches to its page.
    pub fn launch(binary: &Path, profile: &Path) -> Result<Browser> {
        let mut child = Command::new(binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--remote-debugging-port=0",
            ])
            .args(crate::browser::NO_NETWORK_FLAGS)
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
        // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID"
        let stderr = child.stderr.take().ok_or("no stderr")?;
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(|l| l.ok()) {
                if let Some(at) = line.find("ws://") {
                    tx.send(line[at..].trim().to_string()).ok();
                }
            }
        });
        let url = rx
            .recv_timeout(Duration::from_secs(30))
            .map_err(|_| format!("{} did not start its DevTools", binary.display()))?;
        let host = url
            .trim_start_matches("ws://")
            .split('/')
            .next()
            .ok_or("no host")?
            .to_string();
        let stream = TcpStream::connect(&host)?;
        let (ws, _) = tungstenite::client::client(url.as_str(), stream)
            .map_err(|e| format!("DevTools handshake: {e}"))?;
        let mut b = Browser {
            child,
            ws,
            next: 0,
            session: String::new(),
            console: Vec::new(),
        };
        let targets = b.call_browser("Target.getTargets", json!({}))?;
        let page = targets["targetInfos"]
            .as_array()
            .and_then(|t| t.iter().find(|t| t["type"] == "page"))
            .and_then(|t| t["targetId"].as_str())
            .ok_or("no page target")?
            .to_string();
        let attached = b.call_browser(
            "Target.attachToTarget",
            json!({ "targetId": page, "flatten": true }),
        )?;
        b.session = attached["sessionId"]
            .as_str()
            .ok_or("no session")?
            .to_string();
        b.call("Page.enable", json!({}))?;
        b.call("Runtime.enable", json!({}))?;
        // The tests' day (`browser::TODAY_MS`), as in the other browser sessions.
        b.call(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": crate::browser::clock_script(crate::browser::TODAY_MS) }),
        )?;
        Ok(b)
    }

    fn send(&mut self, method: &str, params: Value, session: bool) -> Result<Value> {
        self.next += 1;
        let id = self.next;
        let mut msg = json!({ "id": id, "method": method, "params": params });
        if session {
            msg["sessionId"] = json!(self.session);
        }
        self.ws.send(Message::text(msg.to_string()))?;
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if Instant::now() > deadline {
                return Err(format!("no answer to {method}").into());
            }
            let Message::Text(text) = self.ws.read()? else {
                continue;
            };
            let v: Value = serde_json::from_str(text.as_str())?;
            if v["id"] == json!(id) {
                if let Some(e) = v.get("error") {
                    return Err(format!("{method}: {e}").into());
                }
                return Ok(v["result"].clone());
            }
            match v["method"].as_str() {
                Some("Runtime.consoleAPICalled") => self.console.push(
                    v["params"]["args"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|a| a["value"].to_string())
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
                Some("Runtime.exceptionThrown") => self
                    .console
                    .push(v["params"]["exceptionDetails"].to_string()),
                _ => {}
            }
        }
    }

    /// A command to the page.
    pub fn call(&mut self, method: &str, params: Value) -> Result<Value> {
        self.send(method, params, true)
    }

    /// A command to the browser itself.
    pub fn call_browser(&mut self, method: &str, params: Value) -> Result<Value> {
        self.send(method, params, false)
    }

    /// Evaluates a JavaScript expression in the page (awaiting a promise) and returns
    /// its value.
    pub fn eval(&mut self, expression: &str) -> Result<Value> {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        )?;
        if let Some(e) = r.get("exceptionDetails") {
            return Err(format!("{expression}: {e}").into());
        }
        Ok(r["result"]["value"].clone())
    }

    /// Opens a URL.
    pub fn goto(&mut self, url: &str) -> Result<()> {
        self.call("Page.navigate", json!({ "url": url }))?;
        Ok(())
    }

    /// Reloads the page; [`Browser::wait_ready`] then waits for the new document (the
    /// old one's ready mark is taken away first, so it cannot answer for the new one).
    pub fn reload(&mut self) -> Result<()> {
        self.eval("delete document.documentElement.dataset.ready; delete document.documentElement.dataset.checked")?;
        self.call("Page.reload", json!({}))?;
        Ok(())
    }

    /// Waits until a JavaScript condition holds in the page.
    pub fn wait_for(&mut self, cond: &str, what: &str) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if self.eval(&format!("!!({cond})")).unwrap_or_default() == json!(true) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "timed out waiting for {what} ({cond}); the page said: {:?}",
                    self.console
                )
                .into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the app says it is ready (the last draft restored).
    pub fn wait_ready(&mut self) -> Result<()> {
        self.wait_for(crate::browser::READY_AND_CHECKED, "the app to be ready")
    }

    /// Opens a step by the text of its link in the step list, and waits until `shown`
    /// (a selector) is on the page.
    pub fn open_step(&mut self, label: &str, shown: &str) -> Result<()> {
        let label = serde_json::to_string(label)?;
        self.eval(&format!(
            "[...document.querySelectorAll('nav a')].find((a) => a.textContent.includes({label})).click()"
        ))?;
        let sel = serde_json::to_string(shown)?;
        self.wait_for(&format!("document.querySelector({sel})"), shown)
    }

    /// Types text into the focused element, as an input method commits it.
    pub fn type_text(&mut self, selector: &str, text: &str) -> Result<()> {
        let sel = serde_json::to_string(selector)?;
        self.eval(&format!("document.querySelector({sel}).focus()"))?;
        self.call("Input.insertText", json!({ "text": text }))?;
        Ok(())
    }

    /// Clicks the element (its own click, as a keyboard or mouse would).
    pub fn click(&mut self, selector: &str) -> Result<()> {
        let sel = serde_json::to_string(selector)?;
        self.eval(&format!("document.querySelector({sel}).click()"))?;
        Ok(())
    }

    /// Prints the page to PDF as the browser's print does (the CSS page size).
    pub fn print_pdf(&mut self) -> Result<Vec<u8>> {
        use base64::Engine;
        let v = self.call(
            "Page.printToPDF",
            json!({ "preferCSSPageSize": true, "printBackground": true }),
        )?;
        let data = v["data"].as_str().ok_or("printToPDF returned no data")?;
        Ok(base64::engine::general_purpose::STANDARD.decode(data)?)
    }

    /// Writes a PNG of what the page shows.
    pub fn screenshot(&mut self, path: &Path) -> Result<()> {
        use base64::Engine;
        let v = self.call("Page.captureScreenshot", json!({ "format": "png" }))?;
        let data = v["data"].as_str().ok_or("no screenshot")?;
        std::fs::write(
            path,
            base64::engine::general_purpose::STANDARD.decode(data)?,
        )?;
        Ok(())
    }

    /// Lets the page download files into `dir` without asking.
    pub fn allow_downloads(&mut self, dir: &Path) -> Result<()> {
        self.call(
            "Page.setDownloadBehavior",
            json!({ "behavior": "allow", "downloadPath": dir.display().to_string() }),
        )?;
        Ok(())
    }

    /// The browser's version string (`HeadlessChrome/86.0.4240.0`).
    pub fn version(&mut self) -> Result<String> {
        let v = self.call_browser("Browser.getVersion", json!({}))?;
        Ok(v["product"].as_str().unwrap_or_default().to_string())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
