//! The oldest browsers duizhao supports: Chromium 81, run for real in the end-to-end
//! tests beside Chromium 83 and 86 (86 is the kernel of widely deployed domestic
//! browsers: 360, QQ, Sogou and others in their 2020–2021 releases; 国产化 terminals and
//! Debian 10 PCs run 81 and 83), and Firefox ESR. The gate validates the built wasm
//! against those kernels' WebAssembly features, scans the loader, the glue and the style
//! for what they lack, and reads the page's Content-Security-Policy as they do.

use crate::Result;
use wasmparser::{Validator, WasmFeatures};

/// The oldest Chromium the gate lets through.
pub const MIN_CHROMIUM: u32 = 81;

/// What Chromium 81 and 83 run: the MVP with mutable globals, sign extension (74), non-trapping
/// float-to-int (75) and bulk memory (75). Not multi-value (85), reference types (96),
/// SIMD (91), exceptions (95) or tail calls (112).
pub fn oldest() -> WasmFeatures {
    WasmFeatures::WASM1
        | WasmFeatures::SIGN_EXTENSION
        | WasmFeatures::SATURATING_FLOAT_TO_INT
        | WasmFeatures::BULK_MEMORY
}

/// Validates a wasm module against the oldest kernel's features.
pub fn validate_wasm(bytes: &[u8]) -> Result<()> {
    Validator::new_with_features(oldest())
        .validate_all(bytes)
        .map(|_| ())
        .map_err(|e| format!("the wasm needs more than Chromium {MIN_CHROMIUM} has: {e}").into())
}

