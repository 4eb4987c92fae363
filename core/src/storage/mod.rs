//! The only door to `localStorage`: the app reaches it through [`KeyValue`].
//!
//! - [`codec`]: pure, versioned encoding of stored records (tested natively);
//! - [`backup`]: pure encoding and validation of backup files;
//! - [`checklists`]: pure encoding of the unit's own checklists;
//! - [`beside`]: pure encoding of the records kept beside a draft, one module each:
//!   [`ledgers`] (整改台账), [`opinions`] (征求意见), [`talks`] (谈心谈话),
//!   [`criticism`] (批评与自我批评);
//! - [`kv`]: the key-value door ([`kv::KeyValue`]) and an in-memory store with
//!   `localStorage`'s faults (the app's `BrowserKv` is `localStorage` itself);
//! - [`store`]: drafts, snapshots, the 回收站 and quarantine over any key-value store;
//! - [`session`]: when and how the open draft is written, and two-tab conflicts;
//! - [`record_session`]: when and how a record open on its page is written.
//!
//! All of it is tested natively.

pub mod backup;
pub mod beside;
pub mod checklists;
pub mod codec;
pub mod criticism;
pub mod kv;
pub mod ledgers;
pub mod opinions;
pub mod record_session;
pub mod session;
pub mod store;
pub mod talks;

pub use backup::ImportError;
pub use codec::{DecodeError, CURRENT_VERSION, DRAFT_FORMAT};
pub use kv::{KeyValue, MemoryKv, SaveError};
pub use session::{Saved, Session};
pub use store::{DraftMeta, LocalStore, SnapshotMeta, StoreError};

/// Every key duizhao writes starts with this: on file:// all local pages share one store.
pub const PREFIX: &str = "duizhao/";

/// The key of a draft's record.
pub fn draft_key(id: &str) -> String {
    format!("{PREFIX}draft/{id}")
}

/// The key that names the draft opened last.
pub const CURRENT_KEY: &str = "duizhao/current";

/// The key of a snapshot of a draft, ordered by time.
pub fn snapshot_key(id: &str, saved_ms: f64) -> String {
    format!("{PREFIX}snap/{id}/{:015}", saved_ms.max(0.0) as u64)
}

/// The prefix of every snapshot of a draft.
pub fn snapshot_prefix(id: &str) -> String {
    format!("{PREFIX}snap/{id}/")
}

/// The key of a deleted draft in the 回收站.
pub fn trash_key(id: &str) -> String {
    format!("{PREFIX}trash/{id}")
}

/// The key of the app's own settings (last export time).
pub const META_KEY: &str = "duizhao/meta";

/// Snapshots kept per draft; older ones are pruned first.
pub const SNAPSHOTS_KEPT: usize = 30;
/// Deleted drafts stay in the 回收站 this long.
pub const TRASH_DAYS: f64 = 30.0;
pub const DAY_MS: f64 = 24.0 * 3600.0 * 1000.0;
