//! duizhao's core: everything that decides, in plain Rust, tested natively.
//!
//! - [`domain`]: the draft, the checklists, rendering, pages and checks;
//! - [`storage`]: records over a key-value door ([`storage::KeyValue`]), the only way
//!   the app reaches `localStorage` (the app's `BrowserKv` is the browser's side);
//! - [`export`]: the Word file, plain text and the ZIP writer;
//! - [`usecase`]: the operations on whole drafts, the unit's checklists and the
//!   records beside a draft, each returning a plain outcome the UI words.
//!
//! No browser, no UI: the dependency tree has no leptos, web-sys, js-sys, wasm-bindgen
//! or gloo (the `store` feature adds the `Store` derive of the open draft's types).

pub mod domain;
pub mod export;
pub mod storage;
pub mod usecase;
