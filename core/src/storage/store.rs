//! Drafts, snapshots, the 回收站, settings and quarantine, over any [`KeyValue`]
//! store: the browser's `localStorage` in the app, an in-memory one in native tests.
//!
//! Every write is read back and compared; errors are returned, never panics.
//! A value that cannot be read is never overwritten.

use super::backup::Records;
use super::beside::{self, Beside};
use super::checklists::{checklist_key, decode_checklist, encode_checklist};
use super::codec::{decode_draft, decode_record, encode_draft, DecodeError};
pub use super::kv::SaveError;
use super::kv::{KeyValue, MemoryKv};
use super::{
    draft_key, snapshot_key, snapshot_prefix, trash_key, CURRENT_KEY, DAY_MS, META_KEY, PREFIX,
    SNAPSHOTS_KEPT, TRASH_DAYS,
};
use crate::domain::Checklist;
use crate::domain::{Draft, MaterialKind};
use serde::{Deserialize, Serialize};

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
    /// The draft it was started from with 开始下一年度 (its id), if any.
    pub previous: String,
}

/// What an import did with the file's record of one kind beside a draft
/// ([`LocalStore::import_record`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordImport {
    /// The file has none for the draft: the one here, if any, is kept as it is.
    NoneInFile,
    /// Written where there was none.
    Written,
    /// The one here is the same as the file's: nothing written.
    Same,
    /// The one here was replaced by the file's, after a copy of it was kept as a
    /// history version under `history_key`.
    Replaced { history_key: String },
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
    /// The interface in English (the user switched to it); Chinese otherwise.
    pub english: bool,
}

/// Drafts and their history over a key-value store: the browser's `localStorage` in
/// the app (its `BrowserKv`), [`MemoryKv`] in native tests.
#[derive(Clone, Debug)]
pub struct LocalStore<K> {
    kv: K,
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
        previous: d.previous_draft.clone(),
    }
}

impl LocalStore<MemoryKv> {
    /// An empty in-memory store (native tests).
    pub fn in_memory() -> Self {
        LocalStore::over(MemoryKv::new())
    }
}

impl<K: KeyValue> LocalStore<K> {
    /// Drafts over this key-value store.
    pub fn over(kv: K) -> Self {
        LocalStore { kv }
    }

    pub fn is_available(&self) -> bool {
        self.kv.available()
    }

    /// The raw value under a key.
    pub fn read_raw(&self, key: &str) -> Option<String> {
        self.kv.get(key)
    }

    /// Removes a key.
    pub fn remove(&self, key: &str) -> Result<(), SaveError> {
        self.kv.remove(key)
    }

    /// Every key of ours that starts with `prefix`, sorted.
    fn keys(&self, prefix: &str) -> Vec<String> {
        let mut keys: Vec<String> = self
            .kv
            .keys()
            .into_iter()
            .filter(|k| k.starts_with(prefix))
            .collect();
        keys.sort();
        keys
    }

