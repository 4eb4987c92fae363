//! Whole drafts: open, new, duplicate, rename, delete, restore from the 回收站 or a
//! snapshot, next year's draft, export and import.

use super::{Desk, Fault, Missing};
use crate::domain::ledger::Ledger;
use crate::domain::{Checklist, Draft, MaterialKind};
use crate::storage::backup::{self, Backup};
use crate::storage::{codec, draft_key, KeyValue, SaveError};

/// A stored draft opened: as stored (`raw`), and whether it could be remembered as
/// the draft opened last.
#[derive(Debug)]
pub struct Opened {
    pub draft: Draft,
    pub raw: String,
    pub current: Result<(), SaveError>,
}

/// What the screen shows after a draft is deleted.
#[derive(Debug)]
pub enum AfterDelete {
    /// Another draft was deleted: the open one stays.
    Stays,
    /// The open one was deleted: the newest other stored draft opens.
    Open(Opened),
    /// The open one was deleted and it was the only one: a fresh draft, not stored yet.
    Fresh(Draft),
}

/// Next year's draft, started from a stored one.
#[derive(Debug)]
pub struct NextYear {
    pub draft: Draft,
    /// The year had no checklist: the unit's own was made, copied from the most
    /// recent one (to check against the notice).
    pub copied: Option<Checklist>,
    /// The old draft's ledger could not be read: the results so far are the user's
    /// to write (the ledger is kept).
    pub ledger_unreadable: bool,
}

/// A snapshot put back on the open draft.
#[derive(Debug)]
pub enum Restored {
    /// The open draft, as the snapshot had it, and as now stored.
    Done { draft: Box<Draft>, raw: String },
    /// The snapshot is gone.
    Gone,
    /// The draft as it was could not be kept, or the snapshot written: nothing changed.
    Failed(SaveError),
}

/// A backup file made.
#[derive(Debug)]
pub struct Exported {
    /// The file's text.
    pub file: String,
    pub drafts: usize,
    /// Records that could not be read, so not in the file (they stay where they are).
    pub unreadable: usize,
    /// Whether the time of the export (the reminder's) was kept.
    pub remembered: Result<(), SaveError>,
}

/// What an import wrote.
#[derive(Debug, Default)]
pub struct Imported {
    /// The unit's checklists written.
    pub checklists: usize,
    /// The drafts in the file.
    pub total: usize,
    /// The drafts written.
    pub written: usize,
    /// Records here replaced by the file's (each kept as a history version).
    pub replaced: usize,
    /// The last write that failed (a checklist's stops the import before any draft).
    pub error: Option<SaveError>,
    /// Whether the failed write was a checklist's.
    pub checklist_failed: bool,
    /// The open draft, written over by the file's: as it is now, and as stored.
    pub open: Option<(Draft, String)>,
}

