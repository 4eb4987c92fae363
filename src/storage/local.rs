//! The browser side of storage: `localStorage` through gloo-storage.
//!
//! Every write is read back and compared; errors are returned, never panics.
//! A value that cannot be read is never overwritten.

use super::codec::{decode_draft, decode_record, encode_draft, DecodeError};
use super::{
    draft_key, snapshot_key, snapshot_prefix, trash_key, CURRENT_KEY, DAY_MS, META_KEY, PREFIX,
    SNAPSHOTS_KEPT, TRASH_DAYS,
};
use crate::domain::{Draft, MaterialKind};
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
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

/// One draft in the drafts list.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftMeta {
    pub id: String,
    pub title: String,
    pub kind: MaterialKind,
    pub year: u32,
    pub created_ms: f64,
    pub updated_ms: f64,
    /// The stored record's length in characters.
    pub size: usize,
    /// For the 回收站: when it was deleted.
    pub deleted_ms: Option<f64>,
}

/// One snapshot in a draft's history.
#[derive(Clone, Debug, PartialEq)]
pub struct SnapshotMeta {
    pub key: String,
    pub saved_ms: f64,
    pub size: usize,
}

/// The app's own settings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meta {
    pub last_export_ms: f64,
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

/// The list entry of a draft whose stored record has `size` characters.
pub fn meta_of(d: &Draft, size: usize) -> DraftMeta {
    DraftMeta {
        id: d.id.clone(),
        title: d.display_name(),
        kind: d.kind,
        year: d.profile.year,
        created_ms: d.created_ms,
        updated_ms: d.updated_ms,
        size,
        deleted_ms: None,
    }
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

    /// The raw value under a key.
    pub fn read_raw(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok().flatten()
    }

    fn remove(&self, key: &str) {
        if let Some(s) = &self.storage {
            let _ = s.remove_item(key);
        }
    }

    /// Every key of ours that starts with `prefix`.
    fn keys(&self, prefix: &str) -> Vec<String> {
        let Some(s) = &self.storage else {
            return Vec::new();
        };
        let n = s.length().unwrap_or(0);
        let mut keys: Vec<String> = (0..n)
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(prefix))
            .collect();
        keys.sort();
        keys
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

    /// Writes, and when the store is full prunes the oldest snapshots (never a live
    /// draft) and tries again.
    pub fn write_making_room(&self, key: &str, value: &str) -> Result<(), SaveError> {
        loop {
            match self.write(key, value) {
                Err(SaveError::Quota) if self.prune_oldest_snapshot() => continue,
                other => return other,
            }
        }
    }

    /// Saves a draft and marks it as the one opened last. Returns the record written.
    pub fn save_draft(&self, draft: &Draft, now_ms: f64) -> Result<String, SaveError> {
        let raw = encode_draft(draft, now_ms);
        self.write_making_room(&draft_key(&draft.id), &raw)?;
        self.set_current(&draft.id)?;
        Ok(raw)
    }

    /// Names the draft opened last.
    pub fn set_current(&self, id: &str) -> Result<(), SaveError> {
        if self.read_raw(CURRENT_KEY).as_deref() != Some(id) {
            self.write_making_room(CURRENT_KEY, id)?;
        }
        Ok(())
    }

    fn unreadable(&self, key: String, name: &str, raw: String, error: DecodeError) -> StoreError {
        let quarantine_key = format!("{PREFIX}quarantine/{name}");
        // Keep a copy aside; the original stays where it was, never overwritten.
        if self.read_raw(&quarantine_key).is_none() {
            let _ = self.write(&quarantine_key, &raw);
        }
        StoreError::Unreadable {
            key,
            quarantine_key,
            raw,
            error,
        }
    }

    /// Loads one draft by id, with its raw record; `Ok(None)` when there is none.
    pub fn load_draft_raw(&self, id: &str) -> Result<Option<(Draft, String)>, StoreError> {
        if self.storage.is_none() {
            return Err(StoreError::Unavailable);
        }
        let key = draft_key(id);
        let Some(raw) = self.read_raw(&key) else {
            return Ok(None);
        };
        match decode_draft(&raw) {
            Ok(d) => Ok(Some((d, raw))),
            Err(error) => Err(self.unreadable(key, id, raw, error)),
        }
    }

    /// Loads one draft by id; `Ok(None)` when there is none.
    pub fn load_draft(&self, id: &str) -> Result<Option<Draft>, StoreError> {
        self.load_draft_raw(id).map(|o| o.map(|(d, _)| d))
    }

    /// The id of the draft opened last.
    pub fn current_id(&self) -> Option<String> {
        self.read_raw(CURRENT_KEY)
    }

    /// Loads the draft opened last, if any.
    pub fn load_current(&self) -> Result<Option<Draft>, StoreError> {
        if self.storage.is_none() {
            return Err(StoreError::Unavailable);
        }
        match self.current_id() {
            Some(id) => self.load_draft(&id),
            None => Ok(None),
        }
    }

    /// Every stored draft, newest edit first, and every stored value that could not be
    /// read (kept aside, never overwritten).
    pub fn scan(&self) -> (Vec<DraftMeta>, Vec<StoreError>) {
        let prefix = format!("{PREFIX}draft/");
        let mut drafts = Vec::new();
        let mut bad = Vec::new();
        for key in self.keys(&prefix) {
            let Some(raw) = self.read_raw(&key) else {
                continue;
            };
            match decode_draft(&raw) {
                Ok(d) => drafts.push(meta_of(&d, raw.chars().count())),
                Err(e) => {
                    let name = key[prefix.len()..].to_string();
                    bad.push(self.unreadable(key, &name, raw, e));
                }
            }
        }
        drafts.sort_by(|a, b| b.updated_ms.total_cmp(&a.updated_ms));
        (drafts, bad)
    }

    /// How many drafts are stored (without reading them).
    pub fn draft_count(&self) -> usize {
        self.keys(&format!("{PREFIX}draft/")).len()
    }

    /// Every draft, decoded (for "export all").
    pub fn all_drafts(&self) -> Vec<Draft> {
        let (metas, _) = self.scan();
        metas
            .iter()
            .filter_map(|m| self.load_draft(&m.id).ok().flatten())
            .collect()
    }

    /// Keeps a snapshot of a draft as it is now, then keeps the newest
    /// [`SNAPSHOTS_KEPT`]. Returns the key written.
    pub fn save_snapshot(&self, draft: &Draft, now_ms: f64) -> Result<String, SaveError> {
        // Two snapshots in one millisecond must not overwrite each other.
        let mut at = now_ms.floor();
        let mut key = snapshot_key(&draft.id, at);
        while self.read_raw(&key).is_some() {
            at += 1.0;
            key = snapshot_key(&draft.id, at);
        }
        let raw = encode_draft(draft, now_ms);
        self.write_making_room(&key, &raw)?;
        let keys = self.keys(&snapshot_prefix(&draft.id));
        if keys.len() > SNAPSHOTS_KEPT {
            for k in &keys[..keys.len() - SNAPSHOTS_KEPT] {
                self.remove(k);
            }
        }
        Ok(key)
    }

    /// A draft's snapshots, newest first.
    pub fn snapshots(&self, id: &str) -> Vec<SnapshotMeta> {
        let mut out: Vec<SnapshotMeta> = self
            .keys(&snapshot_prefix(id))
            .into_iter()
            .filter_map(|key| {
                let raw = self.read_raw(&key)?;
                let (_, saved_ms) = decode_record(&raw).ok()?;
                Some(SnapshotMeta {
                    key,
                    saved_ms,
                    size: raw.chars().count(),
                })
            })
            .collect();
        out.reverse();
        out
    }

    /// The draft held in a snapshot.
    pub fn load_snapshot(&self, key: &str) -> Option<Draft> {
        decode_draft(&self.read_raw(key)?).ok()
    }

    /// The time of a draft's newest snapshot.
    pub fn last_snapshot_ms(&self, id: &str) -> Option<f64> {
        let key = self.keys(&snapshot_prefix(id)).pop()?;
        key.rsplit('/').next()?.parse::<f64>().ok()
    }

    /// Removes the oldest snapshot of any draft; false when there is none.
    pub fn prune_oldest_snapshot(&self) -> bool {
        let oldest = self
            .keys(&format!("{PREFIX}snap/"))
            .into_iter()
            .min_by_key(|k| k.rsplit('/').next().unwrap_or_default().to_string());
        match oldest {
            Some(k) => {
                self.remove(&k);
                true
            }
            None => false,
        }
    }

    /// Moves a draft to the 回收站 (after a snapshot); its history stays.
    pub fn trash_draft(&self, id: &str, now_ms: f64) -> Result<(), SaveError> {
        let Some(raw) = self.read_raw(&draft_key(id)) else {
            return Ok(());
        };
        let draft = decode_draft(&raw).map_err(|e| SaveError::Other(e.to_string()))?;
        self.save_snapshot(&draft, now_ms)?;
        self.write_making_room(&trash_key(id), &encode_draft(&draft, now_ms))?;
        self.remove(&draft_key(id));
        if self.current_id().as_deref() == Some(id) {
            self.remove(CURRENT_KEY);
        }
        Ok(())
    }

    /// The drafts in the 回收站, newest deletion first.
    pub fn trash(&self) -> Vec<DraftMeta> {
        let mut out: Vec<DraftMeta> = self
            .keys(&format!("{PREFIX}trash/"))
            .into_iter()
            .filter_map(|key| {
                let raw = self.read_raw(&key)?;
                let (d, deleted) = decode_record(&raw).ok()?;
                let mut m = meta_of(&d, raw.chars().count());
                m.deleted_ms = Some(deleted);
                Some(m)
            })
            .collect();
        out.sort_by(|a, b| {
            b.deleted_ms
                .unwrap_or(0.0)
                .total_cmp(&a.deleted_ms.unwrap_or(0.0))
        });
        out
    }

    /// Puts a draft from the 回收站 back; returns it.
    pub fn restore_from_trash(&self, id: &str) -> Result<Option<Draft>, SaveError> {
        let Some(raw) = self.read_raw(&trash_key(id)) else {
            return Ok(None);
        };
        let draft = decode_draft(&raw).map_err(|e| SaveError::Other(e.to_string()))?;
        self.write_making_room(&draft_key(id), &encode_draft(&draft, draft.updated_ms))?;
        self.remove(&trash_key(id));
        Ok(Some(draft))
    }

    /// Forgets drafts deleted more than [`TRASH_DAYS`] ago, with their history.
    pub fn purge_trash(&self, now_ms: f64) {
        for m in self.trash() {
            if now_ms - m.deleted_ms.unwrap_or(now_ms) > TRASH_DAYS * DAY_MS {
                self.remove(&trash_key(&m.id));
                for k in self.keys(&snapshot_prefix(&m.id)) {
                    self.remove(&k);
                }
            }
        }
    }

    /// The app's settings.
    pub fn meta(&self) -> Meta {
        self.read_raw(META_KEY)
            .and_then(|raw| serde_json::from_str(&raw).ok())
            .unwrap_or_default()
    }

    pub fn set_meta(&self, meta: &Meta) -> Result<(), SaveError> {
        let raw = serde_json::to_string(meta).map_err(|e| SaveError::Other(e.to_string()))?;
        self.write_making_room(META_KEY, &raw)
    }
}
