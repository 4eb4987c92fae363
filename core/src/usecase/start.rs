//! Opening the app: what the first screen shows, from what is stored.

use super::{Desk, Missing};
use crate::domain::{Checklist, Draft, MaterialKind};
use crate::storage::{KeyValue, SaveError, StoreError};
use std::sync::Arc;

/// The screen the app opens on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstScreen {
    /// Several drafts: the drafts list.
    Drafts,
    /// A first visit (nothing stored, or the draft opened last cannot be read): the
    /// profile of a fresh draft.
    Profile,
    /// The draft opened last, on its task list.
    Tasks,
}

/// What the app opens with.
#[derive(Debug)]
pub struct Started {
    /// The draft opened last, or a fresh one for the meeting year the calendar
    /// prepares (under a new id: an unreadable record is never written over).
    pub draft: Draft,
    /// The draft as stored; none for a fresh one.
    pub raw: Option<String>,
    /// The unit's own checklists, shared.
    pub own: Vec<Arc<Checklist>>,
    pub first: FirstScreen,
    /// Storage is blocked: the draft lives on the page only.
    pub unavailable: bool,
    /// The first stored value that could not be read (the draft opened last, else a
    /// checklist, else a deleted draft): kept as it is and offered as a download.
    pub unreadable: Option<(String, String)>,
    /// A deleted draft in the 回收站 could not be read (it is kept).
    pub trash_unreadable: bool,
    /// Old deletions could not be forgotten (they are kept longer); blocked storage
    /// is not said here.
    pub purge_failed: Option<SaveError>,
    /// The interface was switched to English on the last visit.
    pub english: bool,
}

impl<K: KeyValue> Desk<'_, K> {
    /// Opens the app on `year`'s season: forgets deletions older than 30 days, loads
    /// the unit's checklists and the draft opened last (else a fresh one), and says
    /// which screen comes first.
    pub fn start(&self, year: u32) -> Started {
        let store = self.store;
        let purged = store.purge_trash(self.now);
        // Read only: nothing is written at start but the purge.
        let loaded = match store.current_id() {
            Some(id) => self.stored_raw(&id),
            None if store.is_available() => Err(Missing::Gone),
            None => Err(Missing::Blocked),
        };
        let (own, bad_own) = store.checklists();
        let own: Vec<Arc<Checklist>> = own.into_iter().map(Arc::new).collect();
        let fresh = || {
            Draft::fresh(
                (self.new_id)(),
                MaterialKind::Individual,
                self.now,
                year,
                &own,
            )
        };
        let mut unreadable = None;
        let (draft, raw) = match loaded {
            Ok((d, raw)) => (d, Some(raw)),
            Err(Missing::Gone) => (fresh(), None),
            Err(Missing::Blocked) => (fresh(), None),
            Err(Missing::Unreadable { key, raw }) => {
                unreadable = Some((key, raw));
                (fresh(), None)
            }
        };
        let unavailable = !store.is_available();
        let first = if store.draft_count() > 1 {
            FirstScreen::Drafts
        } else if raw.is_none() {
            FirstScreen::Profile
        } else {
            FirstScreen::Tasks
        };
        let first_unreadable = |errors: Vec<StoreError>| {
            errors.into_iter().find_map(|e| match e {
                StoreError::Unreadable { key, raw, .. } => Some((key, raw)),
                StoreError::Unavailable => None,
            })
        };
        unreadable = unreadable.or_else(|| first_unreadable(bad_own));
        let (trash_unreadable, purge_failed) = match purged {
            Ok(bad) => {
                let bad = first_unreadable(bad);
                let said = bad.is_some();
                unreadable = unreadable.or(bad);
                (said, None)
            }
            Err(SaveError::Unavailable) => (false, None),
            Err(e) => (false, Some(e)),
        };
        Started {
            draft,
            raw,
            own,
            first,
            unavailable,
            unreadable,
            trash_unreadable,
            purge_failed,
            english: store.meta().english,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{draft_key, trash_key, MemoryKv, CURRENT_KEY, DAY_MS};
    use crate::usecase::testing::Bench;

    #[test]
    fn a_first_visit_starts_a_draft_of_the_season_on_its_profile() {
        let b = Bench::new();
        let s = b.desk(|k| k.start(2026));
        assert_eq!(s.first, FirstScreen::Profile);
        assert_eq!((s.draft.profile.year, s.raw.is_none()), (2026, true));
        assert!(!s.unavailable && s.unreadable.is_none() && !s.english);
    }

    #[test]
    fn the_draft_opened_last_opens_on_its_tasks_and_several_start_on_the_list() {
        let b = Bench::new();
        let d = Draft::new("a", MaterialKind::Team, 1.0);
        b.store.save_draft(&d, 1.0).unwrap();
        b.store.set_current("a").unwrap();
        let s = b.desk(|k| k.start(2026));
        assert_eq!((s.first, s.draft.id.as_str()), (FirstScreen::Tasks, "a"));
        assert!(s.raw.is_some());
        b.store
            .save_draft(&Draft::new("b", MaterialKind::Team, 2.0), 2.0)
            .unwrap();
        assert_eq!(b.desk(|k| k.start(2026)).first, FirstScreen::Drafts);
    }

    #[test]
    fn an_unreadable_draft_is_kept_and_a_fresh_one_takes_a_new_id() {
        let b = Bench::new();
        b.kv.set(&draft_key("a"), "{bad").unwrap();
        b.kv.set(CURRENT_KEY, "a").unwrap();
        let s = b.desk(|k| k.start(2026));
        assert_eq!(s.first, FirstScreen::Profile);
        assert_ne!(s.draft.id, "a");
        assert_eq!(s.unreadable, Some((draft_key("a"), "{bad".into())));
        assert_eq!(b.store.read_raw(&draft_key("a")).as_deref(), Some("{bad"));
    }

    #[test]
    fn blocked_storage_starts_on_the_page_only() {
        let b = Bench::over(MemoryKv::blocked());
        let s = b.desk(|k| k.start(2026));
        assert!(s.unavailable);
        assert_eq!(s.first, FirstScreen::Profile);
        assert_eq!(s.purge_failed, None);
    }

    #[test]
    fn an_unreadable_deleted_draft_is_said_and_kept() {
        let mut b = Bench::new();
        b.now = 99.0 * DAY_MS;
        b.kv.set(&trash_key("old"), "{bad").unwrap();
        let s = b.desk(|k| k.start(2026));
        assert!(s.trash_unreadable);
        assert_eq!(s.unreadable, Some((trash_key("old"), "{bad".into())));
    }

    #[test]
    fn the_units_checklists_come_along_and_a_fresh_draft_follows_its_years() {
        let b = Bench::new();
        let own = Checklist::for_year(2025).copy_as_custom("u", 2026);
        b.store.save_checklist(&own, 1.0).unwrap();
        let s = b.desk(|k| k.start(2026));
        assert_eq!(s.own.len(), 1);
        assert_eq!(s.draft.profile.checklist, own.key());
    }
}
