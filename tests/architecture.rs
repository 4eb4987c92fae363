//! The layering rules of ARCHITECTURE.md, checked on the source text.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

/// The code of a file without its comments (a line's text after `//` is dropped).
fn code(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

fn src(sub: &str) -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(sub);
    rust_files(&dir)
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p, code(&text))
        })
        .collect()
}

#[test]
fn the_domain_has_no_web_dependency() {
    for (path, text) in src("domain") {
        for word in ["leptos", "web_sys", "gloo", "wasm_bindgen", "js_sys"] {
            assert!(!text.contains(word), "{} uses {word}", path.display());
        }
    }
}

#[test]
fn only_storage_touches_local_storage() {
    for (path, text) in src("") {
        if path.components().any(|c| c.as_os_str() == "storage") {
            continue;
        }
        for word in [
            "local_storage",
            "LocalStorage",
            "localStorage",
            "gloo_storage",
        ] {
            assert!(!text.contains(word), "{} uses {word}", path.display());
        }
    }
}

#[test]
fn ui_text_comes_from_the_strings_table() {
    // A Chinese character in a UI source file means text outside the table
    // (comments excepted).
    for (path, text) in src("ui") {
        for (n, line) in text.lines().enumerate() {
            assert!(
                !line.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}:{}: UI text outside the strings table: {line}",
                path.display(),
                n + 1
            );
        }
    }
}

#[test]
fn stored_formats_are_versioned_and_every_version_has_a_fixture() {
    let version = duizhao::storage::CURRENT_VERSION;
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for v in 1..=version {
        let f = fixtures.join(format!("draft-v{v}.json"));
        let raw = std::fs::read_to_string(&f).unwrap_or_else(|_| panic!("no fixture {f:?}"));
        duizhao::storage::codec::decode_draft(&raw).unwrap();
    }
}
