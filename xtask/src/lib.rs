//! duizhao's build, test and bench automation, shared with the end-to-end tests.

pub mod app;
pub mod browser;
pub mod cdp;
pub mod compat;
pub mod corpus;
pub mod inline;
pub mod latin;
pub mod serve;
pub mod tools;

use std::path::{Path, PathBuf};

/// The repository root (the parent of this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repository")
        .to_path_buf()
}

/// `dist/` of the repository.
pub fn dist() -> PathBuf {
    std::env::var_os("DUIZHAO_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("dist"))
}

/// The single self-contained file.
pub fn single_file() -> PathBuf {
    dist().join("duizhao.html")
}

/// A `file://` URL for a path.
pub fn file_url(path: &Path) -> String {
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    format!("file://{}", abs.display())
}

pub use fantoccini;

pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;
