//! The layering rules of ARCHITECTURE.md that the compiler does not enforce, checked
//! on the app's source text (the core crate has no browser or UI dependency at all).
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

/// The lines (from 1) of `code` where a statement drops a result with `.ok();`: the
/// statement (from the `;`, `{` or `}` before it) neither binds nor assigns it.
fn dropped_with_ok(code: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices(".ok();") {
        let start = code[..at].rfind([';', '{', '}']).map_or(0, |i| i + 1);
        let statement = code[start..at].trim();
        let kept = statement.starts_with("let ")
            || statement
                .split(" = ")
                .next()
                .is_some_and(|lhs| lhs.len() < statement.len());
        if !kept {
            out.push(code[..at].lines().count());
        }
    }
    out
}

#[test]
fn the_ui_ignores_no_storage_result() {
    // A failed write, undo, restore or import must be said, never dropped with
    // `let _ =` or `.ok();` (browser.rs's fire-and-forget calls into the page are
    // not storage).
    for (path, text) in src("ui") {
        if path.ends_with("browser.rs") {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            assert!(
                !line.contains("let _ ="),
                "{}:{}: a result dropped with let _: {line}",
                path.display(),
                n + 1
            );
        }
        let dropped = dropped_with_ok(&text);
        assert!(
            dropped.is_empty(),
            "{}: a result dropped with .ok(); on line(s) {dropped:?}",
            path.display()
        );
    }
}

#[test]
fn a_result_dropped_with_ok_is_found() {
    assert_eq!(
        dropped_with_ok("fn f() {\n    store.purge(1).ok();\n}"),
        vec![2]
    );
    assert_eq!(
        dropped_with_ok("if x {\n    s\n        .write(k)\n        .ok();\n}"),
        vec![4]
    );
    assert!(dropped_with_ok("let h = set(t).ok();\nself.h = f().ok();").is_empty());
    assert!(dropped_with_ok("let r = g()\n    .ok();").is_empty());
}

#[test]
fn only_storage_touches_local_storage() {
    // Only the browser key-value store of `src/storage` (everything else in storage
    // goes through the `KeyValue` trait, and is tested natively).
    for (path, text) in src("") {
        if path.ends_with("storage/browser.rs") {
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
    // (comments and the native tests at the end of a file excepted).
    for (path, text) in src("ui") {
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
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
