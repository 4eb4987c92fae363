//! The only door to `localStorage` (checked by `tests/architecture.rs`).
//!
//! - [`codec`]: pure, versioned encoding of stored records (tested natively);
//! - [`local`]: the browser part, through gloo-storage (tested in a real browser).

pub mod codec;
pub mod local;

pub use codec::{DecodeError, CURRENT_VERSION, DRAFT_FORMAT};
pub use local::{LocalStore, SaveError, StoreError};

/// Every key duizhao writes starts with this: on file:// all local pages share one store.
pub const PREFIX: &str = "duizhao/";

/// The key of a draft's record.
pub fn draft_key(id: &str) -> String {
    format!("{PREFIX}draft/{id}")
}

/// The key that names the draft opened last.
pub const CURRENT_KEY: &str = "duizhao/current";