    /// Writes `value` under `key` and reads it back.
    pub fn write(&self, key: &str, value: &str) -> Result<(), SaveError> {
        debug_assert!(key.starts_with(PREFIX));
        self.kv.set(key, value)?;
        match self.kv.get(key) {
            Some(back) if back == value => Ok(()),
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
        // Where even the copy cannot be written (a full store), the caller still has
        // the raw value to offer as a download.
        if self.read_raw(&quarantine_key).is_none() {
            self.write(&quarantine_key, &raw).ok();
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
        if !self.is_available() {
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

    /// When the stored record of a draft was written (None: none stored, or not
    /// readable).
    pub fn draft_saved_ms(&self, id: &str) -> Option<f64> {
        self.read_raw(&draft_key(id))
            .and_then(|raw| crate::storage::codec::saved_at(&raw))
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
        if !self.is_available() {
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

    /// Writes one of the unit's own checklists (read back).
    pub fn save_checklist(&self, c: &Checklist, now_ms: f64) -> Result<(), SaveError> {
        self.write_making_room(&checklist_key(&c.custom_id), &encode_checklist(c, now_ms))
    }

    /// Removes one of the unit's own checklists (drafts that follow it fall back to
    /// the built-in checklist of their year, and keep every problem).
    pub fn delete_checklist(&self, id: &str) -> Result<(), SaveError> {
        self.remove(&checklist_key(id))
    }

    /// The unit's own checklists, by label; an unreadable one is kept aside (as for
    /// drafts) and reported.
    pub fn checklists(&self) -> (Vec<Checklist>, Vec<StoreError>) {
        let prefix = checklist_key("");
        let mut out = Vec::new();
        let mut bad = Vec::new();
        for key in self.keys(&prefix) {
            let Some(raw) = self.read_raw(&key) else {
                continue;
            };
            match decode_checklist(&raw) {
                Ok(c) => out.push(c),
                Err(e) => {
                    let name = format!("checklist-{}", &key[prefix.len()..]);
                    bad.push(self.unreadable(key, &name, raw, e));
                }
            }
        }
        out.sort_by(|a, b| (a.year, &a.label_zh).cmp(&(b.year, &b.label_zh)));
        (out, bad)
    }

    /// Writes a record beside a draft (its ledger, opinions, talks or criticism),
    /// read back.
    pub fn save_record<T: Beside>(&self, r: &T, now_ms: f64) -> Result<(), SaveError> {
        self.write_making_room(&beside::key::<T>(r.draft_id()), &beside::encode(r, now_ms))
    }

    /// Writes a record only if the stored one is still `seen` (what this page read or
    /// last wrote): another tab's write is never overwritten. Ok(Some(raw)) with what
    /// was written; Ok(None) when another tab changed it first (nothing written).
    pub fn save_record_over<T: Beside>(
        &self,
        r: &T,
        seen: Option<&str>,
        now_ms: f64,
    ) -> Result<Option<String>, SaveError> {
        let key = beside::key::<T>(r.draft_id());
        if self.read_raw(&key).as_deref() != seen {
            return Ok(None);
        }
        let raw = beside::encode(r, now_ms);
        self.write_making_room(&key, &raw)?;
        Ok(Some(raw))
    }

    /// Writes the file's record of one kind for a draft being imported, `theirs`
    /// already naming the id the draft is written under (`None`: the file has no
    /// record of this kind for it). The rule of an import: the records beside a
    /// draft are the file's, like the draft. A record already under that id (the
    /// draft written over, or an earlier draft with its id still in the 回收站) is
    /// replaced, after a copy of it as it was stored is kept as a history version
    /// ([`LocalStore::record_history`]); one the same as the file's is left alone.
    /// Where the file has no record of this kind, the one here is kept: the file
    /// says nothing about it, and nothing is lost.
    pub fn import_record<T: Beside>(
        &self,
        theirs: Option<&T>,
        now_ms: f64,
    ) -> Result<RecordImport, SaveError> {
        let Some(theirs) = theirs else {
            return Ok(RecordImport::NoneInFile);
        };
        let id = theirs.draft_id();
        let Some(here) = self.record_raw::<T>(id) else {
            self.save_record(theirs, now_ms)?;
            return Ok(RecordImport::Written);
        };
        if beside::decode::<T>(&here).as_ref() == Ok(theirs) {
            return Ok(RecordImport::Same);
        }
        let history_key = self.keep_record_version::<T>(id, &here, now_ms)?;
        self.save_record(theirs, now_ms)?;
        Ok(RecordImport::Replaced { history_key })
    }

    /// Writes the file's records beside one imported draft (`from`: its id in the
    /// file; `to`: the id it is written under), each kind by
    /// [`LocalStore::import_record`]'s rule. Returns how many replaced one here (each
    /// kept as a history version first). Stops at the first failed write.
    pub fn import_records(
        &self,
        records: &Records,
        (from, to): (&str, &str),
        now_ms: f64,
    ) -> Result<usize, SaveError> {
        fn theirs<T: Beside>(list: &[T], from: &str, to: &str) -> Option<T> {
            let mut r = list.iter().find(|r| r.draft_id() == from)?.clone();
            r.set_draft_id(to);
            Some(r)
        }
        let done = [
            self.import_record(theirs(&records.ledgers, from, to).as_ref(), now_ms)?,
            self.import_record(theirs(&records.opinions, from, to).as_ref(), now_ms)?,
            self.import_record(theirs(&records.talks, from, to).as_ref(), now_ms)?,
            self.import_record(theirs(&records.criticism, from, to).as_ref(), now_ms)?,
        ];
        Ok(done
            .iter()
            .filter(|d| matches!(d, RecordImport::Replaced { .. }))
            .count())
    }

    /// Keeps `raw` (a draft's record of this kind as it was stored, readable or
    /// not) as a history version, then keeps the newest [`SNAPSHOTS_KEPT`] of them.
    /// Returns the key written.
    pub(crate) fn keep_record_version<T: Beside>(
        &self,
        draft_id: &str,
        raw: &str,
        now_ms: f64,
    ) -> Result<String, SaveError> {
        let mut at = now_ms.floor();
        let mut key = beside::history_key::<T>(draft_id, at);
        while self.read_raw(&key).is_some() {
            at += 1.0;
            key = beside::history_key::<T>(draft_id, at);
        }
        self.write_making_room(&key, raw)?;
        let keys = self.keys(&beside::history_prefix::<T>(draft_id));
        if keys.len() > SNAPSHOTS_KEPT {
            for k in &keys[..keys.len() - SNAPSHOTS_KEPT] {
                self.remove(k)?;
            }
        }
        Ok(key)
    }

    /// The history versions of a draft's record of this kind, newest first: the key
    /// and the record as it was stored (raw, since it may not be readable).
    pub fn record_history<T: Beside>(&self, draft_id: &str) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = self
            .keys(&beside::history_prefix::<T>(draft_id))
            .into_iter()
            .filter_map(|k| self.read_raw(&k).map(|raw| (k, raw)))
            .collect();
        out.reverse();
        out
    }

    /// A draft's record of this kind as stored (raw), for compare-before-write.
    pub fn record_raw<T: Beside>(&self, draft_id: &str) -> Option<String> {
        self.read_raw(&beside::key::<T>(draft_id))
    }

    /// A draft's record of this kind, if it has one; an unreadable one is kept aside
    /// and reported.
    pub fn record<T: Beside>(&self, draft_id: &str) -> Result<Option<T>, StoreError> {
        let key = beside::key::<T>(draft_id);
        let Some(raw) = self.read_raw(&key) else {
            return Ok(None);
        };
        beside::decode(&raw)
            .map(Some)
            .map_err(|e| self.unreadable(key, &format!("{}-{draft_id}", T::NAME), raw, e))
    }

    /// Every readable record of this kind, and how many could not be read (they stay
    /// as they are).
    pub fn records<T: Beside>(&self) -> (Vec<T>, usize) {
        let mut bad = 0;
        let mut out = Vec::new();
        for k in self.keys(&beside::key::<T>("")) {
            let Some(raw) = self.read_raw(&k) else {
                continue;
            };
            match beside::decode(&raw) {
                Ok(l) => out.push(l),
                Err(_) => bad += 1,
            }
        }
        (out, bad)
    }

    /// When each record beside a draft (ledger, opinions, talks, criticism) was last
    /// written: the export reminder counts them like drafts.
    pub fn records_saved_ms(&self) -> Vec<f64> {
        #[derive(Deserialize)]
        struct Saved {
            #[serde(default)]
            saved_ms: f64,
        }
        beside::keys_of("")
            .iter()
            .flat_map(|prefix| self.keys(prefix))
            .filter_map(|k| self.read_raw(&k))
            .filter_map(|raw| serde_json::from_str::<Saved>(&raw).ok())
            .map(|s| s.saved_ms)
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
                self.remove(k)?;
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
        // Keys end in whole milliseconds (`snapshot_key`): no float parser needed.
        key.rsplit('/')
            .next()?
            .parse::<u64>()
            .ok()
            .map(|ms| ms as f64)
    }

    /// Removes the oldest snapshot of any draft, or history version of a record
    /// beside one (`snap/`, `snap-<kind>/`); false when there is none.
    pub fn prune_oldest_snapshot(&self) -> bool {
        let oldest = self
            .keys(&format!("{PREFIX}snap"))
            .into_iter()
            .min_by_key(|k| k.rsplit('/').next().unwrap_or_default().to_string());
        oldest.is_some_and(|k| self.remove(&k).is_ok())
    }

    /// Moves a draft to the 回收站 (after a snapshot); its history stays.
    pub fn trash_draft(&self, id: &str, now_ms: f64) -> Result<(), SaveError> {
        let Some(raw) = self.read_raw(&draft_key(id)) else {
            return Ok(());
        };
        let draft = decode_draft(&raw).map_err(|e| SaveError::Other(e.to_string()))?;
        self.save_snapshot(&draft, now_ms)?;
        self.write_making_room(&trash_key(id), &encode_draft(&draft, now_ms))?;
        self.remove(&draft_key(id))?;
        if self.current_id().as_deref() == Some(id) {
            self.remove(CURRENT_KEY)?;
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

    /// Puts a draft from the 回收站 back; returns it, or None when it is no longer
    /// there (restored or purged in another tab).
    pub fn restore_from_trash(&self, id: &str) -> Result<Option<Draft>, SaveError> {
        let Some(raw) = self.read_raw(&trash_key(id)) else {
            return Ok(None);
        };
        let draft = decode_draft(&raw).map_err(|e| SaveError::Other(e.to_string()))?;
        self.write_making_room(&draft_key(id), &encode_draft(&draft, draft.updated_ms))?;
        self.remove(&trash_key(id))?;
        Ok(Some(draft))
    }

    /// Forgets drafts deleted more than [`TRASH_DAYS`] ago, with their history.
    /// A deleted draft that cannot be read is never purged (when it was deleted is
    /// not known): it stays, a copy is kept aside, and it is returned to be said.
    pub fn purge_trash(&self, now_ms: f64) -> Result<Vec<StoreError>, SaveError> {
        let prefix = format!("{PREFIX}trash/");
        let mut unreadable = Vec::new();
        for key in self.keys(&prefix) {
            let Some(raw) = self.read_raw(&key) else {
                continue;
            };
            if let Err(e) = decode_record(&raw) {
                let name = format!("trash-{}", &key[prefix.len()..]);
                unreadable.push(self.unreadable(key, &name, raw, e));
            }
        }
        for m in self.trash() {
            if now_ms - m.deleted_ms.unwrap_or(now_ms) > TRASH_DAYS * DAY_MS {
                self.remove(&trash_key(&m.id))?;
                for k in self.keys(&snapshot_prefix(&m.id)) {
                    self.remove(&k)?;
                }
                // Its records go with it (ledger, opinions, talks, criticism),
                // unless a live draft has that id again (it was imported back).
                if self.read_raw(&draft_key(&m.id)).is_none() {
                    for key in beside::keys_of(&m.id) {
                        self.remove(&key)?;
                    }
                    for prefix in beside::history_prefixes_of(&m.id) {
                        for k in self.keys(&prefix) {
                            self.remove(&k)?;
                        }
                    }
                }
            }
        }
        Ok(unreadable)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_written_before_the_language_was_kept_still_read() {
        let store = LocalStore::in_memory();
        store.write(META_KEY, r#"{"last_export_ms":5.0}"#).unwrap();
        assert_eq!(
            store.meta(),
            Meta {
                last_export_ms: 5.0,
                english: false
            }
        );
        store
            .set_meta(&Meta {
                english: true,
                ..store.meta()
            })
            .unwrap();
        assert!(store.meta().english);
        assert_eq!(store.meta().last_export_ms, 5.0);
    }
    use crate::domain::ledger::Ledger;
    use crate::storage::kv::MemoryKv;
    use std::rc::Rc;

    #[test]
    fn the_units_checklists_are_kept_listed_and_deleted() {
        let kv = Rc::new(MemoryKv::new());
        let store = LocalStore::over(kv.clone());
        let a = Checklist::for_year(2025).copy_as_custom("a", 2026);
        let mut b = Checklist::for_year(2024).copy_as_custom("b", 2026);
        b.checklist_name_zh = "三个带头".into();
        store.save_checklist(&a, 1.0).unwrap();
        store.save_checklist(&b, 2.0).unwrap();
        let (list, bad) = store.checklists();
        assert!(bad.is_empty());
        assert_eq!(list.len(), 2);
        assert!(list.contains(&a) && list.contains(&b));
        // Saved again under the same id, it replaces the old one.
        b.theme_zh = "新的主题".into();
        store.save_checklist(&b, 3.0).unwrap();
        let (list, _) = store.checklists();
        assert_eq!(list.len(), 2);
        assert!(list.contains(&b));
        store.delete_checklist("a").unwrap();
        assert!(store.read_raw(&checklist_key("a")).is_none());
        assert_eq!(store.checklists().0, vec![b.clone()]);
        // An unreadable record is kept where it was and a copy set aside.
        kv.set(&checklist_key("bad"), "{not json").unwrap();
        let (list, bad) = store.checklists();
        assert_eq!(list, vec![b]);
        assert_eq!(bad.len(), 1);
        assert_eq!(
            store.read_raw(&checklist_key("bad")).as_deref(),
            Some("{not json")
        );
        // A full store: the failure is said, nothing half-written.
        kv.set_quota(Some(kv.used()));
        assert!(store.save_checklist(&a, 4.0).is_err());
        assert!(store.read_raw(&checklist_key("a")).is_none());
    }

    #[test]
    fn a_drafts_ledger_is_kept_beside_it() {
        use crate::domain::{sample, MaterialKind};
        let store = LocalStore::over(MemoryKv::new());
        let d = sample::complete(MaterialKind::Team, Checklist::for_year(2022));
        assert_eq!(store.record::<Ledger>(&d.id).unwrap(), None);
        let mut l = Ledger::for_draft(&d);
        let id = l.entries[0].measure_id.clone();
        l.add_note(&id, "2023-02-01", "部署");
        store.save_record(&l, 1.0).unwrap();
        assert_eq!(store.record::<Ledger>(&d.id).unwrap(), Some(l.clone()));
        assert_eq!(store.records::<Ledger>().0, vec![l.clone()]);
        store
            .write(&beside::key::<Ledger>("other"), "{not json")
            .unwrap();
        assert_eq!(store.records::<Ledger>(), (vec![l.clone()], 1));
        // Two tabs: a write over what this tab did not see is refused.
        let seen = store.record_raw::<Ledger>(&d.id);
        let mut mine = l.clone();
        mine.entries[1].owner = "本窗口".into();
        let mut theirs = l.clone();
        theirs.entries[1].owner = "另一窗口".into();
        let theirs_raw = store
            .save_record_over(&theirs, seen.as_deref(), 2.0)
            .unwrap()
            .unwrap();
        assert_eq!(
            store.save_record_over(&mine, seen.as_deref(), 3.0),
            Ok(None)
        );
        assert_eq!(store.record_raw::<Ledger>(&d.id), Some(theirs_raw.clone()));
        assert!(store
            .save_record_over(&mine, Some(&theirs_raw), 4.0)
            .unwrap()
            .is_some());
    }

    #[test]
    fn an_import_replaces_the_records_beside_a_draft_keeping_a_history_version() {
        use crate::domain::{opinions::Opinions, sample, talks::Talks, MaterialKind};
        let kv = Rc::new(MemoryKv::new());
        let store = LocalStore::over(kv.clone());
        let d = sample::complete(MaterialKind::Team, Checklist::for_year(2022));
        let mut here = Ledger::for_draft(&d);
        let id = here.entries[0].measure_id.clone();
        here.add_note(&id, "2023-02-01", "本机记的进展");
        store.save_record(&here, 1.0).unwrap();
        let here_raw = store.record_raw::<Ledger>(&d.id).unwrap();
        let mut talks_here = Talks::for_draft(&d.id);
        talks_here.add(Default::default(), "2023-01-03");
        store.save_record(&talks_here, 1.0).unwrap();
        // The file's ledger replaces the one here, which is kept as it was stored.
        let mut theirs = Ledger::for_draft(&d);
        theirs.add_note(&id, "2023-03-01", "文件中的进展");
        let done = store.import_record(Some(&theirs), 5.0).unwrap();
        let RecordImport::Replaced { history_key } = done else {
            panic!("{done:?}");
        };
        assert_eq!(
            history_key,
            format!("duizhao/snap-ledger/{}/000000000000005", d.id)
        );
        assert_eq!(store.record::<Ledger>(&d.id).unwrap(), Some(theirs.clone()));
        assert_eq!(
            store.record_history::<Ledger>(&d.id),
            vec![(history_key, here_raw)]
        );
        // The same again: nothing written, no new version.
        assert_eq!(
            store.import_record(Some(&theirs), 6.0).unwrap(),
            RecordImport::Same
        );
        assert_eq!(store.record_history::<Ledger>(&d.id).len(), 1);
        // None of a kind in the file: the one here stays. None here: written.
        assert_eq!(
            store.import_record::<Talks>(None, 7.0).unwrap(),
            RecordImport::NoneInFile
        );
        assert_eq!(store.record::<Talks>(&d.id).unwrap(), Some(talks_here));
        let mut o = Opinions::for_draft(&d.id);
        o.add("2023-01-02");
        assert_eq!(
            store.import_record(Some(&o), 8.0).unwrap(),
            RecordImport::Written
        );
        assert!(store.record_history::<Opinions>(&d.id).is_empty());
        // An unreadable record here is kept as it was, then replaced.
        kv.set(&beside::key::<Ledger>(&d.id), "{not json").unwrap();
        assert!(matches!(
            store.import_record(Some(&here), 9.0).unwrap(),
            RecordImport::Replaced { .. }
        ));
        assert_eq!(store.record_history::<Ledger>(&d.id)[0].1, "{not json");
        assert_eq!(store.record::<Ledger>(&d.id).unwrap(), Some(here.clone()));
        // Versions are bounded like snapshots, the oldest going first.
        for n in 0..SNAPSHOTS_KEPT + 3 {
            let l = if n % 2 == 0 { &theirs } else { &here };
            store.import_record(Some(l), 10.0 + n as f64).unwrap();
        }
        let kept = store.record_history::<Ledger>(&d.id);
        assert_eq!(kept.len(), SNAPSHOTS_KEPT);
        assert!(kept[0].0 > kept[1].0);
        // The oldest history versions are pruned first when the store is full.
        while store.prune_oldest_snapshot() {}
        assert!(store.record_history::<Ledger>(&d.id).is_empty());
        // Full with nothing left to prune: the failure is returned, and the record
        // here is unchanged.
        let before = store.record_raw::<Ledger>(&d.id);
        assert_ne!(before, Some(beside::encode(&here, 99.0)));
        kv.set_quota(Some(kv.used()));
        assert!(store.import_record(Some(&here), 99.0).is_err());
        assert_eq!(store.record_raw::<Ledger>(&d.id), before);
    }

    #[test]
    fn the_records_of_an_imported_draft_follow_it_under_the_id_it_is_written_with() {
        use crate::domain::{opinions::Opinions, sample, MaterialKind};
        let store = LocalStore::in_memory();
        let d = sample::complete(MaterialKind::Team, Checklist::for_year(2022));
        let mut l = Ledger::for_draft(&d);
        let id = l.entries[0].measure_id.clone();
        l.add_note(&id, "2023-03-01", "文件中的进展");
        let records = Records {
            ledgers: vec![l.clone()],
            opinions: vec![Opinions::for_draft("another")],
            ..Default::default()
        };
        // As a new draft: under its new id, nothing replaced.
        assert_eq!(store.import_records(&records, (&d.id, "new"), 1.0), Ok(0));
        let mut moved = l.clone();
        moved.draft_id = "new".into();
        assert_eq!(store.record::<Ledger>("new").unwrap(), Some(moved));
        assert_eq!(store.record::<Opinions>("new").unwrap(), None);
        // Over a draft with a ledger of its own: replaced.
        store.save_record(&Ledger::for_draft(&d), 1.0).unwrap();
        assert_eq!(store.import_records(&records, (&d.id, &d.id), 2.0), Ok(1));
        assert_eq!(store.record::<Ledger>(&d.id).unwrap(), Some(l));
        assert_eq!(store.record_history::<Ledger>(&d.id).len(), 1);
    }

    #[test]
    fn an_unreadable_deleted_draft_is_never_purged_and_is_said() {
        use crate::domain::{sample, MaterialKind};
        let kv = Rc::new(MemoryKv::new());
        let store = LocalStore::over(kv.clone());
        kv.set(&trash_key("bad"), "{not json").unwrap();
        let bad = store.purge_trash(99.0 * DAY_MS).unwrap();
        assert!(matches!(
            bad.as_slice(),
            [StoreError::Unreadable { key, raw, .. }]
                if *key == trash_key("bad") && raw == "{not json"
        ));
        assert_eq!(
            store.read_raw(&trash_key("bad")).as_deref(),
            Some("{not json")
        );
        assert_eq!(
            store.read_raw("duizhao/quarantine/trash-bad").as_deref(),
            Some("{not json")
        );
        // A readable one is purged with the history versions of its records.
        let d = sample::complete(MaterialKind::Team, Checklist::for_year(2022));
        store.save_draft(&d, 1.0).unwrap();
        store.save_record(&Ledger::for_draft(&d), 1.0).unwrap();
        let mut l = Ledger::for_draft(&d);
        l.entries[0].owner = "另一人".into();
        store.import_record(Some(&l), 2.0).unwrap();
        assert_eq!(store.record_history::<Ledger>(&d.id).len(), 1);
        store.trash_draft(&d.id, 3.0).unwrap();
        store.purge_trash(3.0 + 31.0 * DAY_MS).unwrap();
        assert!(store.read_raw(&trash_key(&d.id)).is_none());
        assert!(store.record_history::<Ledger>(&d.id).is_empty());
    }

    #[test]
    fn purging_a_deleted_draft_keeps_the_records_of_a_live_draft_with_its_id() {
        use crate::domain::{criticism::Criticism, opinions::Opinions, talks::Talks};
        use crate::domain::{sample, MaterialKind};
        let store = LocalStore::over(MemoryKv::new());
        let d = sample::complete(MaterialKind::Team, Checklist::for_year(2022));
        store.save_draft(&d, 1.0).unwrap();
        store.save_record(&Ledger::for_draft(&d), 1.0).unwrap();
        store.save_record(&Opinions::for_draft(&d.id), 1.0).unwrap();
        store.save_record(&Talks::for_draft(&d.id), 1.0).unwrap();
        store
            .save_record(&Criticism::for_draft(&d.id), 1.0)
            .unwrap();
        assert_eq!(store.records_saved_ms(), vec![1.0; 4]);
        store.trash_draft(&d.id, 1.0).unwrap();
        // Imported back under its id while the old copy waits in the 回收站.
        store.save_draft(&d, 2.0).unwrap();
        store.purge_trash(1.0 + 31.0 * DAY_MS).unwrap();
        assert!(store.record::<Ledger>(&d.id).unwrap().is_some());
        assert!(store.record::<Opinions>(&d.id).unwrap().is_some());
        // With no live draft, its records go with the purged one.
        store.trash_draft(&d.id, 3.0).unwrap();
        store.purge_trash(3.0 + 31.0 * DAY_MS).unwrap();
        assert!(store.record::<Ledger>(&d.id).unwrap().is_none());
        assert!(store.record::<Opinions>(&d.id).unwrap().is_none());
        assert!(store.record::<Talks>(&d.id).unwrap().is_none());
        assert!(store.record::<Criticism>(&d.id).unwrap().is_none());
    }
}
