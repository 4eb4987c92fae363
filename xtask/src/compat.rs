//! The oldest browsers duizhao supports: Chromium 86, the kernel of widely deployed
//! domestic browsers (360, QQ, Sogou and others in their 2020–2021 releases), and
//! Firefox ESR. The gate validates the built wasm against Chromium 86's WebAssembly
//! features and scans the loader, the glue and the style for what that kernel lacks.

use crate::Result;
use wasmparser::{Validator, WasmFeatures};

/// What Chromium 86 runs: the MVP with mutable globals, sign extension (74), non-trapping
/// float-to-int (75), bulk memory (75) and multi-value (85). Not reference types (96),
/// SIMD (91), exceptions (95) or tail calls (112).
pub fn chromium86() -> WasmFeatures {
    WasmFeatures::WASM1
        | WasmFeatures::SIGN_EXTENSION
        | WasmFeatures::SATURATING_FLOAT_TO_INT
        | WasmFeatures::BULK_MEMORY
        | WasmFeatures::MULTI_VALUE
}

/// Validates a wasm module against Chromium 86's features.
pub fn validate_wasm(bytes: &[u8]) -> Result<()> {
    Validator::new_with_features(chromium86())
        .validate_all(bytes)
        .map(|_| ())
        .map_err(|e| format!("the wasm needs more than Chromium 86 has: {e}").into())
}

/// JavaScript that Chromium 86 does not have (with the version that brought it).
const JS_NEWER: [(&str, &str); 9] = [
    ("structuredClone(", "98"),
    (".at(", "92"),
    ("Object.hasOwn", "93"),
    ("randomUUID", "92"),
    (".findLast(", "97"),
    ("AbortSignal.timeout", "103"),
    ("static {", "94"),
    ("CompressionStream(\"deflate-raw\")", "103"),
    ("navigator.clipboard", "(needs focus and permission)"),
];

/// CSS that Chromium 86 does not have.
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

/// Scans script and style for what Chromium 86 lacks; the loader module must not use
/// top-level await (89).
pub fn scan(module: &str, glue: &str, css: &str) -> Result<()> {
    let mut found = Vec::new();
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
    fn reference_types_and_simd_fail_the_chromium_86_gate() {
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
    fn newer_script_and_style_are_found() {
        assert!(scan("(async () => { await x; })();", "a.at(-1)", "").is_err());
        assert!(scan("await x;", "", "").is_err());
        assert!(scan("(async () => { await x; })(); await y;", "", "").is_err());
        assert!(scan("", "", "a:is(b) {}").is_err());
        assert!(scan(
            "const a = 1; (async () => { await b; })();",
            "let c;",
            ".x { gap: 1px }"
        )
        .is_ok());
    }
}
