//! The use cases on whole drafts and what lies beside them, each returning a plain
//! outcome that the UI turns into words: open, new, duplicate, rename, delete, restore,
//! next year, export and import ([`drafts`]); the unit's own checklists: save, copy,
//! delete, export and the editor's form ([`checklists`]); the 导语's counts that follow
//! the records, what the records still lack and the measures overdue ([`records`]);
//! opening the app on what is stored ([`start`]).
//!
//! Each runs on a [`Desk`]: the store, the unit's own checklists, the time and a
//! source of new ids, so that every one is tested natively over `MemoryKv`, faults
//! included.

pub mod checklists;
pub mod drafts;
pub mod records;
pub mod start;

use crate::domain::Checklist;
use crate::storage::{KeyValue, LocalStore, SaveError, StoreError};
use std::sync::Arc;

/// What a use case runs over.
pub struct Desk<'a, K> {
    /// The store (the browser's `localStorage` in the app).
    pub store: &'a LocalStore<K>,
    /// The unit's own checklists, as the drafts may follow them.
    pub custom: &'a [Arc<Checklist>],
    /// The time of the operation (ms since the epoch).
    pub now: f64,
    /// A new draft or checklist id each call.
    pub new_id: &'a dyn Fn() -> String,
}

impl<K> std::fmt::Debug for Desk<'_, K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk").field("now", &self.now).finish()
    }
}

/// Why a draft an operation needs is not there.
#[derive(Clone, Debug, PartialEq)]
pub enum Missing {
    /// Not stored (deleted in another tab, or never written).
    Gone,
    /// Storage is blocked.
    Blocked,
    /// Stored but unreadable: kept as it is, offered to the user as a download.
    Unreadable { key: String, raw: String },
}

/// Why an operation on a draft did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// The draft it needs is not there.
    Missing(Missing),
    /// Writing failed.
    Save(SaveError),
}

impl From<SaveError> for Fault {
    fn from(e: SaveError) -> Self {
        Fault::Save(e)
    }
}

impl From<Missing> for Fault {
    fn from(m: Missing) -> Self {
        Fault::Missing(m)
    }
}

/// What was read for a draft, or why it is not there.
fn found<T>(read: Result<Option<T>, StoreError>) -> Result<T, Missing> {
    match read {
        Ok(Some(t)) => Ok(t),
        Ok(None) => Err(Missing::Gone),
        Err(StoreError::Unavailable) => Err(Missing::Blocked),
        Err(StoreError::Unreadable { key, raw, .. }) => Err(Missing::Unreadable { key, raw }),
    }
}

impl<K: KeyValue> Desk<'_, K> {
    /// A stored draft, or why it is not there.
    pub fn stored(&self, id: &str) -> Result<crate::domain::Draft, Missing> {
        found(self.store.load_draft(id))
    }

    /// A stored draft as it is stored, or why it is not there (nothing written).
    fn stored_raw(&self, id: &str) -> Result<(crate::domain::Draft, String), Missing> {
        found(self.store.load_draft_raw(id))
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! A desk over `MemoryKv` with a counter for ids and a fixed time.

    use super::*;
    use crate::storage::MemoryKv;
    use std::cell::Cell;
    use std::rc::Rc;

    pub struct Bench {
        pub kv: Rc<MemoryKv>,
        pub store: LocalStore<Rc<MemoryKv>>,
        pub custom: Vec<Arc<Checklist>>,
        pub now: f64,
        next: Cell<u32>,
    }

    impl Bench {
        pub fn new() -> Self {
            Bench::over(MemoryKv::new())
        }

        pub fn over(kv: MemoryKv) -> Self {
            let kv = Rc::new(kv);
            Bench {
                store: LocalStore::over(kv.clone()),
                kv,
                custom: Vec::new(),
                now: 1_765_000_000_000.0,
                next: Cell::new(0),
            }
        }

        pub fn desk<R>(&self, f: impl FnOnce(&Desk<'_, Rc<MemoryKv>>) -> R) -> R {
            let ids = || {
                self.next.set(self.next.get() + 1);
                format!("new{}", self.next.get())
            };
            f(&Desk {
                store: &self.store,
                custom: &self.custom,
                now: self.now,
                new_id: &ids,
            })
        }
    }
}
