//! Turns Trunk's `dist/` into one self-contained file, `dist/duizhao.html`.
//!
//! Chromium will not fetch a `.wasm` or import a module from `file://`, so the file
//! carries the wasm inside. The wasm, the wasm-bindgen glue (minified by terser) and
//! the style (minified by csso) are each LZMA-compressed ([`crate::pack`]) and written
//! byte for byte in a data block (`<script type="text/plain">`, which the browser
//! keeps as text and never parses as JavaScript): the file is a windows-1252 page, in
//! which each byte is a character, and the few bytes a data block cannot hold are
//! escaped ([`crate::latin`]). The LZMA decoder, a wasm module of a few kilobytes (`unpack/`), comes
//! first in the body, gzip-compressed, with a small classic script that has the
//! browser's `DecompressionStream` inflate it and compiles it while the rest of the
//! page is still being parsed. The loader module at the end hands each part's text to
//! the decoder as UTF-8 (`TextEncoder`); the decoder turns it into bytes and unpacks
//! them. The wasm goes to `WebAssembly.compile`; while it compiles, the loader unpacks
//! the style and the glue and inserts them, the glue as a classic script and the style
//! as a style element. The Content-Security-Policy allows the two inline scripts and
//! the inserted glue and style by their hashes, and forbids every connection.

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