impl<K: KeyValue> Desk<'_, K> {
    /// A draft for an operation: the open one as it is on screen, else as stored.
    pub fn load(&self, open: &Draft, id: &str) -> Result<Draft, Missing> {
        if open.id == id {
            return Ok(open.clone());
        }
        self.stored(id)
    }

    /// Opens a stored draft, remembered as the one opened last.
    pub fn open(&self, id: &str) -> Result<Opened, Missing> {
        let (draft, raw) = self.stored_raw(id)?;
        Ok(Opened {
            current: self.store.set_current(id),
            draft,
            raw,
        })
    }

    /// A fresh draft of this kind for the meeting year `year` (`Draft::fresh`), not
    /// stored yet.
    pub fn fresh(&self, kind: MaterialKind, year: u32) -> Draft {
        Draft::fresh((self.new_id)(), kind, self.now, year, self.custom)
    }

    /// Writes a draft that is not the open one.
    pub fn put(&self, d: &Draft) -> Result<(), SaveError> {
        let raw = codec::encode_draft(d, self.now);
        self.store.write_making_room(&draft_key(&d.id), &raw)
    }

    /// A copy of a draft under a new id and the name `name` gives it from the
    /// draft's own; written, and returned.
    pub fn duplicate(
        &self,
        open: &Draft,
        id: &str,
        name: impl FnOnce(&str) -> String,
    ) -> Result<Draft, Fault> {
        let mut d = self.load(open, id)?;
        d.name = name(&d.display_name());
        d.id = (self.new_id)();
        d.created_ms = self.now;
        d.updated_ms = self.now;
        self.put(&d)?;
        Ok(d)
    }

    /// Gives a stored draft that is not the open one its own name in the list (the
    /// open one is renamed on screen, and saved with it).
    pub fn rename_stored(&self, id: &str, name: String) -> Result<(), Fault> {
        let mut d = self.stored(id)?;
        d.name = name;
        self.put(&d)?;
        Ok(())
    }

    /// Moves a draft to the 回收站 (after a snapshot). When it is the open one, the
    /// newest other readable draft opens, or, when there is none, a fresh draft of
    /// the year `year` (not stored until it is edited).
    pub fn delete(&self, open_id: &str, id: &str, year: u32) -> Result<AfterDelete, SaveError> {
        self.store.trash_draft(id, self.now)?;
        if open_id != id {
            return Ok(AfterDelete::Stays);
        }
        let (list, _) = self.store.scan();
        let next = list
            .into_iter()
            .filter(|m| m.id != id)
            .find_map(|m| self.open(&m.id).ok());
        Ok(match next {
            Some(o) => AfterDelete::Open(o),
            None => AfterDelete::Fresh(self.fresh(MaterialKind::Individual, year)),
        })
    }

    /// Puts the open draft back to a snapshot, keeping what is there as a snapshot
    /// first. The draft keeps its id.
    pub fn restore_snapshot(&self, current: &Draft, key: &str) -> Restored {
        let Some(mut old) = self.store.load_snapshot(key) else {
            return Restored::Gone;
        };
        if let Err(e) = self.store.save_snapshot(current, self.now) {
            return Restored::Failed(e);
        }
        old.id = current.id.clone();
        old.updated_ms = self.now;
        match self.store.save_draft(&old, self.now) {
            Ok(raw) => Restored::Done {
                draft: Box::new(old),
                raw,
            },
            Err(e) => Restored::Failed(e),
        }
    }

    /// Starts next year's material from a draft: same kind and profile, next year's
    /// checklist (the unit's own, else built in; where there is none, the unit's own
    /// is made from the most recent one and saved), and every measure of its 整改清单
    /// waiting in 上年度整改, with the results its ledger holds. Not stored yet.
    pub fn next_year(&self, old: &Draft) -> Result<NextYear, super::checklists::ChecklistFault> {
        let year = old.profile.year + 1;
        let found = self
            .custom
            .iter()
            .find(|c| c.year == year)
            .map(|c| &**c)
            .or_else(|| Checklist::builtin_for_year(year));
        let copied = match found {
            Some(_) => None,
            None => Some(self.own_copy(&Checklist::latest(self.custom), year)?),
        };
        // A checklist is found, or copied above.
        let Some(checklist) = copied.as_ref().or(found) else {
            unreachable!("a checklist found or copied")
        };
        let (ledger, ledger_unreadable) = match self.store.record::<Ledger>(&old.id) {
            Ok(l) => (l, false),
            Err(_) => (None, true),
        };
        let draft = old.next_year(&(self.new_id)(), checklist, ledger.as_ref(), self.now);
        Ok(NextYear {
            draft,
            copied,
            ledger_unreadable,
        })
    }

    /// Every stored draft, with the open one as it is on screen.
    pub fn all_drafts(&self, open: &Draft) -> Vec<Draft> {
        let mut all = self.store.all_drafts();
        match all.iter_mut().find(|d| d.id == open.id) {
            Some(d) => *d = open.clone(),
            None => all.push(open.clone()),
        }
        all
    }

    /// A backup file of these drafts, with the unit's checklists and every record
    /// that can be read; the time of the export is remembered for the reminder.
    pub fn export(&self, drafts: &[Draft]) -> Exported {
        let own: Vec<Checklist> = self.custom.iter().map(|c| Checklist::clone(c)).collect();
        let (ledgers, a) = self.store.records();
        let (opinions, b) = self.store.records();
        let (talks, c) = self.store.records();
        let (criticism, d) = self.store.records();
        let records = backup::Records {
            ledgers,
            opinions,
            talks,
            criticism,
        };
        let file = backup::encode_backup_full(drafts, &own, &records, self.now);
        let mut meta = self.store.meta();
        meta.last_export_ms = self.now;
        Exported {
            file,
            drafts: drafts.len(),
            unreadable: a + b + c + d,
            remembered: self.store.set_meta(&meta),
        }
    }

    /// Whether the export reminder is due: a draft or a record changed since the
    /// last export, long enough ago (`backup::export_due`).
    pub fn export_due(&self, list: &[crate::storage::DraftMeta]) -> bool {
        let mut times: Vec<(f64, f64)> =
            list.iter().map(|m| (m.created_ms, m.updated_ms)).collect();
        let records = self.store.records_saved_ms();
        times.extend(records.into_iter().map(|ms| (ms, ms)));
        backup::export_due(self.store.meta().last_export_ms, &times, self.now)
    }

    /// Writes what a backup file holds: the unit's checklists (each replacing the one
    /// with its id; a failure stops the import there), then its drafts, as new drafts
    /// (new ids) or, with `overwrite`, over the same drafts here (each kept as a
    /// snapshot first; the open one comes back in [`Imported::open`]). The records
    /// beside each draft go with it by `LocalStore::import_records`' rule.
    pub fn import(&self, open: &Draft, file: Backup, overwrite: bool) -> Imported {
        let mut out = Imported {
            total: file.drafts.len(),
            ..Imported::default()
        };
        for c in &file.checklists {
            match self.store.save_checklist(c, self.now) {
                Ok(()) => out.checklists += 1,
                Err(e) => {
                    out.error = Some(e);
                    out.checklist_failed = true;
                }
            }
        }
        if out.checklist_failed {
            return out;
        }
        for mut d in file.drafts {
            let here = self.load(open, &d.id).ok();
            let from = d.id.clone();
            if here.is_some() && !overwrite {
                d.id = (self.new_id)();
            }
            let written = d.id.clone();
            let result = match here.filter(|_| overwrite) {
                Some(old) => self.write_over(&old, d, open, &mut out),
                None => self.put(&d),
            };
            let result = result.and_then(|()| {
                self.store
                    .import_records(&file.records, (&from, &written), self.now)
            });
            match result {
                Ok(r) => {
                    out.written += 1;
                    out.replaced += r;
                }
                Err(e) => out.error = Some(e),
            }
        }
        out
    }

    /// Writes an imported draft over the one here (`old`), kept as a snapshot first.
    fn write_over(
        &self,
        old: &Draft,
        d: Draft,
        open: &Draft,
        out: &mut Imported,
    ) -> Result<(), SaveError> {
        self.store.save_snapshot(old, self.now)?;
        if d.id == open.id {
            let raw = self.store.save_draft(&d, self.now)?;
            out.open = Some((d, raw));
            Ok(())
        } else {
            self.put(&d)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ledger::Ledger;
    use crate::domain::sample;
    use crate::storage::MemoryKv;
    use crate::usecase::testing::Bench;

    fn stored(b: &Bench, id: &str, name: &str) -> Draft {
        let mut d = Draft::new(id, MaterialKind::Individual, 1.0);
        d.name = name.into();
        b.store.save_draft(&d, 1.0).unwrap();
        d
    }

    #[test]
    fn opening_remembers_the_draft_and_says_why_one_cannot_be_opened() {
        let b = Bench::new();
        stored(&b, "a", "甲");
        let o = b.desk(|k| k.open("a")).unwrap();
        assert_eq!((o.draft.name.as_str(), o.current), ("甲", Ok(())));
        assert_eq!(b.store.current_id().as_deref(), Some("a"));
        assert_eq!(b.desk(|k| k.open("gone")).unwrap_err(), Missing::Gone);
        b.kv.set(&draft_key("bad"), "{not json").unwrap();
        assert!(matches!(
            b.desk(|k| k.open("bad")),
            Err(Missing::Unreadable { ref raw, .. }) if raw == "{not json"
        ));
        let blocked = Bench::over(MemoryKv::blocked());
        assert_eq!(blocked.desk(|k| k.open("a")).unwrap_err(), Missing::Blocked);
    }

    #[test]
    fn deleting_the_only_draft_starts_a_fresh_one_for_the_year_prepared() {
        let b = Bench::new();
        let only = stored(&b, "a", "甲");
        let after = b.desk(|k| k.delete(&only.id, "a", 2026)).unwrap();
        let AfterDelete::Fresh(d) = after else {
            panic!("{after:?}")
        };
        assert_eq!(d.profile.year, 2026);
        assert_eq!(d.id, "new1");
        assert!(b.store.load_draft("a").unwrap().is_none());
        assert_eq!(b.store.trash().len(), 1);
    }

    #[test]
    fn deleting_the_open_draft_opens_the_newest_other_and_another_leaves_it_open() {
        let b = Bench::new();
        stored(&b, "a", "甲");
        let open = stored(&b, "b", "乙");
        let after = b.desk(|k| k.delete(&open.id, "a", 2026)).unwrap();
        assert!(matches!(after, AfterDelete::Stays));
        stored(&b, "c", "丙");
        let after = b.desk(|k| k.delete(&open.id, "b", 2026)).unwrap();
        let AfterDelete::Open(o) = after else {
            panic!("{after:?}")
        };
        assert_eq!(o.draft.id, "c");
        assert_eq!(b.store.current_id().as_deref(), Some("c"));
    }

    #[test]
    fn deleting_the_open_draft_skips_an_unreadable_one() {
        let b = Bench::new();
        let open = stored(&b, "a", "甲");
        b.kv.set(&draft_key("bad"), "{not json").unwrap();
        let after = b.desk(|k| k.delete(&open.id, "a", 2025)).unwrap();
        assert!(matches!(after, AfterDelete::Fresh(ref d) if d.profile.year == 2025));
        // The unreadable draft is left as it is.
        assert_eq!(
            b.store.read_raw(&draft_key("bad")).as_deref(),
            Some("{not json")
        );
    }

    #[test]
    fn a_delete_that_cannot_write_changes_nothing() {
        let b = Bench::new();
        let open = stored(&b, "a", "甲");
        b.kv.set_quota(Some(b.kv.used() + 10));
        let after = b.desk(|k| k.delete(&open.id, "a", 2026));
        assert!(matches!(after, Err(SaveError::Quota)), "{after:?}");
        assert!(b.store.load_draft("a").unwrap().is_some());
        assert!(b.store.trash().is_empty());
    }

    #[test]
    fn duplicate_and_rename_say_why_a_draft_is_missing() {
        let b = Bench::new();
        let open = Draft::new("open", MaterialKind::Team, 1.0);
        b.kv.set(&draft_key("bad"), "{not json").unwrap();
        let copy = |id: &str| b.desk(|k| k.duplicate(&open, id, |n| format!("{n}（副本）")));
        assert!(matches!(
            copy("bad"),
            Err(Fault::Missing(Missing::Unreadable { ref raw, .. })) if raw == "{not json"
        ));
        assert!(matches!(copy("gone"), Err(Fault::Missing(Missing::Gone))));
        let renamed = b.desk(|k| k.rename_stored("bad", "新名".into()));
        assert!(matches!(
            renamed,
            Err(Fault::Missing(Missing::Unreadable { .. }))
        ));
        assert_eq!(
            b.store.read_raw(&draft_key("bad")).as_deref(),
            Some("{not json")
        );
        // Blocked storage says so.
        let blocked = Bench::over(MemoryKv::blocked());
        let r = blocked.desk(|k| k.rename_stored("x", "新名".into()));
        assert!(matches!(r, Err(Fault::Missing(Missing::Blocked))));
    }

    #[test]
    fn duplicate_copies_the_open_draft_as_on_screen_under_a_new_id_and_name() {
        let b = Bench::new();
        let mut open = stored(&b, "a", "");
        open.profile.person = "王明".into();
        let copy = b
            .desk(|k| k.duplicate(&open, "a", |n| format!("{n}（副本）")))
            .unwrap();
        assert_eq!(copy.id, "new1");
        assert_eq!(copy.profile.person, "王明");
        assert!(copy.name.ends_with("（副本）"));
        assert_eq!(b.store.load_draft("new1").unwrap(), Some(copy));
        // A rename of a stored draft keeps the rest.
        stored(&b, "c", "丙");
        b.desk(|k| k.rename_stored("c", "新名".into())).unwrap();
        assert_eq!(b.store.load_draft("c").unwrap().unwrap().name, "新名");
    }

    #[test]
    fn a_full_store_says_the_duplicate_failed_and_keeps_every_draft() {
        let b = Bench::new();
        let open = stored(&b, "a", "甲");
        b.kv.set_quota(Some(b.kv.used() + 10));
        let r = b.desk(|k| k.duplicate(&open, "a", |n| n.to_string()));
        assert!(matches!(r, Err(Fault::Save(SaveError::Quota))));
        assert!(b.store.load_draft("a").unwrap().is_some());
    }

    #[test]
    fn next_year_takes_the_years_checklist_or_makes_the_units_own() {
        let b = Bench::new();
        let old = sample::complete(MaterialKind::Individual, Checklist::for_year(2024));
        b.store.save_draft(&old, 1.0).unwrap();
        let n = b.desk(|k| k.next_year(&old)).unwrap();
        assert_eq!(n.draft.profile.year, 2025);
        assert!(n.copied.is_none());
        assert!(!n.ledger_unreadable);
        assert_eq!(n.draft.last_year.len(), old.measures.len());
        assert_eq!(n.draft.previous_draft, old.id);
        // 2026 has no built-in checklist: the unit's own is made and saved.
        let old = sample::complete(MaterialKind::Individual, Checklist::for_year(2025));
        let n = b.desk(|k| k.next_year(&old)).unwrap();
        let own = n.copied.expect("the unit's own");
        assert_eq!(own.year, 2026);
        assert_eq!(n.draft.profile.checklist, own.key());
        let (saved, _) = b.store.checklists();
        assert_eq!(saved, vec![own]);
    }

    #[test]
    fn next_year_with_an_unreadable_ledger_says_so_and_keeps_it() {
        let b = Bench::new();
        let old = sample::complete(MaterialKind::Team, Checklist::for_year(2024));
        b.kv.set(&format!("duizhao/ledger/{}", old.id), "{bad")
            .unwrap();
        let n = b.desk(|k| k.next_year(&old)).unwrap();
        assert!(n.ledger_unreadable);
        assert_eq!(
            b.store
                .read_raw(&format!("duizhao/ledger/{}", old.id))
                .as_deref(),
            Some("{bad")
        );
        // With its ledger, the results so far come along.
        let b = Bench::new();
        b.store.save_record(&Ledger::for_draft(&old), 1.0).unwrap();
        let n = b.desk(|k| k.next_year(&old)).unwrap();
        assert!(!n.ledger_unreadable);
    }

    #[test]
    fn next_year_on_a_full_store_without_its_checklist_fails_before_anything() {
        let b = Bench::over(MemoryKv::blocked());
        let old = sample::complete(MaterialKind::Individual, Checklist::for_year(2025));
        assert!(b.desk(|k| k.next_year(&old)).is_err());
    }

    #[test]
    fn restoring_a_snapshot_keeps_the_version_left() {
        let b = Bench::new();
        let mut d = stored(&b, "a", "甲");
        d.profile.person = "旧".into();
        let key = b.store.save_snapshot(&d, 5.0).unwrap();
        d.profile.person = "新".into();
        let r = b.desk(|k| k.restore_snapshot(&d, &key));
        let Restored::Done { draft, .. } = r else {
            panic!("{r:?}")
        };
        assert_eq!(draft.profile.person, "旧");
        assert_eq!(
            b.store.load_draft("a").unwrap().unwrap().profile.person,
            "旧"
        );
        assert!(b.store.snapshots("a").iter().any(|s| b
            .store
            .load_snapshot(&s.key)
            .unwrap()
            .profile
            .person
            == "新"));
        assert!(matches!(
            b.desk(|k| k.restore_snapshot(&d, "duizhao/snap/a/gone")),
            Restored::Gone
        ));
    }

    #[test]
    fn export_carries_the_open_draft_as_on_screen_and_remembers_the_time() {
        let b = Bench::new();
        let mut open = stored(&b, "a", "甲");
        open.profile.person = "未保存的字".into();
        stored(&b, "b", "乙");
        let all = b.desk(|k| k.all_drafts(&open));
        assert_eq!(all.len(), 2);
        let e = b.desk(|k| k.export(&all));
        assert!(e.remembered.is_ok());
        assert_eq!(e.unreadable, 0);
        assert!(e.file.contains("未保存的字"));
        assert_eq!(b.store.meta().last_export_ms, b.now);
        let back = backup::decode_backup_all(&e.file).unwrap();
        assert_eq!(back.drafts.len(), 2);
    }

    #[test]
    fn import_keeps_or_replaces_the_drafts_and_their_records() {
        use crate::domain::opinions::Opinions;
        let b = Bench::new();
        let open = stored(&b, "a", "甲");
        let mut ours = Opinions::for_draft("a");
        ours.items.push(crate::domain::opinions::Opinion {
            id: "o1".into(),
            ..Default::default()
        });
        b.store.save_record(&ours, 1.0).unwrap();
        let mut theirs_draft = open.clone();
        theirs_draft.profile.person = "文件里的".into();
        let theirs = Opinions::for_draft("a");
        let file = backup::encode_backup_full(
            std::slice::from_ref(&theirs_draft),
            &[],
            &backup::Records {
                opinions: vec![theirs.clone()],
                ..Default::default()
            },
            2.0,
        );
        let read = || backup::decode_backup_all(&file).unwrap();
        // Kept: the file's draft comes in as a new one, with its records.
        let i = b.desk(|k| k.import(&open, read(), false));
        assert_eq!((i.written, i.total, i.replaced), (1, 1, 0));
        assert!(i.open.is_none());
        let items = |b: &Bench| b.store.record::<Opinions>("a").unwrap().unwrap().items;
        assert_eq!(items(&b), ours.items);
        assert!(b.store.load_draft("new1").unwrap().is_some());
        // Replaced: over the open draft, kept as a snapshot, its record as history.
        let i = b.desk(|k| k.import(&open, read(), true));
        assert_eq!((i.written, i.replaced), (1, 1));
        let (now, _) = i.open.expect("the open draft written over");
        assert_eq!(now.profile.person, "文件里的");
        assert_eq!(b.store.snapshots("a").len(), 1);
        assert_eq!(items(&b), theirs.items);
        assert_eq!(b.store.record_history::<Opinions>("a").len(), 1);
    }

    #[test]
    fn an_import_whose_checklist_cannot_be_written_writes_no_draft() {
        let b = Bench::over(MemoryKv::blocked());
        let own = Checklist::for_year(2025).copy_as_custom("u1", 2026);
        let d = Draft::new("x", MaterialKind::Individual, 1.0);
        let file = backup::encode_backup_with(std::slice::from_ref(&d), &[own], 1.0);
        let i = b.desk(|k| k.import(&d, backup::decode_backup_all(&file).unwrap(), false));
        assert!(i.checklist_failed);
        assert_eq!(i.written, 0);
    }
}
