//! duizhao (对照): guided drafting of 民主生活会对照检查材料, entirely in the browser.
//!
//! Three layers, see `ARCHITECTURE.md`:
//! - [`domain`]: plain Rust, the draft, the checklist data, rendering and checks;
//! - [`storage`]: the only door to `localStorage`, with versioned records;
//! - [`ui`]: the Leptos components.
//!
//! [`strings`] is the one table of user-visible UI text, in Chinese and English.

pub mod domain;
pub mod export;
pub mod storage;
pub mod strings;
pub mod ui;
