//! Turns Trunk's `dist/` into one self-contained file, `dist/duizhao.html`.
//!
//! Chromium will not fetch a `.wasm` or import a module from `file://`, so the file
//! carries the wasm inside. The wasm, the wasm-bindgen glue (minified by terser) and
//! the style (minified by csso) are each gzip-compressed (zopfli) and written byte for
//! byte in a data block (`<script type="text/plain">`, which the browser keeps as text
//! and never parses as JavaScript): the file is a windows-1252 page, in which each
//! byte is a character, and the few bytes a data block cannot hold are escaped
//! ([`crate::latin`]). The page opens on a shell (`index.html`: the app's name and
//! 正在打开…, painted from HTML and CSS before any script); the first script, right
//! after it, checks that the browser has what the app needs ([`early_script`]). The
//! loader module at the end reads each block back to bytes, has the browser inflate
//! them (`DecompressionStream`, which checks each stream's CRC-32 and length),
//! streams the wasm into `WebAssembly.compileStreaming`, inserts the style and the
//! glue while it compiles, and starts the app, which removes the shell; any failure
//! before that is said in the shell ([`loader_script`]). The Content-Security-Policy
//! allows the inline scripts and the inserted glue and style by their hashes, and
//! forbids every connection.

use crate::Result;
use std::path::Path;

/// The policy of the single file: no connection of any kind, and only the inline
/// scripts and styles it carries (by their hashes), never `'unsafe-inline'`. It lets
/// WebAssembly compile: `'wasm-unsafe-eval'` where the browser knows it (Chromium 97,
/// Firefox 102), and `'unsafe-eval'` beside it, without which Chromium before 97 (the
/// kernel of many office browsers) refuses every compile. The loader narrows it once
/// the app runs ([`after_start_csp`]).
pub fn single_file_csp(scripts: &str, styles: &str) -> String {
    format!("default-src 'none'; script-src {scripts} 'unsafe-eval' 'wasm-unsafe-eval'; style-src {styles}; img-src data: blob:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")
}

/// The policy the loader adds once the app is running. Policies add up (a page obeys
/// each of them), so this one takes back what start-up needed: no script runs or is
/// compiled from then on, eval and wasm compiles included; the styles stay allowed by
/// their hashes; still no connection.
pub fn after_start_csp(page_styles: &str, inserted_style: &str) -> String {
    format!("default-src 'none'; script-src 'none'; style-src {page_styles} {inserted_style}; img-src data: blob:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")
}

/// The policy of the served `dist/`: same origin only, and the inline loader and
/// style by their hashes.
pub fn served_csp(scripts: &str, styles: &str) -> String {
    format!("default-src 'self'; script-src 'self' {scripts} 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' {styles}; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'")
}

/// The contents of every inline element `<tag …>…</tag>` (with no `src`).
fn inline_contents<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let (Some(gt), Some(end)) = (after.find('>'), after.find(&close)) else {
            break;
        };
        // Scripts that run (not data blocks such as `type="text/plain"`).
        let runs = !after[..gt].contains(" src=") && !after[..gt].contains("text/plain");
        if runs && gt < end {
            out.push(&after[gt + 1..end]);
        }
        rest = &after[end + close.len()..];
    }
    out
}

