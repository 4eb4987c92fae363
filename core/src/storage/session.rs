//! The rules of saving the open draft, apart from any timer or browser: when a write
//! is due, what is written, compare-before-write against another tab, conflicts, and
//! snapshots. The UI calls these at the right moments (`ui/state/save.rs`); native
//! tests call them with an in-memory store and a clock of their own.

use super::codec::encode_draft;
use super::kv::{KeyValue, SaveError};
use super::store::{LocalStore, StoreError};
use super::{draft_key, snapshot_key};
use crate::domain::Draft;

/// How long after the last edit the draft is written (ms).
pub const AUTOSAVE_DELAY: f64 = 400.0;
/// While editing goes on without a pause, a write at least this often (ms).
pub const AUTOSAVE_MAX_WAIT: f64 = 2000.0;
/// A snapshot of a changing draft at most this often (ms).
pub const SNAPSHOT_EVERY_MS: f64 = 5.0 * 60.0 * 1000.0;

/// What a save did.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// Nothing changed since the last write or load: nothing written.
    Unchanged,
    /// Written and read back, at this time.
    Written(f64),
    /// Another tab wrote the draft: this tab's version went to a snapshot of its
    /// own (its key), and the stored draft is untouched. The user chooses.
    Conflict(Option<String>),
    /// The write failed; the last good copy is untouched.
    Failed(SaveError),
}

/// When edits not yet written were made, and when their write is due: 400 ms after
/// the newest, never more than 2 s after the oldest (a burst of typing is written
/// at least that often).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Debounce {
    /// When the oldest edit not yet written was made.
    since: Option<f64>,
    /// When the newest edit was made.
    last: f64,
    /// When the next write is due.
    due: Option<f64>,
}

impl Debounce {
    /// An edit at `now`: returns when the write is due.
    pub fn edited(&mut self, now: f64) -> f64 {
        let since = *self.since.get_or_insert(now);
        self.last = now;
        let due = (now + AUTOSAVE_DELAY).min(since + AUTOSAVE_MAX_WAIT);
        self.due = Some(due);
        due
    }

    /// When the next write is due, if one is.
    pub fn due(&self) -> Option<f64> {
        self.due
    }

    /// Whether edits are waiting to be written.
    pub fn pending(&self) -> bool {
        self.since.is_some()
    }

    /// The write is being made: nothing waits any more. Returns whether anything did.
    pub fn take(&mut self) -> bool {
        self.due = None;
        self.since.take().is_some()
    }
}

/// The save state of the draft open in one tab.
#[derive(Clone, Debug, Default)]
pub struct Session {
    /// The record this tab wrote or loaded last (to notice another tab's writes).
    last_written: Option<String>,
    /// When the edits not yet written were made, and when they are due.
    edits: Debounce,
    /// When the draft's newest snapshot was taken.
    last_snapshot: f64,
    /// Another tab wrote the draft: no write until the user chooses.
    conflict: bool,
    /// The snapshot this tab's edits go to while in conflict.
    conflict_snapshot: Option<String>,
    /// The draft as (re)loaded, until the next save: a load is seen as a change by the
    /// UI, so that save first checks the draft differs from it.
    loaded: Option<Draft>,
}

impl Session {
    /// A session on a draft as loaded from `raw` (None: a new draft, not stored yet).
    pub fn opened<K: KeyValue>(store: &LocalStore<K>, draft: &Draft, raw: Option<String>) -> Self {
        Session {
            loaded: raw.is_some().then(|| draft.clone()),
            last_written: raw,
            last_snapshot: store.last_snapshot_ms(&draft.id).unwrap_or(0.0),
            ..Default::default()
        }
    }

    /// The draft changed at `now`: returns when the write is due, 400 ms after this
    /// edit but never more than 2 s after the oldest unsaved one.
    pub fn edited(&mut self, now: f64) -> f64 {
        self.edits.edited(now)
    }

    /// When the next write is due, if one is.
    pub fn due(&self) -> Option<f64> {
        self.edits.due
    }

    /// Whether edits are waiting to be written.
    pub fn pending(&self) -> bool {
        self.edits.pending()
    }

