//! duizhao (对照): guided drafting of 民主生活会对照检查材料, entirely in the browser.
//!
//! The app crate: the UI and the browser's side of the storage door, over the core
//! crate (`duizhao-core`, see `ARCHITECTURE.md`):
//! - [`domain`], [`export`]: the core's, re-exported under their names;
//! - [`storage`]: the core's storage and [`storage::BrowserKv`], `localStorage` itself;
//! - [`ui`]: the Leptos components.
//!
//! [`strings`] is the one table of user-visible UI text, in Chinese and English.

pub use duizhao_core::{domain, export};
pub mod storage;
pub mod strings;
pub mod ui;
