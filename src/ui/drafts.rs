//! Operations on whole drafts: open, new, duplicate, rename, delete and restore,
//! history, backup export and import, and the unit's checklists. The rules are the
//! core's use cases (`duizhao_core::usecase`, tested natively); here their outcomes
//! reach the screen and every failure is said to the user.

use super::state::{Language, Nav, Notices, OpenDraft, Saver, Step};
use super::{browser, fill};
use crate::domain::{Checklist, Draft, MaterialKind};
use crate::storage::backup::{self, ImportError, Item, LeftOut, Name, Reason};
use crate::storage::beside::Kind;
use crate::storage::{BrowserKv, DraftMeta, SaveError, StoreError};
use crate::strings::{Lang, S};
use duizhao_core::usecase::checklists::ChecklistFault;
use duizhao_core::usecase::drafts::{AfterDelete, Opened, Restored};
use duizhao_core::usecase::{Desk, Fault, Missing};
use leptos::prelude::*;
use std::sync::Arc;

/// The whole-draft operations, over the small contexts they need: each runs a use
/// case of the core (`duizhao_core::usecase`) on a [`Desk`] and puts its outcome on
/// screen and into words.
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

    /// Runs a use case on the store, the unit's checklists, the time and new ids.
    pub fn desk<R>(&self, f: impl FnOnce(&Desk<'_, BrowserKv>) -> R) -> R {
        // What a record page has not written yet is read as typed.
        self.saver.flush_record();
        let custom = self.draft.custom.get_untracked();
        let now = browser::now_ms();
        self.saver.with_store(|store| {
            f(&Desk {
                store,
                custom: &custom,
                now,
                new_id: &browser::new_id,
            })
        })
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

    /// Says that an operation could not find the draft it needs, and why (an
    /// unreadable one is offered as a download, untouched).
    fn missing(&self, what: S, m: Missing) {
        let reason = match m {
            Missing::Gone => S::ReasonGone,
            Missing::Blocked => S::ReasonBlocked,
            Missing::Unreadable { key, raw } => {
                self.notices.unreadable.set(Some((key, raw)));
                S::ReasonUnreadable
            }
        };
        self.notices
            .error(format!("{}{}", self.t(what), self.t(reason)));
    }

    fn fault(&self, what: S, f: Fault) {
        match f {
            Fault::Missing(m) => self.missing(what, m),
            Fault::Save(e) => self.failed(what, &e),
        }
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

    /// A stored draft opened on screen; says when it cannot be remembered as the
    /// draft opened last.
    fn show_opened(&self, o: Opened) {
        if let Err(e) = o.current {
            self.failed(S::OpenFailed, &e);
        }
        self.show(o.draft, Some(o.raw));
    }

    /// A new draft on screen, written at once.
    fn show_new(&self, d: Draft) {
        self.show(d, None);
        self.saver.touch();
        self.saver.flush();
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
        match self.desk(|k| k.open(id)) {
            Ok(o) => {
                self.show_opened(o);
                self.nav.go(Step::Tasks);
                true
            }
            Err(Missing::Gone | Missing::Blocked) => {
                self.nav.go(Step::Tasks);
                self.draft.id_untracked() == id
            }
            Err(Missing::Unreadable { key, raw }) => {
                self.notices.unreadable.set(Some((key, raw)));
                false
            }
        }
    }

    /// The unit's own checklist for the open draft's year, copied from the checklist
    /// standing in for it (marked as copied until it is checked against the notice):
    /// the draft follows it, and its editor opens.
    pub fn own_for_open_draft(&self) -> Option<String> {
        let year = self.draft.which.get_untracked().1;
        let from = self.draft.checklist_untracked();
        let own = match self.desk(|k| k.own_copy(&from, year)) {
            Ok(own) => own,
            Err(e) => {
                self.checklist_fault(e);
                return None;
            }
        };
        let saved = self.take_checklist(&own)?;
        self.draft.edit(|d| d.use_checklist(&saved));
        Some(own.custom_id)
    }

    /// Starts a new draft of this kind, for the meeting year the calendar prepares, and opens
    /// its first step.
    pub fn new_draft(&self, kind: MaterialKind) {
        self.saver.flush();
        let d = self.desk(|k| k.fresh(kind, browser::meeting_year()));
        self.show_new(d);
        self.nav.go(Step::Profile);
    }

    /// Starts next year's material from a stored draft (`Desk::next_year`) and opens
    /// it on 上年度整改.
    pub fn next_year(&self, id: &str) {
        self.saver.flush();
        let open = self.draft.snapshot();
        let Ok(old) = self.desk(|k| k.load(&open, id)) else {
            self.notices.error(self.t(S::OpenFailedShort).to_string());
            return;
        };
        let next = match self.desk(|k| k.next_year(&old)) {
            Ok(n) => n,
            Err(e) => return self.checklist_fault(e),
        };
        if let Some(own) = &next.copied {
            if self.take_checklist(own).is_none() {
                return;
            }
        }
        if next.ledger_unreadable {
            // The result so far is then the user's to write; the ledger is kept.
            self.notices.error(self.t(S::RecordUnreadable).to_string());
        }
        let year = next.draft.profile.year;
        let n = next.draft.last_year.len();
        self.show_new(next.draft);
        let mut said = fill(
            self.t(S::NextYearStarted),
            &[("year", year.to_string()), ("n", n.to_string())],
        );
        if next.copied.is_some() {
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
        self.draft
            .custom
            .set(own.into_iter().map(Arc::new).collect());
        // One that cannot be read is kept aside; the user is told and may download it.
        if let Some(StoreError::Unreadable { key, raw, .. }) = bad.into_iter().next() {
            self.notices.unreadable.set(Some((key, raw)));
        }
    }

    /// Says why one of the unit's checklists was not saved.
    fn checklist_fault(&self, e: ChecklistFault) {
        match e {
            ChecklistFault::Incomplete => self.notices.error(self.t(S::OwnIncomplete).to_string()),
            ChecklistFault::NotKept => self.notices.error(self.t(S::OwnSaveFailed).to_string()),
            ChecklistFault::Save(e) => self.failed(S::OwnSaveFailed, &e),
        }
    }

    /// After one of the unit's checklists is saved: the checklists again, and the
    /// saved one as drafts follow it.
    fn take_checklist(&self, c: &Checklist) -> Option<Arc<Checklist>> {
        self.reload_checklists();
        let key = c.key();
        let found = self
            .draft
            .custom
            .get_untracked()
            .into_iter()
            .find(|x| x.key() == key);
        if found.is_none() {
            self.notices.error(self.t(S::OwnSaveFailed).to_string());
        }
        found
    }

    /// Saves one of the unit's own checklists; the open draft, if it follows it,
    /// takes its year. Says whether it was written.
    pub fn save_checklist(&self, c: &Checklist) -> bool {
        if let Err(e) = self.desk(|k| k.save_checklist(c)) {
            self.checklist_fault(e);
            return false;
        }
        let Some(saved) = self.take_checklist(c) else {
            return false;
        };
        // The open draft follows it: it takes its (maybe new) year.
        if self.draft.which.get_untracked().0 == c.key() {
            self.draft.edit(|d| d.use_checklist(&saved));
        }
        self.notices.info(self.t(S::OwnSaved).to_string());
        true
    }

    /// Deletes one of the unit's own checklists (drafts that follow it fall back to
    /// their year's built-in checklist, keeping every problem).
    pub fn delete_checklist(&self, id: &str) {
        match self.desk(|k| k.delete_checklist(id)) {
            Ok(()) => {
                self.reload_checklists();
                self.notices.info(self.t(S::OwnDeleted).to_string());
            }
            Err(e) => self.failed(S::OwnDeleteFailed, &e),
        }
    }

    /// Downloads one of the unit's checklists as a file the other members import.
    pub fn export_checklist(&self, c: &Checklist) {
        let file = self.desk(|k| k.checklist_file(c));
        let stamp = browser::file_stamp(browser::now_ms());
        let name = format!("{}-{stamp}.duizhao.json", c.name_zh());
        browser::download(&name, "application/json", &file);
    }

    /// A copy of a draft under a new id and name.
    pub fn duplicate(&self, id: &str) {
        self.saver.flush();
        let open = self.draft.snapshot();
        let copy_of = |name: &str| fill(self.t(S::CopyOf), &[("name", name.to_string())]);
        if let Err(f) = self.desk(|k| k.duplicate(&open, id, copy_of)) {
            self.fault(S::DuplicateFailed, f);
        }
        self.bump_list();
    }

    /// Gives a draft its own name in the list.
    pub fn rename(&self, id: &str, name: String) {
        if self.draft.id_untracked() == id {
            self.draft.edit(|d| d.name = name);
            self.saver.touch();
            self.saver.flush();
        } else if let Err(f) = self.desk(|k| k.rename_stored(id, name)) {
            self.fault(S::RenameFailed, f);
        }
        self.bump_list();
    }

    /// Moves a draft to the 回收站 (after a snapshot). The open draft is replaced by
    /// the newest other draft, or a new one. Returns whether it was deleted.
    pub fn delete(&self, id: &str) -> bool {
        self.saver.flush();
        let open = self.draft.id_untracked();
        let after = self.desk(|k| k.delete(&open, id, browser::meeting_year()));
        let done = match after {
            Ok(AfterDelete::Stays) => true,
            Ok(AfterDelete::Open(o)) => {
                self.show_opened(o);
                true
            }
            Ok(AfterDelete::Fresh(d)) => {
                self.show(d, None);
                true
            }
            Err(e) => {
                self.failed(S::DeleteFailed, &e);
                false
            }
        };
        self.bump_list();
        done
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
        let current = self.draft.snapshot();
        let now = browser::now_ms();
        match self.desk(|k| k.restore_snapshot(&current, key)) {
            Restored::Done { draft, raw } => {
                self.draft.replace(*draft);
                self.saver.reloaded(raw, now);
                // An undo would put an item of the version left into this one.
                self.notices.undo.set(None);
                self.bump_list();
                true
            }
            Restored::Gone => {
                self.notices.error(self.t(S::RestoreGone).to_string());
                false
            }
            Restored::Failed(e) => {
                self.failed(S::RestoreFailed, &e);
                false
            }
        }
    }

    /// Downloads a backup file of these drafts and remembers the export.
    pub fn export(&self, drafts: Vec<Draft>) {
        self.saver.flush();
        let e = self.desk(|k| k.export(&drafts));
        let stamp = browser::file_stamp(browser::now_ms());
        let name = match drafts.as_slice() {
            [one] => format!("{}-{stamp}.duizhao.json", one.display_name()),
            _ => format!("duizhao-{stamp}.duizhao.json"),
        };
        browser::download(&name, "application/json", &e.file);
        let exported = fill(self.t(S::Exported), &[("n", e.drafts.to_string())]);
        match e.remembered {
            // A record that cannot be read is not in the file; it stays where it is.
            Ok(()) if e.unreadable > 0 => self.notices.error(format!(
                "{exported}{}",
                fill(
                    self.t(S::RecordsLeftOut),
                    &[("n", e.unreadable.to_string())]
                )
            )),
            Ok(()) => self.notices.info(exported),
            // The file was saved; only the reminder's date could not be kept.
            Err(e) => self.failed(S::ExportMetaFailed, &e),
        }
        self.bump_list();
    }

    /// Exports every stored draft (and the open one).
    pub fn export_all(&self) {
        self.saver.flush();
        let open = self.draft.snapshot();
        let all = self.desk(|k| k.all_drafts(&open));
        self.export(all);
    }

    /// Whether the export reminder is due (tracked).
    pub fn export_due(&self) -> bool {
        let list = self.list();
        self.desk(|k| k.export_due(&list))
    }

    /// Whether a draft with this id is here (open or stored).
    pub fn has(&self, id: &str) -> bool {
        self.draft.id_untracked() == id || self.desk(|k| k.stored(id)).is_ok()
    }

    /// Writes an imported file (`Desk::import`): the unit's checklists in it, then
    /// its drafts, as new drafts or over the same drafts here. Says how many were
    /// written, which failed, and what the file held that was left out.
    pub fn import_backup(&self, file: backup::Backup, overwrite: bool) {
        self.saver.flush();
        let left = left_out_text(self.lang.get(), &file.left_out);
        let left = if left.is_empty() {
            left
        } else {
            format!("{}{left}", self.t(S::LeftOutAfter))
        };
        let only_checklists = file.drafts.is_empty();
        let had_checklists = !file.checklists.is_empty();
        let open = self.draft.snapshot();
        let now = browser::now_ms();
        let i = self.desk(|k| k.import(&open, file, overwrite));
        if had_checklists {
            self.reload_checklists();
        }
        if let Some((d, raw)) = i.open {
            self.draft.replace(d);
            self.saver.reloaded(raw, now);
            self.notices.undo.set(None);
        }
        if i.checklist_failed {
            if let Some(e) = &i.error {
                self.failed_with(format!("{}{left}", self.t(S::OwnSaveFailed)), e);
            }
            return;
        }
        if only_checklists {
            let done = fill(self.t(S::OwnImported), &[("n", i.checklists.to_string())]);
            return self.say(format!("{done}{left}"), !left.is_empty());
        }
        // An open draft written over has the file's records now: its counts follow.
        super::records::sync_intro(*self);
        self.bump_list();
        let mut done = fill(self.t(S::Imported), &[("n", i.written.to_string())]);
        if i.replaced > 0 {
            done.push_str(&fill(
                self.t(S::RecordsReplaced),
                &[("n", i.replaced.to_string())],
            ));
        }
        match i.error {
            None => self.say(format!("{done}{left}"), !left.is_empty()),
            Some(e) => {
                let done = fill(
                    self.t(S::ImportPartly),
                    &[("n", i.written.to_string()), ("total", i.total.to_string())],
                );
                self.failed_with(format!("{done}{left}"), &e);
            }
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
