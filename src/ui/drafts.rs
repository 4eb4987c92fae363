//! Operations on whole drafts: open, new, duplicate, rename, delete and restore,
//! history, backup export and import. All storage goes through `LocalStore`; every
//! failure is said to the user.

use super::state::{Language, Nav, Notices, OpenDraft, Saver, Step};
use super::{browser, fill};
use crate::domain::ledger::Ledger;
use crate::domain::{Checklist, Draft, MaterialKind};
use crate::storage::backup::{self, ImportError, Item, LeftOut, Name, Reason};
use crate::storage::beside::Kind;
use crate::storage::{DraftMeta, SaveError, StoreError};
use crate::strings::{Lang, S};
use leptos::prelude::*;

/// The whole-draft operations, over the small contexts they need.
#[derive(Clone, Copy)]
pub struct Drafts {
    pub draft: OpenDraft,
    pub saver: Saver,
    pub nav: Nav,
    pub notices: Notices,
    pub lang: Language,
}

impl Drafts {
    /// The operations, from the contexts.
    pub fn get() -> Self {
        Drafts {
            draft: expect_context(),
            saver: expect_context(),
            nav: expect_context(),
            notices: expect_context(),
            lang: expect_context(),
        }
    }

    fn t(&self, s: S) -> &'static str {
        self.lang.t(s)
    }

    /// Says that an operation could not write to storage, and why.
    fn failed(&self, what: S, e: &SaveError) {
        self.failed_with(self.t(what).to_string(), e);
    }

    fn failed_with(&self, what: String, e: &SaveError) {
        let reason = match e {
            SaveError::Quota => self.t(S::ReasonQuota),
            SaveError::Unavailable => self.t(S::ReasonBlocked),
            SaveError::ShortWrite | SaveError::Other(_) => self.t(S::ReasonOther),
        };
        self.notices.error(format!("{what}{reason}"));
    }

    fn bump_list(&self) {
        self.saver.drafts_version.update(|v| *v += 1);
    }

    /// Makes `d` the open draft, as stored in `raw` (None: not stored yet).
    fn show(&self, d: Draft, raw: Option<String>) {
        self.draft.replace(d);
        self.saver.opened(raw);
        // The 导语's counts follow its opinions and talks, wherever they were last
        // changed.
        super::records::sync_intro(*self);
        self.notices.undo.set(None);
        self.bump_list();
    }

    /// The drafts list (tracked): stored drafts, or the open one where storage is blocked.
    pub fn list(&self) -> Vec<DraftMeta> {
        self.saver.drafts_version.track();
        let (mut list, _) = self.saver.with_store(|s| s.scan());
        let open = self.draft.id_untracked();
        if !list.iter().any(|m| m.id == open) {
            let d = self.draft.snapshot();
            list.insert(0, crate::storage::store::meta_of(&d, 0));
        }
        list
    }

    /// The 回收站 (tracked).
    pub fn trash(&self) -> Vec<DraftMeta> {
        self.saver.drafts_version.track();
        self.saver.with_store(|s| s.trash())
    }

    /// Opens a stored draft on its task list.
    pub fn open(&self, id: &str) -> bool {
        self.saver.flush();
        match self.saver.with_store(|s| s.load_draft_raw(id)) {
            Ok(Some((d, raw))) => {
                self.show(d, Some(raw));
                if let Err(e) = self.saver.with_store(|s| s.set_current(id)) {
                    self.failed(S::OpenFailed, &e);
                }
                self.nav.go(Step::Tasks);
                true
            }
            Ok(None) | Err(StoreError::Unavailable) => {
                self.nav.go(Step::Tasks);
                self.draft.id_untracked() == id
            }
            Err(StoreError::Unreadable { key, raw, .. }) => {
                self.notices.unreadable.set(Some((key, raw)));
                false
            }
        }
    }

    /// The checklist of the most recent meeting year the app has: built in, or the
    /// unit's own.
    pub fn latest_checklist(&self) -> &'static Checklist {
        self.draft.custom.with_untracked(|c| Checklist::latest(c))
    }

    /// A fresh draft of this kind (`Draft::fresh`: for the meeting year the calendar
    /// is preparing, on its checklist, built in or the unit's own).
    fn fresh(&self, kind: MaterialKind, now_ms: f64) -> Draft {
        let year = browser::meeting_year();
        self.draft
            .custom
            .with_untracked(|c| Draft::fresh(browser::new_id(), kind, now_ms, year, c))
    }

    /// The unit's own checklist for the open draft's year, copied from the checklist
    /// standing in for it (marked as copied until it is checked against the notice):
    /// the draft follows it, and its editor opens.
    pub fn own_for_open_draft(&self) -> Option<String> {
        let year = self.draft.which.get_untracked().1;
        let from = self.draft.checklist_untracked();
        let own = from.copy_as_custom(&browser::new_id(), year);
        if !self.save_checklist_quietly(&own) {
            return None;
        }
        let key = own.key();
        let saved = self
            .draft
            .custom
            .get_untracked()
            .into_iter()
            .find(|c| c.key() == key)?;
        self.draft.edit(|d| d.use_checklist(saved));
        Some(own.custom_id)
    }

    /// Starts a new draft of this kind, for the meeting year the calendar prepares, and opens
    /// its first step.
    pub fn new_draft(&self, kind: MaterialKind) {
        self.saver.flush();
        let d = self.fresh(kind, browser::now_ms());
        self.show(d, None);
        self.saver.touch();
        self.saver.flush();
        self.nav.go(Step::Profile);
    }

    /// Writes a draft that is not the open one.
    fn put(&self, d: &Draft) -> Result<(), SaveError> {
        let raw = crate::storage::codec::encode_draft(d, browser::now_ms());
        self.saver
            .with_store(|s| s.write_making_room(&crate::storage::draft_key(&d.id), &raw))
    }

    fn load(&self, id: &str) -> Option<Draft> {
        if self.draft.id_untracked() == id {
            return Some(self.draft.snapshot());
        }
        self.saver.with_store(|s| s.load_draft(id)).ok().flatten()
    }

    /// Loads a draft for an operation on it (`what`: the operation's failure); when
    /// it is gone or cannot be read, says so (an unreadable one is offered as a
    /// download, untouched).
    fn load_for(&self, id: &str, what: S) -> Option<Draft> {
        if self.draft.id_untracked() == id {
            return Some(self.draft.snapshot());
        }
        let reason = match self.saver.with_store(|s| s.load_draft(id)) {
            Ok(Some(d)) => return Some(d),
            Ok(None) => S::ReasonGone,
            Err(StoreError::Unavailable) => S::ReasonBlocked,
            Err(StoreError::Unreadable { key, raw, .. }) => {
                self.notices.unreadable.set(Some((key, raw)));
                S::ReasonUnreadable
            }
        };
        self.notices
            .error(format!("{}{}", self.t(what), self.t(reason)));
        None
    }

    /// Starts next year's material from a stored draft: same kind and profile, the
    /// next year's checklist (built in or the unit's own, else the most recent), and
    /// every measure of its 整改清单 waiting in 上年度整改. Opens it on that step.
    pub fn next_year(&self, id: &str) {
        self.saver.flush();
        let Some(old) = self.load(id) else {
            self.notices.error(self.t(S::OpenFailedShort).to_string());
            return;
        };
        let year = old.profile.year + 1;
        let found = self
            .draft
            .custom
            .get_untracked()
            .into_iter()
            .find(|c| c.year == year)
            .or_else(|| Checklist::builtin_for_year(year));
        // No checklist of that year here yet: the unit gets its own, copied from the
        // most recent one (reporting on the right meeting), to check against the
        // notice when it comes.
        let mut copied = false;
        let next = match found {
            Some(c) => c,
            None => {
                let own = self
                    .latest_checklist()
                    .copy_as_custom(&browser::new_id(), year);
                if !self.save_checklist_quietly(&own) {
                    return;
                }
                copied = true;
                match self
                    .draft
                    .custom
                    .get_untracked()
                    .into_iter()
                    .find(|c| c.key() == own.key())
                {
                    Some(c) => c,
                    None => return,
                }
            }
        };
        let ledger = match self.saver.with_store(|s| s.record::<Ledger>(id)) {
            Ok(l) => l,
            Err(_) => {
                // The result so far is then the user's to write; the ledger is kept.
                self.notices.error(self.t(S::RecordUnreadable).to_string());
                None
            }
        };
        let d = old.next_year(&browser::new_id(), next, ledger.as_ref(), browser::now_ms());
        let n = d.last_year.len();
        self.show(d, None);
        self.saver.touch();
        self.saver.flush();
        let mut said = fill(
            self.t(S::NextYearStarted),
            &[("year", year.to_string()), ("n", n.to_string())],
        );
        if copied {
            said.push_str(&fill(
                self.t(S::NextYearCopied),
                &[("year", year.to_string())],
            ));
        }
        self.notices.info(said);
        self.nav.go(Step::LastYear);
    }

    /// Says that a record beside the draft (ledger, opinions, talks, criticism) could
    /// not be written, and why (the page keeps its copy).
    pub fn record_failed(&self, e: &SaveError) {
        self.failed(S::RecordSaveFailed, e);
    }

    /// The unit's own checklists again from storage, for the drafts that follow them.
    pub fn reload_checklists(&self) {
        let (own, bad) = self.saver.with_store(|s| s.checklists());
        self.draft.custom.set(super::checklists::intern(own));
        // One that cannot be read is kept aside; the user is told and may download it.
        if let Some(StoreError::Unreadable { key, raw, .. }) = bad.into_iter().next() {
            self.notices.unreadable.set(Some((key, raw)));
        }
    }

    /// Writes one of the unit's checklists after checking it reads back as one, and
    /// takes it among the checklists drafts may follow. Says any failure.
    fn save_checklist_quietly(&self, c: &Checklist) -> bool {
        use crate::storage::checklists::{checklist_from_json, checklist_json};
        if checklist_from_json(&checklist_json(c)).is_err() {
            self.notices.error(self.t(S::OwnIncomplete).to_string());
            return false;
        }
        match self
            .saver
            .with_store(|s| s.save_checklist(c, browser::now_ms()))
        {
            Ok(()) => {
                self.reload_checklists();
                let key = c.key();
                let there = self
                    .draft
                    .custom
                    .with_untracked(|l| l.iter().any(|x| x.key() == key));
                if !there {
                    self.notices.error(self.t(S::OwnSaveFailed).to_string());
                }
                there
            }
            Err(e) => {
                self.failed(S::OwnSaveFailed, &e);
                false
            }
        }
    }

    /// Saves one of the unit's own checklists; the open draft, if it follows it,
    /// takes its year. Says whether it was written.
    pub fn save_checklist(&self, c: &Checklist) -> bool {
        if !self.save_checklist_quietly(c) {
            return false;
        }
        // The open draft follows it: it takes its (maybe new) year.
        if self.draft.which.get_untracked().0 == c.key() {
            let saved = self.draft.checklist_untracked();
            if saved.key() == c.key() {
                self.draft.edit(|d| d.use_checklist(saved));
            }
        }
        self.notices.info(self.t(S::OwnSaved).to_string());
        true
    }

    /// Deletes one of the unit's own checklists (drafts that follow it fall back to
    /// their year's built-in checklist, keeping every problem).
    pub fn delete_checklist(&self, id: &str) {
        match self.saver.with_store(|s| s.delete_checklist(id)) {
            Ok(()) => {
                self.reload_checklists();
                self.notices.info(self.t(S::OwnDeleted).to_string());
            }
            Err(e) => self.failed(S::OwnDeleteFailed, &e),
        }
    }

    /// Downloads one of the unit's checklists as a file the other members import.
    pub fn export_checklist(&self, c: &Checklist) {
        let now = browser::now_ms();
        let file = backup::encode_backup_with(&[], std::slice::from_ref(c), now);
        let name = format!("{}-{}.duizhao.json", c.name_zh(), browser::file_stamp(now));
        browser::download(&name, "application/json", &file);
    }

    /// A copy of a draft under a new id and name.
    pub fn duplicate(&self, id: &str) {
        self.saver.flush();
        if let Some(mut d) = self.load_for(id, S::DuplicateFailed) {
            let name = fill(self.t(S::CopyOf), &[("name", d.display_name())]);
            d.id = browser::new_id();
            d.name = name;
            d.created_ms = browser::now_ms();
            d.updated_ms = d.created_ms;
            if let Err(e) = self.put(&d) {
                self.failed(S::DuplicateFailed, &e);
            }
            self.bump_list();
        }
    }

    /// Gives a draft its own name in the list.
    pub fn rename(&self, id: &str, name: String) {
        if self.draft.id_untracked() == id {
            self.draft.edit(|d| d.name = name);
            self.saver.touch();
            self.saver.flush();
        } else if let Some(mut d) = self.load_for(id, S::RenameFailed) {
            d.name = name;
            if let Err(e) = self.put(&d) {
                self.failed(S::RenameFailed, &e);
            }
        }
        self.bump_list();
    }

    /// Moves a draft to the 回收站 (after a snapshot). The open draft is replaced by
    /// the newest other draft, or a new one. Returns whether it was deleted.
    pub fn delete(&self, id: &str) -> bool {
        self.saver.flush();
        let now = browser::now_ms();
        if let Err(e) = self.saver.with_store(|s| s.trash_draft(id, now)) {
            self.failed(S::DeleteFailed, &e);
            self.bump_list();
            return false;
        }
        if self.draft.id_untracked() == id {
            let next = self
                .saver
                .with_store(|s| s.scan())
                .0
                .into_iter()
                .find(|m| m.id != id);
            match next.and_then(|m| {
                self.saver
                    .with_store(|s| s.load_draft_raw(&m.id))
                    .ok()
                    .flatten()
            }) {
                Some((d, raw)) => {
                    if let Err(e) = self.saver.with_store(|s| s.set_current(&d.id)) {
                        self.failed(S::OpenFailed, &e);
                    }
                    self.show(d, Some(raw));
                }
                None => {
                    let d = self.fresh(MaterialKind::Individual, now);
                    self.show(d, None);
                }
            }
        }
        self.bump_list();
        true
    }

    /// Takes a draft out of the 回收站 (the undo of a deletion too). Says so when it
    /// cannot, and returns whether it did.
    pub fn restore_from_trash(&self, id: &str) -> bool {
        let result = self.saver.with_store(|s| s.restore_from_trash(id));
        self.bump_list();
        match result {
            Ok(Some(d)) => {
                self.notices.info(fill(
                    self.t(S::RestoredFromTrash),
                    &[("name", d.display_name())],
                ));
                true
            }
            Ok(None) => {
                self.notices.error(self.t(S::TrashGone).to_string());
                false
            }
            Err(e) => {
                self.failed(S::RestoreFromTrashFailed, &e);
                false
            }
        }
    }

    /// Puts the open draft back to a snapshot; what was there is kept as a snapshot
    /// first. Says why when it cannot.
    pub fn restore_snapshot(&self, key: &str) -> bool {
        self.saver.flush();
        let Some(mut old) = self.saver.with_store(|s| s.load_snapshot(key)) else {
            self.notices.error(self.t(S::RestoreGone).to_string());
            return false;
        };
        let now = browser::now_ms();
        let current = self.draft.snapshot();
        if let Err(e) = self.saver.with_store(|s| s.save_snapshot(&current, now)) {
            self.failed(S::RestoreFailed, &e);
            return false;
        }
        old.id = current.id.clone();
        old.updated_ms = now;
        match self.saver.with_store(|s| s.save_draft(&old, now)) {
            Ok(raw) => {
                self.draft.replace(old);
                self.saver.reloaded(raw, now);
                // An undo would put an item of the version left into this one.
                self.notices.undo.set(None);
                self.bump_list();
                true
            }
            Err(e) => {
                self.failed(S::RestoreFailed, &e);
                false
            }
        }
    }

    /// Downloads a backup file of these drafts and remembers the export.
    pub fn export(&self, drafts: Vec<Draft>) {
        self.saver.flush();
        let now = browser::now_ms();
        let own: Vec<Checklist> = self
            .draft
            .custom
            .get_untracked()
            .into_iter()
            .cloned()
            .collect();
        let (records, unreadable) = self.saver.with_store(|s| {
            let (ledgers, a) = s.records();
            let (opinions, b) = s.records();
            let (talks, c) = s.records();
            let (criticism, d) = s.records();
            let all = backup::Records {
                ledgers,
                opinions,
                talks,
                criticism,
            };
            (all, a + b + c + d)
        });
        let file = backup::encode_backup_full(&drafts, &own, &records, now);
        let stamp = browser::file_stamp(now);
        let name = match drafts.as_slice() {
            [one] => format!("{}-{stamp}.duizhao.json", one.display_name()),
            _ => format!("duizhao-{stamp}.duizhao.json"),
        };
        browser::download(&name, "application/json", &file);
        let mut meta = self.saver.with_store(|s| s.meta());
        meta.last_export_ms = now;
        match self.saver.with_store(|s| s.set_meta(&meta)) {
            // A record that cannot be read is not in the file; it stays where it is.
            Ok(()) if unreadable > 0 => self.notices.error(format!(
                "{}{}",
                fill(self.t(S::Exported), &[("n", drafts.len().to_string())]),
                fill(self.t(S::RecordsLeftOut), &[("n", unreadable.to_string())])
            )),
            Ok(()) => self.notices.info(fill(
                self.t(S::Exported),
                &[("n", drafts.len().to_string())],
            )),
            // The file was saved; only the reminder's date could not be kept.
            Err(e) => self.failed(S::ExportMetaFailed, &e),
        }
        self.bump_list();
    }

    /// Exports every stored draft (and the open one).
    pub fn export_all(&self) {
        self.saver.flush();
        let mut all = self.saver.with_store(|s| s.all_drafts());
        let open = self.draft.snapshot();
        if !all.iter().any(|d| d.id == open.id) {
            all.push(open);
        }
        self.export(all);
    }

    /// Whether the export reminder is due (tracked).
    pub fn export_due(&self) -> bool {
        let list = self.list();
        let meta = self.saver.with_store(|s| s.meta());
        let mut times: Vec<(f64, f64)> =
            list.iter().map(|m| (m.created_ms, m.updated_ms)).collect();
        // A ledger, opinions, talks or criticism changed since counts as well.
        let records = self.saver.with_store(|s| s.records_saved_ms());
        times.extend(records.into_iter().map(|ms| (ms, ms)));
        backup::export_due(meta.last_export_ms, &times, browser::now_ms())
    }

    /// Whether a draft with this id is stored here.
    pub fn has(&self, id: &str) -> bool {
        self.load(id).is_some()
    }

    /// Writes an imported file: the unit's checklists in it (each replacing the one
    /// with its id), then its drafts (see [`Drafts::import`]). What the file holds
    /// that cannot be imported is said with the outcome.
    pub fn import_backup(&self, file: backup::Backup, overwrite: bool) {
        let mut error = None;
        let mut n = 0;
        for c in &file.checklists {
            match self
                .saver
                .with_store(|s| s.save_checklist(c, browser::now_ms()))
            {
                Ok(()) => n += 1,
                Err(e) => error = Some(e),
            }
        }
        if !file.checklists.is_empty() {
            self.reload_checklists();
        }
        let left = left_out_text(self.lang.get(), &file.left_out);
        let left = if left.is_empty() {
            left
        } else {
            format!("{}{left}", self.t(S::LeftOutAfter))
        };
        if let Some(e) = error {
            self.failed_with(format!("{}{left}", self.t(S::OwnSaveFailed)), &e);
            return;
        }
        if file.drafts.is_empty() {
            let done = fill(self.t(S::OwnImported), &[("n", n.to_string())]);
            self.say(format!("{done}{left}"), !left.is_empty());
        } else {
            self.import(file.drafts, &file.records, overwrite, &left);
        }
    }

    /// An outcome, as an error (something was left out or failed) or as news.
    fn say(&self, text: String, error: bool) {
        if error {
            self.notices.error(text);
        } else {
            self.notices.info(text);
        }
    }

    /// Writes imported drafts: as new drafts (new ids), or over the same drafts here
    /// (each kept as a snapshot first). The records beside each go with it, by
    /// `LocalStore::import_records`' rule (over a draft here, they replace its own,
    /// each kept as a history version first). Says how many were written, which
    /// failed, and `left` (what the file held that was left out, already worded).
    pub fn import(
        &self,
        drafts: Vec<Draft>,
        records: &backup::Records,
        overwrite: bool,
        left: &str,
    ) {
        self.saver.flush();
        let now = browser::now_ms();
        let open = self.draft.id_untracked();
        let total = drafts.len();
        let mut n = 0;
        let mut replaced = 0;
        let mut error = None;
        for mut d in drafts {
            let exists = self.has(&d.id);
            // The draft's records go with it, under the id it is written with.
            let from = d.id.clone();
            if exists && !overwrite {
                d.id = browser::new_id();
            }
            let written = d.id.clone();
            let result = if exists && overwrite {
                let kept = match self.load(&d.id) {
                    Some(old) => self
                        .saver
                        .with_store(|s| s.save_snapshot(&old, now))
                        .map(|_| ()),
                    None => Ok(()),
                };
                kept.and_then(|()| {
                    if d.id == open {
                        let raw = self.saver.with_store(|s| s.save_draft(&d, now))?;
                        self.draft.replace(d);
                        self.saver.reloaded(raw, now);
                        self.notices.undo.set(None);
                        Ok(())
                    } else {
                        self.put(&d)
                    }
                })
            } else {
                self.put(&d)
            };
            let result = result.and_then(|()| {
                self.saver
                    .with_store(|s| s.import_records(records, (&from, &written), now))
            });
            match result {
                Ok(r) => {
                    n += 1;
                    replaced += r;
                }
                Err(e) => error = Some(e),
            }
        }
        // An open draft written over has the file's records now: its counts follow.
        super::records::sync_intro(*self);
        self.bump_list();
        let mut done = fill(self.t(S::Imported), &[("n", n.to_string())]);
        if replaced > 0 {
            done.push_str(&fill(
                self.t(S::RecordsReplaced),
                &[("n", replaced.to_string())],
            ));
        }
        match error {
            None => self.say(format!("{done}{left}"), !left.is_empty()),
            Some(e) => {
                let done = fill(
                    self.t(S::ImportPartly),
                    &[("n", n.to_string()), ("total", total.to_string())],
                );
                self.failed_with(format!("{done}{left}"), &e);
            }
        }
    }

    /// The message for an import error, in the current language.
    pub fn import_error(&self, e: &ImportError) -> String {
        let s = |k: S, v: String| fill(self.t(k), &[("s", v.clone()), ("n", v)]);
        let text = match e {
            ImportError::TooLarge(b) => s(S::IeTooLarge, super::tenths(*b as u64, 1_048_576)),
            ImportError::NotJson(_) => s(S::IeNotJson, String::new()),
            ImportError::WrongFormat(f) => s(S::IeWrongFormat, f.clone()),
            ImportError::Newer(v) => s(S::IeNewer, v.to_string()),
            ImportError::MissingField(f) => s(S::IeMissing, f.clone()),
            ImportError::Invalid(m) => s(S::IeInvalid, m.clone()),
            ImportError::Empty => s(S::IeEmpty, String::new()),
        };
        format!("{text}{}", self.t(S::ImportNothingChanged))
    }

    /// The message for a file of which nothing can be imported (every draft and
    /// checklist left out), in the current language.
    pub fn nothing_to_import(&self, left_out: &[LeftOut]) -> String {
        format!(
            "{}{}{}",
            self.t(S::LeftOutNothing),
            left_out_text(self.lang.get(), left_out),
            self.t(S::ImportNothingChanged)
        )
    }
}

