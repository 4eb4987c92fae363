//! The browser side of storage: `localStorage` through gloo-storage.
//!
//! Every write is read back and compared; errors are returned, never panics.

use super::codec::{decode_draft, encode_draft, DecodeError};
use super::{draft_key, CURRENT_KEY, PREFIX};
use crate::domain::Draft;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

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

/// Why a stored value could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    Unavailable,
    /// The value under `key` could not be read; it is left where it was and a copy
    /// is kept under `quarantine_key`.
    Unreadable {
        key: String,
        quarantine_key: String,
        raw: String,
        error: DecodeError,
    },
}

/// A handle on the browser's local storage, or on its absence.
#[derive(Clone, Debug)]
pub struct LocalStore {
    storage: Option<web_sys::Storage>,
}

fn error_name(e: &wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "Error".into())
}

impl LocalStore {
    /// Probes for storage first: `LocalStorage::raw()` panics where it is unavailable.
    pub fn open() -> Self {
        let probed = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some();
        LocalStore {
            storage: probed.then(LocalStorage::raw),
        }
    }

    /// A store that behaves as blocked storage (for tests and for a failed probe).
    pub fn unavailable() -> Self {
        LocalStore { storage: None }
    }

    pub fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    fn get(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok().flatten()
    }

    /// Writes `value` under `key` and reads it back.
    pub fn write(&self, key: &str, value: &str) -> Result<(), SaveError> {
        debug_assert!(key.starts_with(PREFIX));
        let s = self.storage.as_ref().ok_or(SaveError::Unavailable)?;
        s.set_item(key, value)
            .map_err(|e| match error_name(&e).as_str() {
                "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => SaveError::Quota,
                other => SaveError::Other(other.to_string()),
            })?;
        match s.get_item(key) {
            Ok(Some(back)) if back == value => Ok(()),
            _ => Err(SaveError::ShortWrite),
        }
    }

    /// Saves a draft and marks it as the one opened last. Returns the bytes written.
    pub fn save_draft(&self, draft: &Draft, now_ms: f64) -> Result<usize, SaveError> {
        let raw = encode_draft(draft, now_ms);
        self.write(&draft_key(&draft.id), &raw)?;
        if self.get(CURRENT_KEY).as_deref() != Some(draft.id.as_str()) {
            self.write(CURRENT_KEY, &draft.id)?;
        }
        Ok(raw.len())
    }

    /// Loads one draft by id; `Ok(None)` when there is none.
    pub fn load_draft(&self, id: &str) -> Result<Option<Draft>, StoreError> {
        if self.storage.is_none() {
            return Err(StoreError::Unavailable);
        }
        let key = draft_key(id);
        let Some(raw) = self.get(&key) else {
            return Ok(None);
        };
        match decode_draft(&raw) {
            Ok(d) => Ok(Some(d)),
            Err(error) => {
                let quarantine_key = format!("{PREFIX}quarantine/{id}");
                // Keep a copy aside; the original stays where it was, never overwritten.
                if self.get(&quarantine_key).is_none() {
                    let _ = self.write(&quarantine_key, &raw);
                }
                Err(StoreError::Unreadable {
                    key,
                    quarantine_key,
                    raw,
                    error,
                })
            }
        }
    }

    /// Loads the draft opened last, if any.
    pub fn load_current(&self) -> Result<Option<Draft>, StoreError> {
        if self.storage.is_none() {
            return Err(StoreError::Unavailable);
        }
        match self.get(CURRENT_KEY) {
            Some(id) => self.load_draft(&id),
            None => Ok(None),
        }
    }
}
