//! The browser's `localStorage`, through gloo-storage: the only code that touches it.

use super::{KeyValue, SaveError};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

/// `localStorage`, or its absence (storage blocked or disabled).
#[derive(Clone, Debug)]
pub struct BrowserKv {
    storage: Option<web_sys::Storage>,
}

fn error_name(e: &wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "Error".into())
}

impl BrowserKv {
    /// Probes for storage first: `LocalStorage::raw()` panics where it is unavailable.
    pub fn open() -> Self {
        let probed = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some();
        BrowserKv {
            storage: probed.then(LocalStorage::raw),
        }
    }

    /// No storage, as where it is blocked.
    pub fn unavailable() -> Self {
        BrowserKv { storage: None }
    }
}

impl KeyValue for BrowserKv {
    fn available(&self) -> bool {
        self.storage.is_some()
    }

    fn get(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        let s = self.storage.as_ref().ok_or(SaveError::Unavailable)?;
        s.set_item(key, value)
            .map_err(|e| match error_name(&e).as_str() {
                "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => SaveError::Quota,
                other => SaveError::Other(other.to_string()),
            })
    }

    fn remove(&self, key: &str) -> Result<(), SaveError> {
        let s = self.storage.as_ref().ok_or(SaveError::Unavailable)?;
        s.remove_item(key)
            .map_err(|e| SaveError::Other(error_name(&e)))
    }

    fn keys(&self) -> Vec<String> {
        let Some(s) = &self.storage else {
            return Vec::new();
        };
        let n = s.length().unwrap_or(0);
        (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
    }
}