/// What a file held that an import leaves out, one sentence each, in `lang`
/// (empty when nothing is).
pub fn left_out_text(lang: Lang, left_out: &[LeftOut]) -> String {
    left_out
        .iter()
        .map(|l| left_out_line(lang, l))
        .collect::<Vec<_>>()
        .join(lang.pick("", " "))
}

/// One thing left out of an import, and why, in `lang`.
pub fn left_out_line(lang: Lang, l: &LeftOut) -> String {
    let t = |k: S| k.get(lang);
    let kind = |k: Kind| {
        t(match k {
            Kind::Ledger => S::RecKindLedger,
            Kind::Opinions => S::RecKindOpinions,
            Kind::Talks => S::RecKindTalks,
            Kind::Criticism => S::RecKindCriticism,
        })
        .to_string()
    };
    let (named, at, kind) = match l.item {
        Item::Draft => (S::LoDraft, S::LoDraftAt, String::new()),
        Item::Checklist => (S::LoChecklist, S::LoChecklistAt, String::new()),
        Item::Record(k) => (S::LoRecord, S::LoRecordAt, kind(k)),
    };
    let what = match &l.name {
        Name::Title(name) => fill(t(named), &[("name", name.clone()), ("kind", kind)]),
        Name::Position(n) => fill(t(at), &[("n", n.to_string()), ("kind", kind)]),
    };
    let why = match &l.reason {
        Reason::Missing(field) => fill(t(S::WhyMissing), &[("s", (*field).to_string())]),
        Reason::SameId => t(S::WhySameId).to_string(),
        Reason::Unreadable(m) => fill(t(S::WhyUnreadable), &[("s", m.clone())]),
        Reason::NoDraft => t(S::WhyNoDraft).to_string(),
        Reason::DraftLeftOut => t(S::WhyDraftLeftOut).to_string(),
        Reason::Twice => t(S::WhyTwice).to_string(),
    };
    let line = fill(t(S::LeftOutLine), &[("what", what), ("why", why)]);
    // An English sentence starts with a capital.
    match lang {
        Lang::En => {
            let mut c = line.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
        Lang::Zh => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_an_import_leaves_out_is_said_by_name_and_reason() {
        let left = [
            LeftOut {
                item: Item::Draft,
                name: Name::Title("推行<OA>审批".into()),
                reason: Reason::Missing("profile"),
            },
            LeftOut {
                item: Item::Record(Kind::Ledger),
                name: Name::Position(2),
                reason: Reason::NoDraft,
            },
            LeftOut {
                item: Item::Record(Kind::Talks),
                name: Name::Title("某局班子材料".into()),
                reason: Reason::DraftLeftOut,
            },
        ];
        assert_eq!(
            left_out_text(Lang::Zh, &left),
            "稿件“推行<OA>审批”：缺少必需的字段“profile”。\
             第2份整改台账：文件中没有它所属的稿件。\
             稿件“某局班子材料”的谈心谈话记录：它所属的稿件无法导入。"
        );
        assert_eq!(
            left_out_text(Lang::En, &left[1..2]),
            "Rectification ledger no. 2: the file holds no draft it belongs to."
        );
        assert_eq!(left_out_text(Lang::Zh, &[]), "");
    }
}
