//! The app's side of the storage door: the core's [`duizhao_core::storage`] (records,
//! drafts, snapshots, save rules, all over [`KeyValue`]) and [`BrowserKv`], the
//! browser's `localStorage` behind that door, the only code that touches it.

pub mod browser;

pub use browser::BrowserKv;
pub use duizhao_core::storage::*;

/// The store the app works on: the core's, over the browser's `localStorage`.
pub type LocalStore = duizhao_core::storage::LocalStore<BrowserKv>;

/// The browser's `localStorage` (probed first), or none where it is blocked.
pub fn open() -> LocalStore {
    LocalStore::over(BrowserKv::open())
}

/// A store that behaves as blocked storage (for tests and for a failed probe).
pub fn unavailable() -> LocalStore {
    LocalStore::over(BrowserKv::unavailable())
}