    /// Whether another tab's write is waiting for the user's choice.
    pub fn in_conflict(&self) -> bool {
        self.conflict
    }

    /// The record this tab wrote or loaded last.
    pub fn last_written(&self) -> Option<&str> {
        self.last_written.as_deref()
    }

    /// Writes the draft if it changed: compare-before-write, read back, and a
    /// snapshot when one is due. Stamps `updated_ms` with the time of the last edit.
    pub fn save<K: KeyValue>(
        &mut self,
        store: &LocalStore<K>,
        draft: &mut Draft,
        now: f64,
    ) -> Saved {
        if !self.edits.take() {
            return Saved::Unchanged;
        }
        // Right after a load, the change the UI saw may be the load itself.
        if self.loaded.take().is_some_and(|l| l == *draft) {
            return Saved::Unchanged;
        }
        draft.updated_ms = self.edits.last.max(draft.updated_ms);
        if self.conflict || self.noticed_other_write(store, &draft.id) {
            return self.keep_aside(store, draft, now);
        }
        match store.save_draft(draft, now) {
            Ok(raw) => {
                self.last_written = Some(raw);
                if now - self.last_snapshot >= SNAPSHOT_EVERY_MS
                    && store.save_snapshot(draft, now).is_ok()
                {
                    self.last_snapshot = now;
                }
                Saved::Written(now)
            }
            Err(e) => Saved::Failed(e),
        }
    }

    /// Whether another tab wrote this draft since this tab last wrote or loaded it.
    /// If so, the conflict is raised.
    pub fn noticed_other_write<K: KeyValue>(&mut self, store: &LocalStore<K>, id: &str) -> bool {
        let stored = store.read_raw(&draft_key(id));
        let other = match (&stored, &self.last_written) {
            (Some(s), Some(m)) => s != m,
            (Some(_), None) => true,
            (None, _) => false,
        };
        if other {
            self.conflict = true;
        }
        other
    }

    /// A `storage` event from another tab for this draft's key: raises the conflict
    /// when the value is not the one this tab wrote. Returns whether it did.
    pub fn storage_event(&mut self, new_value: Option<&str>) -> bool {
        match new_value {
            Some(v) if Some(v) != self.last_written.as_deref() => {
                self.conflict = true;
                true
            }
            _ => false,
        }
    }

    /// While in conflict, this tab's edits go to one snapshot of their own, never
    /// over the draft the other tab wrote.
    fn keep_aside<K: KeyValue>(&mut self, store: &LocalStore<K>, draft: &Draft, now: f64) -> Saved {
        let key = self
            .conflict_snapshot
            .clone()
            .unwrap_or_else(|| snapshot_key(&draft.id, now));
        match store.write_making_room(&key, &encode_draft(draft, now)) {
            Ok(()) => {
                self.conflict_snapshot = Some(key.clone());
                Saved::Conflict(Some(key))
            }
            Err(_) => {
                // Nothing written: the edits stay pending for the next try.
                self.edits.since = Some(self.edits.last);
                Saved::Conflict(None)
            }
        }
    }

    /// Conflict: take the version the other tab wrote. Returns it, to show.
    pub fn load_theirs<K: KeyValue>(
        &mut self,
        store: &LocalStore<K>,
        id: &str,
    ) -> Result<Option<Draft>, StoreError> {
        let loaded = store.load_draft_raw(id)?;
        if let Some((d, raw)) = &loaded {
            self.last_written = Some(raw.clone());
            self.loaded = Some(d.clone());
        }
        self.end_conflict();
        Ok(loaded.map(|(d, _)| d))
    }

    /// Conflict: keep this tab's version. The other tab's is kept as a snapshot, then
    /// this tab's is written over it.
    pub fn keep_mine<K: KeyValue>(
        &mut self,
        store: &LocalStore<K>,
        draft: &mut Draft,
        now: f64,
    ) -> Result<f64, SaveError> {
        if let Ok(Some((theirs, raw))) = store.load_draft_raw(&draft.id) {
            store.save_snapshot(&theirs, now)?;
            self.last_written = Some(raw);
        }
        self.end_conflict();
        self.loaded = None;
        self.edited(now);
        match self.save(store, draft, now) {
            Saved::Written(t) => Ok(t),
            Saved::Failed(e) => Err(e),
            Saved::Unchanged | Saved::Conflict(_) => Ok(now),
        }
    }

