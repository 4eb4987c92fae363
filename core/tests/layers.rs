//! The core's layering rules that the compiler does not enforce, on the source text:
//! the domain decides and knows nothing of storage or files; the exports are made from
//! the rendered document and know nothing of storage.

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

/// Each file of a folder of `src/`, without its comments.
fn src(sub: &str) -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(sub);
    rust_files(&dir)
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let code = text
                .lines()
                .map(|l| l.split("//").next().unwrap_or_default())
                .collect::<Vec<_>>()
                .join("\n");
            (p, code)
        })
        .collect()
}

#[test]
fn the_domain_uses_neither_storage_nor_exports() {
    for (path, text) in src("domain") {
        for word in ["crate::storage", "crate::export", "crate::usecase"] {
            assert!(!text.contains(word), "{} uses {word}", path.display());
        }
    }
}

#[test]
fn the_exports_use_no_storage() {
    for (path, text) in src("export") {
        for word in ["crate::storage", "crate::usecase"] {
            assert!(!text.contains(word), "{} uses {word}", path.display());
        }
    }
}

#[test]
fn the_drafts_model_reads_neither_the_renderer_nor_the_ledger() {
    // Only the carry-over to next year reads the ledger; nothing in the draft renders.
    for (path, text) in src("domain/draft") {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name == "tests.rs" {
            continue;
        }
        assert!(!text.contains("render"), "{name} uses the renderer");
        if name != "next_year.rs" {
            assert!(!text.contains("ledger"), "{name} uses the ledger");
        }
    }
}