/// A small module that uses each WebAssembly feature the app's wasm is built with
/// (bulk memory, sign extension, non-trapping float-to-int): the page's first script
/// asks the browser to validate it (`WebAssembly.validate`), and a browser that cannot
/// is told it is too old before anything else runs.
pub fn probe_module() -> Vec<u8> {
    let body: &[u8] = &[
        0x00, // no locals
        0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0b, 0x00, // memory.fill (bulk memory)
        0x41, 0x01, 0xc0, // i32.extend8_s (sign extension)
        0x43, 0, 0, 0, 0, 0xfc, 0x00, // i32.trunc_sat_f32_s (non-trapping float-to-int)
        0x6a, // i32.add
        0x0b, // end
    ];
    let mut m = vec![0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
    m.extend([0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f]); // type: () -> i32
    m.extend([0x03, 0x02, 0x01, 0x00]); // one function of that type
    m.extend([0x05, 0x03, 0x01, 0x00, 0x01]); // one memory of one page
    m.extend([0x0a, body.len() as u8 + 2, 0x01, body.len() as u8]);
    m.extend(body);
    m
}

/// The policy the page declares (its Content-Security-Policy meta), read as a browser
/// that does not know `'wasm-unsafe-eval'` reads it: Chromium before 97 ignores that
/// source and refuses every wasm compile unless `'unsafe-eval'` is there too (seen in
/// a real Chromium 86: "Wasm code generation disallowed by embedder").
pub fn scan_policy(page: &str) -> Result<()> {
    let key = "http-equiv=\"Content-Security-Policy\" content=\"";
    let at = page
        .find(key)
        .ok_or("the page has no Content-Security-Policy")?;
    let rest = &page[at + key.len()..];
    let policy = &rest[..rest.find('"').ok_or("unclosed policy")?];
    let script = policy
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src"))
        .ok_or("the policy has no script-src")?;
    if !script.contains("'unsafe-eval'") {
        return Err(format!(
            "the policy's script-src lets no wasm compile in Chromium before 97 ('wasm-unsafe-eval' is unknown there; 'unsafe-eval' is needed): {script}"
        )
        .into());
    }
    for d in ["connect-src 'none'", "default-src 'none'"] {
        if !policy.contains(d) {
            return Err(format!("the policy lacks {d}").into());
        }
    }
    Ok(())
}

/// JavaScript that Chromium 81 does not have (with the version that brought it).
const JS_NEWER: [(&str, &str); 15] = [
    ("structuredClone(", "98"),
    (".at(", "92"),
    ("Object.hasOwn", "93"),
    ("randomUUID", "92"),
    (".findLast(", "97"),
    ("AbortSignal.timeout", "103"),
    ("static {", "94"),
    ("CompressionStream(\"deflate-raw\")", "103"),
    ("navigator.clipboard", "(needs focus and permission)"),
    (".replaceAll(", "85"),
    ("Promise.any", "85"),
    ("??=", "85"),
    ("||=", "85"),
    ("&&=", "85"),
    ("WeakRef(", "84"),
];

/// CSS that Chromium 81 does not have.
const CSS_NEWER: [(&str, &str); 8] = [
    (":is(", "88"),
    (":where(", "88"),
    (":has(", "105"),
    ("inset:", "87"),
    ("aspect-ratio", "88"),
    ("@container", "105"),
    ("@layer", "99"),
    ("color-mix(", "111"),
];

/// CSS newer than Chromium 81 that the app uses with a fallback: (token, the version
/// that brought it, a mark of the fallback that must be in the style or the glue).
/// Flex `gap` (84; grid `gap` is older, so any `gap:` counts) has margins under
/// `.dz-no-flex-gap`, which the loader sets; named pages (`page:`, 85) print the
/// 整改清单 landscape, and where `CSS.supports` says they are missing the preview says
/// to export Word instead.
const CSS_WITH_FALLBACK: [(&str, &str, &str); 2] = [
    ("gap:", "84", "dz-no-flex-gap"),
    ("page:", "85", "CSS.supports("),
];

/// Scans script and style for what Chromium 81 lacks; the loader module must not use
/// top-level await (89).
pub fn scan(module: &str, glue: &str, css: &str) -> Result<()> {
    let mut found = Vec::new();
    for (token, since, fallback) in CSS_WITH_FALLBACK {
        if css.replace(": ", ":").contains(token)
            && !css.contains(fallback)
            && !glue.contains(fallback)
            && !module.contains(fallback)
        {
            found.push(format!(
                "the style uses {token} (Chromium {since}) without its fallback ({fallback})"
            ));
        }
    }
    for (what, text) in [("loader", module), ("glue", glue)] {
        for (token, since) in JS_NEWER {
            if text.contains(token) {
                found.push(format!("{what} uses {token} (Chromium {since})"));
            }
        }
    }
    for (token, since) in CSS_NEWER {
        if css.contains(token) {
            found.push(format!("the style uses {token} (Chromium {since})"));
        }
    }
    // The module's code outside its async function (from "(async" to the last "})()"):
    // a top-level await would be there.
    let (start, end) = match (module.find("(async"), module.rfind("})()")) {
        (Some(s), Some(e)) if e > s => (s, e),
        _ => (module.len(), module.len()),
    };
    if module[..start].contains("await") || module[end..].contains("await") {
        found.push("the loader awaits at the top level (Chromium 89)".into());
    }
    if found.is_empty() {
        Ok(())
    } else {
        Err(found.join("; ").into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_types_and_simd_fail_the_gate() {
        // (module (func (result i32) i32.const 1)) in the MVP: valid.
        let mvp = [
            0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 10, 6, 1, 4, 0, 65, 1,
            11,
        ];
        validate_wasm(&mvp).unwrap();
        // (module (func (result externref) ref.null extern)): reference types.
        let refs = [
            0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 111, 3, 2, 1, 0, 10, 6, 1, 4, 0, 208,
            111, 11,
        ];
        assert!(validate_wasm(&refs).is_err());
    }

    #[test]
    fn multi_value_fails_the_gate() {
        // (module (func (result i32 i32) i32.const 1 i32.const 2)): multi-value (85).
        let mv = [
            0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 0, 2, 127, 127, 3, 2, 1, 0, 10, 8, 1, 6, 0,
            65, 1, 65, 2, 11,
        ];
        assert!(validate_wasm(&mv).is_err());
        assert!(
            Validator::new_with_features(oldest() | WasmFeatures::MULTI_VALUE)
                .validate_all(&mv)
                .is_ok()
        );
    }

    #[test]
    fn the_probe_needs_each_feature_the_wasm_is_built_with() {
        let probe = probe_module();
        validate_wasm(&probe).unwrap();
        for f in [
            WasmFeatures::BULK_MEMORY,
            WasmFeatures::SIGN_EXTENSION,
            WasmFeatures::SATURATING_FLOAT_TO_INT,
        ] {
            assert!(
                Validator::new_with_features(oldest() - f)
                    .validate_all(&probe)
                    .is_err(),
                "{f:?}"
            );
        }
    }

    #[test]
    fn a_policy_that_old_kernels_read_as_no_compile_fails_the_gate() {
        let page = |script: &str| {
            format!("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src {script}; connect-src 'none'\">")
        };
        // What the page had when Chromium 86 showed a blank page.
        assert!(scan_policy(&page("'sha256-x' 'wasm-unsafe-eval'")).is_err());
        scan_policy(&page("'sha256-x' 'unsafe-eval' 'wasm-unsafe-eval'")).unwrap();
        assert!(scan_policy("<p>no policy</p>").is_err());
        assert!(scan_policy(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'unsafe-eval'\">"
        )
        .is_err());
    }

    #[test]
    fn newer_script_and_style_are_found() {
        assert!(scan("", "s.replaceAll(a, b)", "").is_err());
        // Newer CSS only with its fallback.
        assert!(scan("", "", ".a{display:flex;gap:1px}").is_err());
        scan(
            "",
            "",
            ".a{display:flex;gap:1px}.dz-no-flex-gap .a>*{margin:0}",
        )
        .unwrap();
        assert!(scan("", "", ".p{page: landscape}").is_err());
        scan("", "CSS.supports(a, b)", ".p{page: landscape}").unwrap();
        assert!(scan("", "x ??= 1", "").is_err());
        assert!(scan("(async () => { await x; })();", "a.at(-1)", "").is_err());
        assert!(scan("await x;", "", "").is_err());
        assert!(scan("(async () => { await x; })(); await y;", "", "").is_err());
        assert!(scan("", "", "a:is(b) {}").is_err());
        assert!(scan(
            "const a = 1; (async () => { await b; })();",
            "let c;",
            ".x { margin: 1px }"
        )
        .is_ok());
    }
}