    fn end_conflict(&mut self) {
        self.conflict = false;
        self.conflict_snapshot = None;
    }

    /// The draft was replaced from storage (a restore, an import over it): this is
    /// what is stored now.
    pub fn reloaded(&mut self, draft: &Draft, raw: String) {
        self.loaded = Some(draft.clone());
        self.last_written = Some(raw);
        self.edits.take();
    }

    /// A snapshot was just taken (before a restore, say): no other one is due now.
    pub fn snapshot_taken(&mut self, now: f64) {
        self.last_snapshot = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::MaterialKind;
    use crate::storage::kv::MemoryKv;
    use std::rc::Rc;

    fn draft() -> Draft {
        Draft::new("d1", MaterialKind::Individual, 0.0)
    }

    #[test]
    fn a_write_is_due_after_the_pause_and_at_most_two_seconds_after_the_first_edit() {
        let mut s = Session::default();
        assert_eq!(s.edited(1000.0), 1400.0);
        assert_eq!(s.edited(1300.0), 1700.0);
        // Typing without a pause: never more than 2 s after the oldest unsaved edit.
        assert_eq!(s.edited(2900.0), 3000.0);
        assert!(s.pending());
    }

    #[test]
    fn a_save_writes_reads_back_and_stamps_the_edit_time() {
        let store = LocalStore::in_memory();
        let mut d = draft();
        let mut s = Session::opened(&store, &d, None);
        d.intro.text = "学习".into();
        s.edited(500.0);
        assert_eq!(s.save(&store, &mut d, 800.0), Saved::Written(800.0));
        assert_eq!(d.updated_ms, 500.0);
        let (back, raw) = store.load_draft_raw("d1").unwrap().unwrap();
        assert_eq!(back.intro.text, "学习");
        assert_eq!(s.last_written(), Some(raw.as_str()));
        assert!(!s.pending());
    }

    #[test]
    fn nothing_changed_nothing_written() {
        let store = LocalStore::in_memory();
        let mut d = draft();
        let raw = store.save_draft(&d, 1.0).unwrap();
        let mut s = Session::opened(&store, &d, Some(raw.clone()));
        // A change that came from storage itself (a reload) is not an edit.
        s.edited(10.0);
        assert_eq!(s.save(&store, &mut d, 20.0), Saved::Unchanged);
        assert_eq!(store.read_raw(&draft_key("d1")), Some(raw));
    }

    #[test]
    fn another_tabs_write_is_never_overwritten() {
        let kv = Rc::new(MemoryKv::new());
        let (mine, theirs) = (LocalStore::over(kv.clone()), LocalStore::over(kv.clone()));
        let mut d = draft();
        let raw = mine.save_draft(&d, 1.0).unwrap();
        let mut s = Session::opened(&mine, &d, Some(raw));
        // The other tab writes its version.
        let mut other = d.clone();
        other.statement = "他处的修改".into();
        let their_raw = theirs.save_draft(&other, 2.0).unwrap();
        // This tab edits and saves: the conflict is raised, its edits are kept aside.
        d.statement = "本窗口的修改".into();
        s.edited(3.0);
        let Saved::Conflict(Some(key)) = s.save(&mine, &mut d, 4.0) else {
            panic!("expected a conflict");
        };
        assert!(s.in_conflict());
        assert_eq!(mine.read_raw(&draft_key("d1")), Some(their_raw.clone()));
        assert_eq!(mine.load_snapshot(&key).unwrap().statement, "本窗口的修改");
        // Further edits go to the same snapshot, still not over the other tab's.
        d.statement = "本窗口再次修改".into();
        s.edited(5.0);
        assert_eq!(
            s.save(&mine, &mut d, 6.0),
            Saved::Conflict(Some(key.clone()))
        );
        assert_eq!(
            mine.load_snapshot(&key).unwrap().statement,
            "本窗口再次修改"
        );
        assert_eq!(mine.read_raw(&draft_key("d1")), Some(their_raw));
        // Keeping mine: theirs goes to a snapshot, mine is written.
        s.keep_mine(&mine, &mut d, 7.0).unwrap();
        assert!(!s.in_conflict());
        assert_eq!(
            mine.load_draft("d1").unwrap().unwrap().statement,
            "本窗口再次修改"
        );
        assert!(mine
            .snapshots("d1")
            .iter()
            .any(|m| mine.load_snapshot(&m.key).unwrap().statement == "他处的修改"));
    }

    #[test]
    fn loading_theirs_ends_the_conflict_and_writes_nothing() {
        let kv = Rc::new(MemoryKv::new());
        let (mine, theirs) = (LocalStore::over(kv.clone()), LocalStore::over(kv));
        let mut d = draft();
        let raw = mine.save_draft(&d, 1.0).unwrap();
        let mut s = Session::opened(&mine, &d, Some(raw.clone()));
        let mut other = d.clone();
        other.statement = "他处".into();
        let their_raw = theirs.save_draft(&other, 2.0).unwrap();
        assert!(s.storage_event(Some(&their_raw)));
        assert!(!s.storage_event(s.last_written().map(String::from).as_deref()));
        let loaded = s.load_theirs(&mine, "d1").unwrap().unwrap();
        assert_eq!(loaded.statement, "他处");
        assert!(!s.in_conflict());
        d = loaded;
        s.edited(3.0);
        assert_eq!(s.save(&mine, &mut d, 4.0), Saved::Unchanged);
        assert_eq!(mine.read_raw(&draft_key("d1")), Some(their_raw));
    }

    #[test]
    fn a_failed_write_keeps_the_last_good_copy() {
        let kv = Rc::new(MemoryKv::new());
        let store = LocalStore::over(kv.clone());
        let mut d = draft();
        let raw = store.save_draft(&d, 1.0).unwrap();
        let mut s = Session::opened(&store, &d, Some(raw.clone()));
        kv.set_quota(Some(kv.used() + 10));
        d.statement = "很长的表态".repeat(100);
        s.edited(2.0);
        assert_eq!(s.save(&store, &mut d, 3.0), Saved::Failed(SaveError::Quota));
        assert_eq!(store.read_raw(&draft_key("d1")), Some(raw.clone()));
        // A short write is caught by the read-back, and reported.
        kv.set_quota(None);
        kv.set_short_writes(true);
        s.edited(4.0);
        assert_eq!(
            s.save(&store, &mut d, 5.0),
            Saved::Failed(SaveError::ShortWrite)
        );
        // Blocked storage.
        let blocked = LocalStore::over(MemoryKv::blocked());
        let mut s = Session::opened(&blocked, &d, None);
        s.edited(6.0);
        assert_eq!(
            s.save(&blocked, &mut d, 7.0),
            Saved::Failed(SaveError::Unavailable)
        );
    }

    #[test]
    fn a_full_store_prunes_old_snapshots_never_a_draft() {
        let kv = Rc::new(MemoryKv::new());
        let store = LocalStore::over(kv.clone());
        let mut d = draft();
        store.save_draft(&d, 1.0).unwrap();
        for t in 0..5 {
            store.save_snapshot(&d, 10.0 + f64::from(t)).unwrap();
        }
        let raw = store.read_raw(&draft_key("d1")).unwrap();
        let mut s = Session::opened(&store, &d, Some(raw));
        kv.set_quota(Some(kv.used() + 200));
        d.statement = "新的表态内容".repeat(60);
        s.edited(20.0);
        assert_eq!(s.save(&store, &mut d, 21.0), Saved::Written(21.0));
        assert!(store.snapshots("d1").len() < 5);
        assert_eq!(
            store.load_draft("d1").unwrap().unwrap().statement,
            d.statement
        );
    }

    #[test]
    fn a_snapshot_at_most_every_five_minutes() {
        let store = LocalStore::in_memory();
        let mut d = draft();
        let mut s = Session::opened(&store, &d, None);
        let mut t = SNAPSHOT_EVERY_MS;
        for n in 0..4 {
            d.statement = format!("第{n}稿");
            s.edited(t);
            s.save(&store, &mut d, t + 1.0);
            t += 60_000.0;
        }
        assert_eq!(store.snapshots("d1").len(), 1);
    }
}