/// The page without its one inline style, and that style.
fn take_style(html: &str) -> Result<(String, String)> {
    let start = html.find("<style").ok_or("the page has no inline style")?;
    let gt = start + html[start..].find('>').ok_or("unclosed <style")? + 1;
    let end = gt + html[gt..].find("</style>").ok_or("no </style>")?;
    if html[end..].contains("<style") {
        return Err("the page has more than one inline style".into());
    }
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

/// Builds `dist/duizhao.html` from `dist/index.html`, the glue, the wasm and the
/// LZMA decoder module (`unpack`, see [`crate::pack`]).
pub fn single_file(dist: &Path, name: &str, decoder: &[u8]) -> Result<std::path::PathBuf> {
    let html = std::fs::read_to_string(dist.join("index.html"))?;
    let js = std::fs::read_to_string(dist.join(format!("{name}.js")))?;
    let wasm = std::fs::read(dist.join(format!("{name}_bg.wasm")))?;

    let html = minify_styles(&html)?;
    // The served page: its inline loader and style allowed by their hashes.
    std::fs::write(dist.join("index.html"), with_csp(&html, served_csp)?)?;

    let html = remove_tags(&html, "<link", ">", "preload");
    let html = remove_tags(&html, "<script", "</script>", "import init");
    // The style and the wasm-bindgen glue travel compressed too: the loader unpacks
    // them and inserts them (each allowed by its hash) while the wasm compiles.
    let (html, css) = take_style(&html)?;
    let glue = minify_js(&glue_for_inline(&js)?, false)?;

    // Each part: its data block, and its packed and unpacked sizes for the loader.
    // The blocks' bytes go into the file last, where their places are marked.
    let mut blocks = String::new();
    let mut data: Vec<(String, Vec<u8>)> = Vec::new();
    let mut part = |id: &str, bytes: &[u8]| -> Result<(String, usize)> {
        let packed = crate::pack::lzma(bytes)?;
        blocks.push_str(&format!(
            "<script type=\"text/plain\" id=\"{id}\">@@{id}@@</script>\n"
        ));
        data.push((id.to_string(), crate::latin::encode(&packed)));
        Ok((format!("\"{id}\", {}", packed.len()), bytes.len()))
    };
    let ((wasm_part, wasm_size), (glue_part, glue_size), (css_part, css_size)) = (
        part("dz-wasm", &wasm)?,
        part("dz-glue", glue.as_bytes())?,
        part("dz-css", css.as_bytes())?,
    );
    let decoder_gz = gzip_best(decoder)?;

    // The decoder module starts at the top of the body, while the browser still parses
    // the data blocks below: it is inflated by the browser and compiled meanwhile.
    let early = format!(
        "performance.mark(\"dz-start\");\n{decoder_js}\n\
         window.dzUnpacker = new Response(new Response(latin(document.getElementById(\"dz-unpack\").textContent, new Uint8Array({decoder_len}))).body.pipeThrough(new DecompressionStream(\"gzip\"))).arrayBuffer().then(b => WebAssembly.instantiate(b)).then(r => r.instance.exports);\n",
        decoder_js = crate::latin::DECODER_JS,
        decoder_len = decoder_gz.len(),
    );
    // No top-level await: Chromium 86 (the kernel of many office browsers) has none.
    // Each part's text goes into the decoder's memory as UTF-8 (TextEncoder, native:
    // up to three bytes a character); the decoder turns it into bytes and unpacks them, in a memory grown for the
    // largest part. WebAssembly.compile copies the wasm at once, so the style and the
    // glue are unpacked while it compiles.
    let module = format!(
        "performance.mark(\"dz-parsed\");\n\
         (async () => {{\n\
         const dz = await window.dzUnpacker;\n\
         performance.mark(\"dz-unpacker\");\n\
         const base = dz.memory.buffer.byteLength, utf8 = new TextEncoder();\n\
         const unpack = (id, packed, size) => {{\n\
         const text = document.getElementById(id).textContent, room = 3 * text.length;\n\
         const need = base + room + packed + size - dz.memory.buffer.byteLength;\n\
         if (need > 0) dz.memory.grow(Math.ceil(need / 65536));\n\
         const {{ written }} = utf8.encodeInto(text, new Uint8Array(dz.memory.buffer, base, room));\n\
         const at = base + room, out = at + packed;\n\
         if (!dz.unpack_text(base, written, at, packed, out, size)) throw new Error(\"duizhao: the page is damaged\");\n\
         return new Uint8Array(dz.memory.buffer, out, size);\n\
         }};\n\
         const compiling = WebAssembly.compile(unpack({wasm_part}, {wasm_size}));\n\
         performance.mark(\"dz-decoded\");\n\
         const text = new TextDecoder();\n\
         const s = document.createElement(\"style\"); s.textContent = text.decode(unpack({css_part}, {css_size})); document.head.appendChild(s);\n\
         const g = document.createElement(\"script\"); g.textContent = text.decode(unpack({glue_part}, {glue_size})); document.head.appendChild(g);\n\
         const dzModule = await compiling;\n\
         performance.mark(\"dz-compiled\");\n\
         await __wbg_init({{ module_or_path: dzModule }});\n\
         }})();\n",
    );
    // Office browsers: what runs in Chromium 86 (`compat`), or no file.
    crate::compat::validate_wasm(&wasm)?;
    crate::compat::validate_wasm(decoder)?;
    crate::compat::scan(&format!("{early}\n{module}"), &glue, &css)?;
    data.push(("dz-unpack".into(), crate::latin::encode(&decoder_gz)));
    let head = format!(
        "<script type=\"text/plain\" id=\"dz-unpack\">@@dz-unpack@@</script>\n<script>{}</script>\n",
        minify_js(&early, false)?
    );
    let loader = format!(
        "{blocks}<script type=\"module\">{}</script>\n",
        minify_js(&module, true)?
    );
    let body = html.find("<body>").ok_or("index.html has no <body>")? + "<body>".len();
    let html = format!("{}\n{head}{}", &html[..body], &html[body..]);
    let at = html.rfind("</body>").ok_or("index.html has no </body>")?;
    let out = with_csp_and(
        &format!("{}{loader}{}", &html[..at], &html[at..]),
        single_file_csp,
        &[&glue],
        &[&css],
    )?;
    if out.contains("src=\"./") || out.contains("href=\"./") {
        return Err("the single file still refers to another file".into());
    }
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
    for (id, bytes) in &data {
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
    let path = dist.join("duizhao.html");
    std::fs::write(&path, page)?;
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
