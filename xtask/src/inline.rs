//! Turns Trunk's `dist/` into one self-contained file, `dist/duizhao.html`.
//!
//! Chromium will not fetch a `.wasm` or import a module from `file://`, so the file
//! carries the wasm inside: gzip-compressed (zopfli), written as text with the dense
//! [`crate::b122`] encoding in a data block (`<script type="text/plain">`, which the
//! browser keeps as text and never parses as JavaScript), decoded 64 K characters at a time into a stream that the
//! browser's `DecompressionStream` inflates and `WebAssembly.compileStreaming` compiles
//! as it arrives (over a local `Response`): decoding, inflating and compiling overlap.
//! The wasm-bindgen glue is pasted into the same inline module. The
//! Content-Security-Policy allows that module and the inline style by their hashes and
//! forbids every connection.

use crate::Result;
use std::path::Path;

/// The policy of the single file: no connection of any kind, and only the inline
/// module and style it carries (by their hashes), never `'unsafe-inline'`.
pub fn single_file_csp(scripts: &str, styles: &str) -> String {
    format!("default-src 'none'; script-src {scripts} 'wasm-unsafe-eval'; style-src {styles}; img-src data: blob:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")
}

/// The policy of the served `dist/`: same origin only, and the inline loader and
/// style by their hashes.
pub fn served_csp(scripts: &str, styles: &str) -> String {
    format!("default-src 'self'; script-src 'self' {scripts} 'wasm-unsafe-eval'; style-src 'self' {styles}; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'")
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
    let csp_start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .ok_or("the page has no Content-Security-Policy meta")?;
    let csp_end = csp_start + html[csp_start..].find('>').ok_or("unclosed meta")? + 1;
    let csp = policy(&hash_sources(html, "script"), &hash_sources(html, "style"));
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

    // The served page: its inline loader and style allowed by their hashes.
    std::fs::write(dist.join("index.html"), with_csp(&html, served_csp)?)?;

    let html = remove_tags(&html, "<link", ">", "preload");
    let html = remove_tags(&html, "<script", "</script>", "import init");

    let loader = format!(
        "<script type=\"text/plain\" id=\"dz-wasm\">{text}</script>\n<script type=\"module\">\nperformance.mark(\"dz-start\");\n{glue}\n{decoder}\nconst dzText = document.getElementById(\"dz-wasm\").textContent;\n\
         const dzStream = b122(dzText, {len}, 65536).pipeThrough(new DecompressionStream(\"gzip\"));\n\
         const dzModule = await WebAssembly.compileStreaming(new Response(dzStream, {{ headers: {{ \"Content-Type\": \"application/wasm\" }} }}));\n\
         performance.mark(\"dz-compiled\");\n\
         await __wbg_init({{ module_or_path: dzModule }});\n</script>\n",
        glue = glue_for_inline(&js)?,
        decoder = crate::b122::DECODER_JS,
        len = gz.len(),
    );
    let at = html.rfind("</body>").ok_or("index.html has no </body>")?;
    let out = with_csp(
        &format!("{}{loader}{}", &html[..at], &html[at..]),
        single_file_csp,
    )?;
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
        assert!(out.contains(&format!("script-src {scripts} 'wasm-unsafe-eval'")));
        assert!(out.contains(&format!("style-src {}", hash_sources(page, "style"))));
        assert_ne!(hash_sources(page, "script"), hash_sources(page, "style"));
        assert!(out.contains("connect-src 'none'"));
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
        let js = "let wasm;\n/**\n * doc\n */\n  // note\n    async function __wbg_init(m) {}\nexport { initSync, __wbg_init as default };\n";
        let g = glue_for_inline(js).unwrap();
        assert_eq!(g, "let wasm;\nasync function __wbg_init(m) {}\n");
        assert!(
            glue_for_inline("import x from './snippets/a.js';\nasync function __wbg_init(){}")
                .is_err()
        );
    }
}
