//! The rules of saving a record kept beside the open draft (征求意见, 谈心谈话,
//! 批评与自我批评, 整改台账) while its page is open, apart from any timer or
//! browser: writes debounced like the draft's ([`Debounce`]), and compare-before-write
//! (another tab's version is never written over: the page loads it and says so).
//! The UI calls these at the right moments (`ui/records.rs`); native tests call them
//! with an in-memory store and a clock of their own.

use super::beside::{encode, Beside};
use super::kv::{KeyValue, SaveError};
use super::session::Debounce;
use super::store::LocalStore;

/// What a save of a record did.
#[derive(Clone, Debug, PartialEq)]
pub enum RecordSaved {
    /// Nothing was waiting to be written.
    Unchanged,
    /// Written.
    Written,
    /// Another tab wrote the record since this page read or wrote it: the record
    /// is left as that tab wrote it, this page's version is kept as a history
    /// version of it (where it fits), and the page should load the record and say so.
    Elsewhere,
    /// The write failed; what was stored before is untouched. The edits wait for
    /// the next change to be tried again.
    Failed(SaveError),
}

/// The save state of one record open on a page.
#[derive(Clone, Debug, Default)]
pub struct RecordSession {
    /// The record as stored when the page last read or wrote it (None: none stored).
    seen: Option<String>,
    edits: Debounce,
}

impl RecordSession {
    /// A session on a record as read from storage (`raw`, None when there is none).
    pub fn opened(raw: Option<String>) -> Self {
        RecordSession {
            seen: raw,
            edits: Debounce::default(),
        }
    }

    /// The record changed at `now`: returns when the write is due.
    pub fn edited(&mut self, now: f64) -> f64 {
        self.edits.edited(now)
    }

    /// When the next write is due, if one is.
    pub fn due(&self) -> Option<f64> {
        self.edits.due()
    }

    /// Whether edits are waiting to be written.
    pub fn pending(&self) -> bool {
        self.edits.pending()
    }

    /// Writes the record if it was edited, over the version this page saw only.
    pub fn save<T: Beside, K: KeyValue>(
        &mut self,
        store: &LocalStore<K>,
        r: &T,
        now: f64,
    ) -> RecordSaved {
        if !self.edits.take() {
            return RecordSaved::Unchanged;
        }
        match store.save_record_over(r, self.seen.as_deref(), now) {
            Ok(Some(raw)) => {
                self.seen = Some(raw);
                RecordSaved::Written
            }
            Ok(None) => {
                // What this page typed since its last write is not lost.
                let _ = store.keep_record_version::<T>(r.draft_id(), &encode(r, now), now);
                RecordSaved::Elsewhere
            }
            Err(e) => RecordSaved::Failed(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::opinions::Opinions;
    use crate::storage::kv::MemoryKv;
    use crate::storage::session::{AUTOSAVE_DELAY, AUTOSAVE_MAX_WAIT};
    use std::rc::Rc;

    fn store() -> (Rc<MemoryKv>, LocalStore<Rc<MemoryKv>>) {
        let kv = Rc::new(MemoryKv::new());
        (kv.clone(), LocalStore::over(kv))
    }

    fn opened(store: &LocalStore<Rc<MemoryKv>>) -> (RecordSession, Opinions) {
        let raw = store.record_raw::<Opinions>("d1");
        let r = store
            .record::<Opinions>("d1")
            .unwrap()
            .unwrap_or_else(|| Opinions::for_draft("d1"));
        (RecordSession::opened(raw), r)
    }

    #[test]
    fn typing_is_written_once_after_a_pause_and_at_least_every_two_seconds() {
        let (_, store) = store();
        let (mut s, mut r) = opened(&store);
        assert_eq!(s.due(), None);
        assert_eq!(s.edited(1000.0), 1000.0 + AUTOSAVE_DELAY);
        // Keystrokes 100 ms apart push the write on, up to 2 s after the first.
        for i in 1..40 {
            s.edited(1000.0 + 100.0 * i as f64);
        }
        assert_eq!(s.due(), Some(1000.0 + AUTOSAVE_MAX_WAIT));
        r.add("2026-12-01");
        assert_eq!(s.save(&store, &r, 3000.0), RecordSaved::Written);
        assert_eq!(store.record::<Opinions>("d1").unwrap(), Some(r.clone()));
        // Nothing more to write until the next edit.
        assert!(!s.pending());
        assert_eq!(s.save(&store, &r, 3100.0), RecordSaved::Unchanged);
    }

    #[test]
    fn another_tabs_version_is_never_written_over() {
        let (_, store) = store();
        let (mut mine, mut r) = opened(&store);
        let (mut theirs, mut t) = opened(&store);
        t.add("2026-12-01");
        theirs.edited(10.0);
        assert_eq!(theirs.save(&store, &t, 20.0), RecordSaved::Written);
        r.add("2026-12-02");
        r.items[0].content = "本页的意见".into();
        mine.edited(30.0);
        assert_eq!(mine.save(&store, &r, 40.0), RecordSaved::Elsewhere);
        assert_eq!(store.record::<Opinions>("d1").unwrap(), Some(t));
        // What this page had typed is kept as a history version.
        let history = store.record_history::<Opinions>("d1");
        assert_eq!(history.len(), 1);
        assert_eq!(
            crate::storage::beside::decode::<Opinions>(&history[0].1),
            Ok(r.clone())
        );
        // Once the page has loaded that version, its edits are written over it.
        let (mut again, mut r) = opened(&store);
        r.items[0].content = "载入后再改".into();
        again.edited(50.0);
        assert_eq!(again.save(&store, &r, 60.0), RecordSaved::Written);
        assert_eq!(store.record::<Opinions>("d1").unwrap(), Some(r));
    }

    #[test]
    fn a_failed_write_leaves_the_stored_record_and_is_tried_at_the_next_edit() {
        let (kv, store) = store();
        let (mut s, mut r) = opened(&store);
        r.add("2026-12-01");
        s.edited(0.0);
        assert_eq!(s.save(&store, &r, 10.0), RecordSaved::Written);
        let stored = store.record_raw::<Opinions>("d1");
        kv.set_quota(Some(kv.used()));
        r.items[0].content = "写不进去".into();
        s.edited(20.0);
        assert_eq!(
            s.save(&store, &r, 30.0),
            RecordSaved::Failed(SaveError::Quota)
        );
        assert_eq!(store.record_raw::<Opinions>("d1"), stored);
        kv.set_quota(None);
        r.items[0].content.push('了');
        s.edited(40.0);
        assert_eq!(s.save(&store, &r, 50.0), RecordSaved::Written);
        assert_eq!(store.record::<Opinions>("d1").unwrap(), Some(r));
    }
}
