//! The small key-value door every stored byte passes through: the browser's
//! `localStorage` (the app's `BrowserKv`) or an in-memory map with the same
//! faults ([`MemoryKv`]), so the storage rules are tested natively.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// Why a write failed. The last good copy is untouched in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Storage is blocked or disabled in this browser.
    Unavailable,
    /// The store is full (`QuotaExceededError`).
    Quota,
    /// The value read back differs from the one written.
    ShortWrite,
    /// Any other error the browser raised.
    Other(String),
}

/// A string key-value store with the behaviour of `localStorage`.
pub trait KeyValue {
    /// Whether there is a store at all (blocked storage has none).
    fn available(&self) -> bool;
    /// The value under a key.
    fn get(&self, key: &str) -> Option<String>;
    /// Writes a value (without reading it back: see `LocalStore::write`).
    fn set(&self, key: &str, value: &str) -> Result<(), SaveError>;
    /// Removes a key.
    fn remove(&self, key: &str) -> Result<(), SaveError>;
    /// Every key, in no particular order.
    fn keys(&self) -> Vec<String>;
}

/// An in-memory store with `localStorage`'s faults, for native tests: a quota in
/// UTF-16 code units over keys and values (as browsers count), blocked storage, and
/// writes that come back short.
#[derive(Debug, Default)]
pub struct MemoryKv {
    map: RefCell<BTreeMap<String, String>>,
    blocked: bool,
    quota: Cell<Option<usize>>,
    short_writes: Cell<bool>,
}

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

impl MemoryKv {
    /// An empty store without limit.
    pub fn new() -> Self {
        Self::default()
    }

    /// A store that behaves as blocked storage.
    pub fn blocked() -> Self {
        MemoryKv {
            blocked: true,
            ..Default::default()
        }
    }

    /// Limits the store to `units` UTF-16 code units over keys and values.
    pub fn set_quota(&self, units: Option<usize>) {
        self.quota.set(units);
    }

    /// Makes every later write store only half of its value.
    pub fn set_short_writes(&self, on: bool) {
        self.short_writes.set(on);
    }

    /// What the store holds, in code units.
    pub fn used(&self) -> usize {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| units(k) + units(v))
            .sum()
    }
}

impl KeyValue for MemoryKv {
    fn available(&self) -> bool {
        !self.blocked
    }

    fn get(&self, key: &str) -> Option<String> {
        if self.blocked {
            return None;
        }
        self.map.borrow().get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        if self.blocked {
            return Err(SaveError::Unavailable);
        }
        if let Some(quota) = self.quota.get() {
            let old = self
                .map
                .borrow()
                .get(key)
                .map_or(0, |v| units(key) + units(v));
            if self.used() - old + units(key) + units(value) > quota {
                return Err(SaveError::Quota);
            }
        }
        let stored = if self.short_writes.get() {
            value.chars().take(value.chars().count() / 2).collect()
        } else {
            value.to_string()
        };
        self.map.borrow_mut().insert(key.to_string(), stored);
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), SaveError> {
        if self.blocked {
            return Err(SaveError::Unavailable);
        }
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Vec<String> {
        self.map.borrow().keys().cloned().collect()
    }
}

/// A shared handle on one store, as two tabs of the same browser share `localStorage`.
impl<T: KeyValue> KeyValue for std::rc::Rc<T> {
    fn available(&self) -> bool {
        (**self).available()
    }
    fn get(&self, key: &str) -> Option<String> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), SaveError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Vec<String> {
        (**self).keys()
    }
}
