//! Turns Trunk's `dist/` into one self-contained file, `dist/duizhao.html`.
//!
//! Chromium will not fetch a `.wasm` or import a module from `file://`, so the file
//! carries the wasm inside: gzip-compressed (zopfli), written as text with the dense
//! [`crate::b122`] encoding, inflated with the browser's `DecompressionStream` and
//! compiled as it inflates (`WebAssembly.compileStreaming` over a local `Response`). The wasm-bindgen glue is pasted into the same inline
//! module. The Content-Security-Policy is replaced by one that forbids every connection.

use crate::Result;
use std::path::Path;

/// The policy of the single file: no connection of any kind.
pub const SINGLE_FILE_CSP: &str = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

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

/// The wasm-bindgen glue made fit to paste into an inline module: no exports, no
/// comment lines, no indentation (the glue has no multi-line strings).
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
        out.push_str(t);
        out.push('\n');
    }
    if !out.contains("async function __wbg_init") {
        return Err("the JS glue has no __wbg_init".into());
    }
    Ok(out)
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

/// Builds `dist/duizhao.html` from `dist/index.html`, the glue and the wasm.
pub fn single_file(dist: &Path, name: &str) -> Result<std::path::PathBuf> {
    let html = std::fs::read_to_string(dist.join("index.html"))?;
    let js = std::fs::read_to_string(dist.join(format!("{name}.js")))?;
    let wasm = std::fs::read(dist.join(format!("{name}_bg.wasm")))?;

    let gz = gzip_best(&wasm)?;
    let text = crate::b122::encode(&gz);

    let html = remove_tags(&html, "<link", ">", "preload");
    let html = remove_tags(&html, "<script", "</script>", "import init");
    let csp_start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .ok_or("index.html has no Content-Security-Policy meta")?;
    let csp_end = csp_start + html[csp_start..].find('>').ok_or("unclosed meta")? + 1;
    let html = format!(
        "{}<meta http-equiv=\"Content-Security-Policy\" content=\"{SINGLE_FILE_CSP}\">{}",
        &html[..csp_start],
        &html[csp_end..]
    );

    let loader = format!(
        "<script type=\"module\">\n{glue}\n{decoder}\nconst dzText = \"{text}\";\n\
         const gz = b122(dzText, {len});\n\
         const dzStream = new Blob([gz]).stream().pipeThrough(new DecompressionStream(\"gzip\"));\n\
         const dzModule = await WebAssembly.compileStreaming(new Response(dzStream, {{ headers: {{ \"Content-Type\": \"application/wasm\" }} }}));\n\
         await __wbg_init({{ module_or_path: dzModule }});\n</script>\n",
        glue = glue_for_inline(&js)?,
        decoder = crate::b122::DECODER_JS,
        len = gz.len(),
    );
    let at = html.rfind("</body>").ok_or("index.html has no </body>")?;
    let out = format!("{}{loader}{}", &html[..at], &html[at..]);
    if out.contains("src=\"./") || out.contains("href=\"./") {
        return Err("the single file still refers to another file".into());
    }
    let path = dist.join("duizhao.html");
    std::fs::write(&path, out)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let js = "let wasm;\n/**\n * doc\n */\n  // note\n    async function __wbg_init(m) {}\nexport { initSync, __wbg_init as default };\n";
        let g = glue_for_inline(js).unwrap();
        assert_eq!(g, "let wasm;\nasync function __wbg_init(m) {}\n");
        assert!(
            glue_for_inline("import x from './snippets/a.js';\nasync function __wbg_init(){}")
                .is_err()
        );
    }
}
