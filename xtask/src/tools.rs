//! Finds or installs what the build and the tests need, and says exactly what to run
//! when it may not install something itself.

use crate::{root, Result};
use std::path::PathBuf;
use std::process::{Command, Stdio};

pub const TRUNK_VERSION: &str = "0.21.14";

/// PATH with cargo's bin and npm's `node_modules/.bin` in front.
pub fn path_env() -> String {
    let mut parts: Vec<PathBuf> = vec![root().join("node_modules/.bin")];
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        parts.push(PathBuf::from(home).join("bin"));
    } else if let Some(home) = std::env::var_os("HOME") {
        parts.push(PathBuf::from(home).join(".cargo/bin"));
    }
    let old = std::env::var_os("PATH").unwrap_or_default();
    parts.extend(std::env::split_paths(&old));
    std::env::join_paths(parts)
        .expect("PATH entries are valid")
        .to_string_lossy()
        .into_owned()
}

/// A command with the tool PATH.
pub fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.env("PATH", path_env());
    c
}

/// Runs a command and fails with its line if it fails.
pub fn run(c: &mut Command) -> Result<()> {
    eprintln!("xtask: running {c:?}");
    let status = c.status().map_err(|e| format!("cannot start {c:?}: {e}"))?;
    if !status.success() {
        return Err(format!("{c:?} failed: {status}").into());
    }
    Ok(())
}

/// What a command prints, or None when it cannot run.
fn output(c: &mut Command) -> Option<String> {
    let out = c.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The version of `name` locked in Cargo.lock.
pub fn locked_version(name: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l.trim() == format!("name = \"{name}\"") {
            if let Some(v) = lines
                .next()
                .and_then(|v| v.trim().strip_prefix("version = "))
            {
                return Ok(v.trim_matches('"').to_string());
            }
        }
    }
    Err(format!("{name} is not in Cargo.lock").into())
}

fn is_root() -> bool {
    output(Command::new("id").arg("-u")).is_some_and(|s| s.trim() == "0")
}

/// The wasm32 target, Trunk, wasm-bindgen-cli matching Cargo.lock, npm's binaryen,
/// terser and csso.
pub fn ensure_build_tools() -> Result<()> {
    let targets =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !targets
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }

    // The gates of `cargo xtask test`: rustfmt and clippy.
    let components = output(Command::new("rustup").args(["component", "list", "--installed"]))
        .unwrap_or_default();
    for c in ["rustfmt", "clippy"] {
        if !components.lines().any(|l| l.starts_with(c)) {
            run(Command::new("rustup").args(["component", "add", c]))?;
        }
    }

    let trunk = output(cmd("trunk").arg("--version")).unwrap_or_default();
    if !trunk.contains(TRUNK_VERSION) {
        run(cmd("cargo").args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))?;
    }

    // Cargo.lock must exist before its wasm-bindgen version can be read.
    run(cmd("cargo").args(["fetch"]).current_dir(root()))?;
    let wb = locked_version("wasm-bindgen")?;
    let have = output(cmd("wasm-bindgen").arg("--version")).unwrap_or_default();
    let have_runner = output(cmd("wasm-bindgen-test-runner").arg("--version")).unwrap_or_default();
    if !have.contains(&wb) || !have_runner.contains(&wb) {
        // `--locked` fails through this registry mirror (see ../shared/reference/toolchain.md).
        run(cmd("cargo").args(["install", "wasm-bindgen-cli", "--version", &wb]))?;
    }

    let npm_tools = ["wasm-opt", "terser", "csso"];
    if !npm_tools
        .iter()
        .all(|t| root().join("node_modules/.bin").join(t).exists())
    {
        run(cmd("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(root()))?;
    }
    Ok(())
}

/// Firefox ESR from Debian's packages and geckodriver from crates.io, for the
/// end-to-end test in Firefox.
pub fn ensure_firefox() -> Result<()> {
    if !std::path::Path::new(crate::browser::FIREFOX).exists() {
        apt_install("Firefox ESR", &["firefox-esr"], false)?;
    }
    if output(cmd("geckodriver").arg("--version")).is_none() {
        run(cmd("cargo").args(["install", "geckodriver", "--version", GECKODRIVER]))?;
    }
    Ok(())
}

/// LibreOffice Writer without its GUI, from Debian's packages: the end-to-end test turns
/// the exported .docx into a PDF with it (`soffice --headless --convert-to pdf`).
pub fn ensure_libreoffice() -> Result<()> {
    if std::path::Path::new(SOFFICE).exists() {
        return Ok(());
    }
    apt_install("LibreOffice", &["libreoffice-writer-nogui"], true)
}

/// Installs Debian packages when run as root; otherwise says which `apt-get` line to run.
/// `lean` leaves out the recommended packages (LibreOffice's run to hundreds of MB).
fn apt_install(what: &str, packages: &[&str], lean: bool) -> Result<()> {
    let flags: &[&str] = if lean {
        &["install", "-y", "--no-install-recommends"]
    } else {
        &["install", "-y"]
    };
    if !is_root() {
        return Err(format!(
            "missing {what}; run: sudo apt-get update && sudo apt-get {} {}",
            flags.join(" "),
            packages.join(" ")
        )
        .into());
    }
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .args(flags)
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// Where Debian puts LibreOffice's command.
pub const SOFFICE: &str = "/usr/bin/soffice";

/// The geckodriver version the Firefox test runs with.
const GECKODRIVER: &str = "0.37.1";

/// Chromium, chromedriver, poppler-utils and CJK fonts, from Debian's packages.
pub fn ensure_browser() -> Result<()> {
    let have_fonts = output(Command::new("fc-list").arg(":lang=zh"))
        .is_some_and(|s| s.contains("CJK") || s.contains("UKai"));
    let missing = !std::path::Path::new("/usr/bin/chromium").exists()
        || !std::path::Path::new("/usr/bin/chromedriver").exists()
        || output(Command::new("pdftotext").arg("-v")).is_none()
            && !std::path::Path::new("/usr/bin/pdftotext").exists()
        || !have_fonts;
    if !missing {
        return Ok(());
    }
    let packages = [
        "chromium",
        "chromium-driver",
        "poppler-utils",
        "fonts-noto-cjk",
        "fonts-arphic-ukai",
    ];
    apt_install("browser test tools", &packages, false)
}