/// `'sha256-…'` sources for every inline element of a kind.
pub fn hash_sources(html: &str, tag: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    inline_contents(html, tag)
        .iter()
        .map(|c| {
            let digest = sha2::Sha256::digest(c.as_bytes());
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Replaces the page's Content-Security-Policy meta with `policy(scripts, styles)`,
/// the hash sources of its inline scripts and styles.
pub fn with_csp(html: &str, policy: fn(&str, &str) -> String) -> Result<String> {
    with_csp_and(html, policy, &[], &[])
}

/// The `'sha256-…'` source of one text.
pub fn hash_source(text: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// [`with_csp`], allowing also the scripts and styles that the page's own script
/// inserts (by their hashes).
pub fn with_csp_and(
    html: &str,
    policy: fn(&str, &str) -> String,
    inserted_scripts: &[&str],
    inserted_styles: &[&str],
) -> Result<String> {
    let csp_start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .ok_or("the page has no Content-Security-Policy meta")?;
    let csp_end = csp_start + html[csp_start..].find('>').ok_or("unclosed meta")? + 1;
    let mut styles = hash_sources(html, "style");
    for css in inserted_styles {
        if !styles.is_empty() {
            styles.push(' ');
        }
        styles.push_str(&hash_source(css));
    }
    let mut scripts = hash_sources(html, "script");
    for js in inserted_scripts {
        if !scripts.is_empty() {
            scripts.push(' ');
        }
        scripts.push_str(&hash_source(js));
    }
    let csp = policy(&scripts, &styles);
    Ok(format!(
        "{}<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">{}",
        &html[..csp_start],
        &html[csp_end..]
    ))
}

/// Removes every tag that starts with `open` and contains `needle`, up to `close`.
fn remove_tags(html: &str, open: &str, close: &str, needle: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(open) {
        let Some(len) = rest[start..].find(close) else {
            break;
        };
        let end = start + len + close.len();
        let tag = &rest[start..end];
        out.push_str(&rest[..start]);
        if !tag.contains(needle) {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The wasm-bindgen glue made fit to run as a classic script: no exports, no
/// `import.meta`, no comment lines, no indentation (the glue has no multi-line
/// strings).
fn glue_for_inline(js: &str) -> Result<String> {
    if js.contains("</script") {
        return Err("the JS glue contains </script".into());
    }
    let mut out = String::with_capacity(js.len());
    let mut in_comment = false;
    for line in js.lines() {
        let t = line.trim();
        if in_comment {
            in_comment = !t.contains("*/");
            continue;
        }
        if t.starts_with("/*") {
            in_comment = !t.contains("*/");
            continue;
        }
        if t.is_empty() || t.starts_with("//") {
            continue;
        }
        if t.starts_with("import ") || t.starts_with("import{") {
            return Err(format!("the JS glue imports another file: {t}").into());
        }
        if t.starts_with("export {") || t.starts_with("export default") {
            continue;
        }
        // Nothing imports the inline module: its declarations need no export, and
        // the minifier drops those the app never uses.
        let t = t.strip_prefix("export ").unwrap_or(t);
        out.push_str(t);
        out.push('\n');
    }
    // A classic script (the loader inserts it) has no import.meta; the wasm is always
    // given to __wbg_init, so the default URL is never used.
    let mut out = out.replace("import.meta.url", "location.href");
    // What the loader calls: the one name the script hands on.
    out.push_str("globalThis.__wbg_init = __wbg_init;\n");
    if !out.contains("async function __wbg_init") {
        return Err("the JS glue has no __wbg_init".into());
    }
    Ok(out)
}

/// Runs an npm build tool (`node_modules/.bin/<tool>`) on `input` written to a
/// temporary file, and returns what it wrote to stdout.
fn npm_tool(tool: &str, args: &[&str], input: &str, ext: &str) -> Result<String> {
    let dir = std::env::temp_dir().join(format!("duizhao-min-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let file = dir.join(format!("in.{ext}"));
    std::fs::write(&file, input)?;
    let bin = crate::root().join("node_modules/.bin").join(tool);
    let out = std::process::Command::new(&bin)
        .arg(&file)
        .args(args)
        .output()
        .map_err(|e| {
            format!(
                "{}: {e} (run cargo xtask build, which installs it)",
                bin.display()
            )
        })?;
    std::fs::remove_dir_all(&dir).ok();
    if !out.status.success() {
        return Err(format!("{tool}: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(String::from_utf8(out.stdout)?)
}

/// A script minified by terser (compressed, names mangled): an ES module, whose
/// top-level names are its own, or a classic script, whose top-level names stay.
pub fn minify_js(js: &str, module: bool) -> Result<String> {
    // A classic script's top level is global: minified whole (--toplevel), it keeps
    // only what it hands on through globalThis (see glue_for_inline).
    let args: &[&str] = if module {
        &["--module", "--compress", "--mangle"]
    } else {
        &["--toplevel", "--compress", "--mangle"]
    };
    let min = npm_tool("terser", args, js, if module { "mjs" } else { "js" })?;
    if min.contains("</script") {
        return Err("the minified script contains </script".into());
    }
    Ok(min.trim_end().to_string())
}

/// Every inline style minified by csso.
pub fn minify_styles(html: &str) -> Result<String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<style") {
        let gt = start + rest[start..].find('>').ok_or("unclosed <style")? + 1;
        let end = gt + rest[gt..].find("</style>").ok_or("no </style>")?;
        out.push_str(&rest[..gt]);
        out.push_str(npm_tool("csso", &[], &rest[gt..end], "css")?.trim_end());
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The page without the app's inline style (every inline style but the shell's,
/// `dz-shell-style`, which stays to paint before any script), and that style.
fn take_style(html: &str) -> Result<(String, String)> {
    let mut found = None;
    let mut from = 0;
    while let Some(i) = html[from..].find("<style") {
        let start = from + i;
        let gt = start + html[start..].find('>').ok_or("unclosed <style")? + 1;
        let end = gt + html[gt..].find("</style>").ok_or("no </style>")?;
        if !html[start..gt].contains("dz-shell-style") {
            if found.is_some() {
                return Err("the page has more than one inline style of the app".into());
            }
            found = Some((start, gt, end));
        }
        from = end;
    }
    let (start, gt, end) = found.ok_or("the page has no inline style")?;
    let css = html[gt..end].to_string();
    Ok((
        format!("{}{}", &html[..start], &html[end + "</style>".len()..]),
        css,
    ))
}

/// The smallest gzip stream we can make: zopfli, which any gzip reader inflates.
pub fn gzip_best(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let options = zopfli::Options {
        iteration_count: std::num::NonZeroU64::new(5).expect("5 is not zero"),
        ..Default::default()
    };
    zopfli::compress(options, zopfli::Format::Gzip, bytes, &mut out)?;
    Ok(out)
}

/// The first script of the body, before any data block: it runs while the page is
/// still parsed, in the syntax every browser reads (ES5), so that even a browser far
/// too old for duizhao runs it. It checks what the app needs and says what is
/// missing in the shell (`index.html`) instead of leaving a blank page, and says the
/// file is damaged when the loader never starts (a file cut short ends before it).
/// `window.dzFail(kind, detail)` is what the loader calls on a failure.
fn early_script(probe: &[u8]) -> String {
    let probe: Vec<String> = probe.iter().map(u8::to_string).collect();
    format!(
        r#"if (window.performance && performance.mark) performance.mark("dz-start");
(function () {{
var d = document, w = window;
function browserName() {{
var ua = navigator.userAgent, m = /(Edg|Firefox)\/(\d+)/.exec(ua) || /(Chrome|Chromium)\/(\d+)/.exec(ua) || /Version\/(\d+)[^ ]* .*Safari/.exec(ua);
if (!m) return ua;
return m.length > 2 ? m[1].replace("Edg", "Edge") + " " + m[2] : "Safari " + m[1];
}}
function fail(kind, detail) {{
if (w.dzFailed) return;
w.dzFailed = kind;
var box = d.getElementById("dz-fail"), i;
if (!box) return;
d.getElementById("dz-opening").hidden = true;
var parts = box.querySelectorAll("[data-kind]");
for (i = 0; i < parts.length; i++) parts[i].hidden = parts[i].getAttribute("data-kind") !== kind;
var who = box.querySelectorAll(".dz-browser");
for (i = 0; i < who.length; i++) who[i].textContent = browserName();
var p = box.querySelector(".dz-detail");
if (detail) {{ p.textContent = detail; p.hidden = false; }}
box.hidden = false;
d.documentElement.setAttribute("data-failed", kind);
}}
w.dzFail = fail;
w.addEventListener("error", function (e) {{ w.dzLastError = e.message; }});
d.addEventListener("securitypolicyviolation", function (e) {{ w.dzBlocked = e.violatedDirective + " " + (e.blockedURI || "inline"); }});
var need = [];
if (typeof WebAssembly !== "object" || !WebAssembly.compileStreaming) need.push("WebAssembly");
else {{
try {{ if (!WebAssembly.validate(new Uint8Array([{probe}]))) need.push("WebAssembly features"); }}
catch (e) {{ need.push("WebAssembly features"); }}
}}
if (typeof DecompressionStream !== "function") need.push("DecompressionStream");
if (typeof TextDecoder !== "function" || typeof Promise !== "function") need.push("TextDecoder, Promise");
if (typeof Response !== "function" || typeof ReadableStream !== "function" || !ReadableStream.prototype.pipeThrough) need.push("Streams");
if (!("noModule" in d.createElement("script"))) need.push("module scripts");
if (need.length) fail("old", "missing: " + need.join(", "));
d.addEventListener("DOMContentLoaded", function () {{
if (!w.dzLoading) fail("damaged", "the loader did not start: the file ends early or was changed");
}});
}})();"#,
        probe = probe.join(",")
    )
}

/// The loader, a module at the end of the body: it reads each part's bytes back from
/// its data block, has the browser inflate them (gzip, whose CRC-32 and length the
/// browser checks before the stream ends), streams the wasm into
/// `WebAssembly.compileStreaming` so that inflating overlaps the compile, inserts the
/// style and the glue meanwhile, and starts the app. Any failure before the app is
/// up is said in the shell: damaged (a part does not read back or inflate whole), or
/// an unexpected error with its text. Once the app runs, the page's policy is
/// narrowed: a second Content-Security-Policy allows no script and no compile at all
/// (`after`), so the `'unsafe-eval'` that Chromium before 97 needs to compile wasm
/// lasts only until the compile is done.
fn loader_script(parts: &[Part; 3], after: &str) -> String {
    let [wasm, css, glue] = parts;
    format!(
        r#"window.dzLoading = 1;
performance.mark("dz-parsed");
{decoder}
(async () => {{
// The first script did not run (changed, so the policy refused it): the file is damaged.
const fail = window.dzFail || ((kind, detail) => {{
document.getElementById("dz-opening").hidden = true;
const box = document.getElementById("dz-fail");
box.querySelector("[data-kind=damaged]").hidden = false;
const p = box.querySelector(".dz-detail"); p.textContent = detail; p.hidden = false;
box.hidden = false;
document.documentElement.dataset.failed = "damaged";
}});
if (!window.dzFail) return fail("damaged", "the first script did not run: the file was changed");
if (window.dzFailed) return;
// Chromium before 84 has no gap in flex layouts: the style puts margins in its place.
const f = document.createElement("div"); f.style.cssText = "display:flex;flex-direction:column;row-gap:1px;position:absolute";
f.appendChild(document.createElement("div")); f.appendChild(document.createElement("div"));
document.body.appendChild(f);
if (f.scrollHeight !== 1) document.documentElement.classList.add("dz-no-flex-gap");
f.remove();
let damaged = false;
const bytes = (id, n) => {{
try {{ return latin(document.getElementById(id).textContent, new Uint8Array(n)); }}
catch (e) {{ damaged = true; throw e; }}
}};
const inflate = (id, n) => new Response(bytes(id, n)).body.pipeThrough(new DecompressionStream("gzip"));
const whole = async (id, n, size) => {{
try {{
const b = new Uint8Array(await new Response(inflate(id, n)).arrayBuffer());
if (b.length !== size) throw new Error(id + ": " + b.length + " of " + size + " bytes");
return b;
}} catch (e) {{ damaged = true; throw e; }}
}};
try {{
// The two small parts first, so that they are in before the wasm's stream fills the
// main thread; all three inflate at once.
const css = whole({css_id:?}, {css_n}, {css_size}), glue = whole({glue_id:?}, {glue_n}, {glue_size});
glue.catch(() => {{}});
const compiling = WebAssembly.compileStreaming(new Response(inflate({wasm_id:?}, {wasm_n}), {{ headers: {{ "Content-Type": "application/wasm" }} }}));
compiling.catch(() => {{}});
const text = new TextDecoder();
const s = document.createElement("style"); s.textContent = text.decode(await css); document.head.appendChild(s);
const g = document.createElement("script"); g.textContent = text.decode(await glue); document.head.appendChild(g);
// The glue refused by the policy: its text or its hash in the page was changed.
if (typeof __wbg_init !== "function" && window.dzBlocked) {{ damaged = true; throw new Error("the app's script was refused: " + window.dzBlocked); }}
performance.mark("dz-decoded");
let module;
try {{ module = await compiling; }}
catch (e) {{ await whole({wasm_id:?}, {wasm_n}, {wasm_size}); throw e; }}
performance.mark("dz-compiled");
await __wbg_init({{ module_or_path: module }});
const m = document.createElement("meta"); m.httpEquiv = "Content-Security-Policy"; m.content = "{after}"; document.head.appendChild(m);
}} catch (e) {{
const said = String((e && e.stack) || e);
fail(damaged ? "damaged" : "error", window.dzLastError && !said.includes(window.dzLastError) ? said + "\n" + window.dzLastError : said);
}}
}})();
"#,
        decoder = crate::latin::DECODER_JS,
        wasm_id = wasm.id,
        wasm_n = wasm.packed,
        wasm_size = wasm.size,
        css_id = css.id,
        css_n = css.packed,
        css_size = css.size,
        glue_id = glue.id,
        glue_n = glue.packed,
        glue_size = glue.size,
    )
}

/// A packed part of the single file: its data block's id, its gzip stream's length
/// and its length unpacked.
#[derive(Clone, Debug)]
pub struct Part {
    pub id: &'static str,
    pub packed: usize,
    pub size: usize,
}

/// The data blocks of the single file, in the order they stand in it.
pub const PARTS: [&str; 3] = ["dz-wasm", "dz-css", "dz-glue"];

/// Builds `dist/duizhao.html` from `dist/index.html`, the glue and the wasm.
pub fn single_file(dist: &Path, name: &str) -> Result<std::path::PathBuf> {
    let html = std::fs::read_to_string(dist.join("index.html"))?;
    let js = std::fs::read_to_string(dist.join(format!("{name}.js")))?;
    let wasm = std::fs::read(dist.join(format!("{name}_bg.wasm")))?;

    let html = minify_styles(&html)?;
    // The served page: its inline loader and style allowed by their hashes.
    std::fs::write(dist.join("index.html"), with_csp(&html, served_csp)?)?;

    let html = remove_tags(&html, "<link", ">", "preload");
    let html = remove_tags(&html, "<script", "</script>", "import init");
    // The style and the wasm-bindgen glue travel compressed too: the loader inflates
    // them and inserts them (each allowed by its hash) while the wasm compiles.
    let (html, css) = take_style(&html)?;
    let glue = minify_js(&glue_for_inline(&js)?, false)?;

    // Each part: its data block, gzip-compressed (zopfli), its bytes written into the
    // file last, where their places are marked.
    let mut blocks = String::new();
    let mut data: Vec<(String, Vec<u8>)> = Vec::new();
    let mut part = |id: &'static str, bytes: &[u8]| -> Result<Part> {
        let packed = gzip_best(bytes)?;
        blocks.push_str(&format!(
            "<script type=\"text/plain\" id=\"{id}\">@@{id}@@</script>\n"
        ));
        data.push((id.to_string(), crate::latin::encode(&packed)));
        Ok(Part {
            id,
            packed: packed.len(),
            size: bytes.len(),
        })
    };
    let parts = [
        part(PARTS[0], &wasm)?,
        part(PARTS[1], css.as_bytes())?,
        part(PARTS[2], glue.as_bytes())?,
    ];

    let early = early_script(&crate::compat::probe_module());
    // The policy once the app runs: no script, no compile, no connection.
    let narrowed = after_start_csp(&hash_sources(&html, "style"), &hash_source(&css));
    let module = loader_script(&parts, &narrowed);
    // Office browsers: what runs in the oldest kernel supported (`compat`), or no file.
    crate::compat::validate_wasm(&wasm)?;
    crate::compat::scan(&format!("{early}\n{module}"), &glue, &css)?;
    let head = format!("<script>{}</script>\n", minify_js(&early, false)?);
    let loader = format!(
        "{blocks}<script type=\"module\">{}</script>\n",
        minify_js(&module, true)?
    );
    // The first script stands right after the shell, so the shell paints first.
    let shell_end = html
        .find("<noscript>")
        .ok_or("index.html has no <noscript> after its shell")?;
    let html = format!("{}{head}{}", &html[..shell_end], &html[shell_end..]);
    let at = html.rfind("</body>").ok_or("index.html has no </body>")?;
    let out = with_csp_and(
        &format!("{}{loader}{}", &html[..at], &html[at..]),
        single_file_csp,
        &[&glue],
        &[&css],
    )?;
    crate::compat::scan_policy(&out)?;
    if out.contains("src=\"./") || out.contains("href=\"./") {
        return Err("the single file still refers to another file".into());
    }
    let page = filled_page(&out, &data)?;
    let path = dist.join("duizhao.html");
    std::fs::write(&path, page)?;
    Ok(path)
}

/// The page as it is written: a windows-1252 page (a byte a character), each data
/// block's bytes put in its place.
fn filled_page(out: &str, data: &[(String, Vec<u8>)]) -> Result<Vec<u8>> {
    // A windows-1252 page: a byte a character (the blocks' bytes as they are).
    let utf8 = "<meta charset=\"utf-8\">";
    if !out.contains(utf8) {
        return Err("index.html does not declare its charset as expected".into());
    }
    let out = out.replacen(utf8, "<meta charset=\"windows-1252\">", 1);
    // Every place is found in the ASCII page first, then filled from the last to the
    // first, so that no block's bytes are ever searched for another's mark.
    let mut page = crate::latin::page_bytes(&out)?;
    let mut places = Vec::with_capacity(data.len());
    for (id, bytes) in data {
        let mark = format!("@@{id}@@");
        let at = page
            .windows(mark.len())
            .position(|w| w == mark.as_bytes())
            .ok_or("a data block's place is missing")?;
        places.push((at, mark.len(), bytes));
    }
    places.sort_by_key(|p| std::cmp::Reverse(p.0));
    for (at, len, bytes) in places {
        page.splice(at..at + len, bytes.iter().copied());
    }
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_exactly_the_inline_blocks_by_hash() {
        let page = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"x\"><style>p{}</style></head><body><script src=\"a.js\"></script><script type=\"module\">go();</script></body>";
        let out = with_csp(page, single_file_csp).unwrap();
        assert!(!out.contains("unsafe-inline"));
        // sha256 of "go();" and of "p{}", base64 (as `openssl dgst -sha256 -binary | base64`).
        let scripts = hash_sources(page, "script");
        assert_eq!(
            scripts,
            "'sha256-bYOqbsii8BMz1hC57p5sZG4K4cMuk6QQDiwupM2aRMM='"
        );
        assert!(out.contains(&format!(
            "script-src {scripts} 'unsafe-eval' 'wasm-unsafe-eval'"
        )));
        crate::compat::scan_policy(&out).unwrap();
        assert!(out.contains(&format!("style-src {}", hash_sources(page, "style"))));
        assert_ne!(hash_sources(page, "script"), hash_sources(page, "style"));
        assert!(out.contains("connect-src 'none'"));
    }

    #[test]
    fn the_first_script_is_read_by_browsers_far_too_old() {
        // ES5 only, so that a browser too old for the app still runs it and says so.
        // As it ships: minified (terser keeps ES5 input ES5).
        let early = minify_js(&early_script(&crate::compat::probe_module()), false).unwrap();
        for newer in ["=>", "let ", "const ", "`", "async ", "class ", "?.", "??"] {
            assert!(!early.contains(newer), "{newer} in {early}");
        }
        let node = std::process::Command::new("node")
            .args(["--check", "-"])
            .stdin(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child
                    .stdin
                    .take()
                    .expect("stdin")
                    .write_all(early.as_bytes())?;
                child.wait()
            })
            .unwrap();
        assert!(node.success());
    }

    #[test]
    fn the_app_style_is_packed_and_the_shell_style_stays() {
        let page =
            "<head><style>.app{}</style><style id=\"dz-shell-style\">#dz-shell{}</style></head>";
        let (rest, css) = take_style(page).unwrap();
        assert_eq!(css, ".app{}");
        assert!(rest.contains("#dz-shell{}") && !rest.contains(".app{}"));
        assert!(take_style("<style>a{}</style><style>b{}</style>").is_err());
    }

    #[test]
    fn removes_only_matching_tags() {
        let html = r#"<head><link rel="modulepreload" href="./a.js"><link rel="icon" href="x"><script type="module">import init from './a.js';</script><script>keep()</script></head>"#;
        let a = remove_tags(html, "<link", ">", "preload");
        assert!(!a.contains("modulepreload") && a.contains("rel=\"icon\""));
        let b = remove_tags(&a, "<script", "</script>", "import init");
        assert!(!b.contains("import init") && b.contains("keep()"));
    }

    #[test]
    fn glue_loses_its_exports_and_refuses_imports() {
        let js = "let wasm;\n/**\n * doc\n */\n  // note\nexport class A {}\n    async function __wbg_init(m) { new URL('x', import.meta.url); }\nexport { initSync, __wbg_init as default };\n";
        let g = glue_for_inline(js).unwrap();
        assert_eq!(
            g,
            "let wasm;\nclass A {}\nasync function __wbg_init(m) { new URL('x', location.href); }\nglobalThis.__wbg_init = __wbg_init;\n"
        );
        assert!(
            glue_for_inline("import x from './snippets/a.js';\nasync function __wbg_init(){}")
                .is_err()
        );
    }
}
