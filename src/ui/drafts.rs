//! Operations on whole drafts: open, new, duplicate, rename, delete and restore,
//! history, two-tab conflicts, backup export and import. All storage goes through
//! `LocalStore`.

use super::state::{Ctx, Step};
use super::{browser, fill};
use crate::domain::{Draft, MaterialKind};
use crate::storage::backup::{self, ImportError};
use crate::storage::{DraftMeta, StoreError};
use crate::strings::S;
use leptos::prelude::*;

impl Ctx {
    /// Makes `d` the open draft, as stored in `raw` (None: not stored yet).
    fn replace_draft(&self, d: Draft, raw: Option<String>) {
        let last = self
            .store
            .with_value(|s| s.last_snapshot_ms(&d.id))
            .unwrap_or(0.0);
        self.last_snapshot.set_value(last);
        self.draft.set(d);
        self.last_written.set_value(raw);
        self.dirty.set_value(false);
        self.conflict.set(false);
        self.conflict_snapshot.set_value(None);
        self.undo.set(None);
        self.revision.update(|r| *r += 1);
        self.external.update(|n| *n += 1);
        self.drafts_version.update(|v| *v += 1);
    }

    fn bump_list(&self) {
        self.drafts_version.update(|v| *v += 1);
    }

    /// The drafts list (tracked): stored drafts, or the open one where storage is blocked.
    pub fn draft_list(&self) -> Vec<DraftMeta> {
        self.drafts_version.track();
        let (mut list, _) = self.store.with_value(|s| s.scan());
        let open = self.draft.with_untracked(|d| d.id.clone());
        if !list.iter().any(|m| m.id == open) {
            let d = self.draft.get_untracked();
            list.insert(0, crate::storage::local::meta_of(&d, 0));
        }
        list
    }

    /// The 回收站 (tracked).
    pub fn trash_list(&self) -> Vec<DraftMeta> {
        self.drafts_version.track();
        self.store.with_value(|s| s.trash())
    }

    /// Opens a stored draft on its task list.
    pub fn open_draft(&self, id: &str) {
        self.flush();
        match self.store.with_value(|s| s.load_draft_raw(id)) {
            Ok(Some((d, raw))) => {
                self.replace_draft(d, Some(raw));
                let _ = self.store.with_value(|s| s.set_current(id));
                self.go(Step::Tasks);
            }
            Ok(None) | Err(StoreError::Unavailable) => self.go(Step::Tasks),
            Err(StoreError::Unreadable { key, raw, .. }) => self.unreadable.set(Some((key, raw))),
        }
    }

    /// Starts a new draft of this kind and opens its first step.
    pub fn new_draft(&self, kind: MaterialKind) {
        self.flush();
        let d = Draft::new(browser::new_id(), kind, browser::now_ms());
        self.replace_draft(d, None);
        self.dirty.set_value(true);
        self.flush();
        self.bump_list();
        self.go(Step::Profile);
    }

    /// Writes a draft that is not the open one.
    fn put(&self, d: &Draft) -> bool {
        let raw = crate::storage::codec::encode_draft(d, browser::now_ms());
        self.store
            .with_value(|s| s.write_making_room(&crate::storage::draft_key(&d.id), &raw))
            .is_ok()
    }

    fn load(&self, id: &str) -> Option<Draft> {
        if self.draft.with_untracked(|d| d.id == id) {
            return Some(self.draft.get_untracked());
        }
        self.store.with_value(|s| s.load_draft(id)).ok().flatten()
    }

    /// A copy of a draft under a new id and name.
    pub fn duplicate(&self, id: &str) {
        self.flush();
        if let Some(mut d) = self.load(id) {
            let name = fill(self.t(S::CopyOf), &[("name", d.display_name())]);
            d.id = browser::new_id();
            d.name = name;
            d.created_ms = browser::now_ms();
            d.updated_ms = d.created_ms;
            self.put(&d);
            self.bump_list();
        }
    }

    /// Gives a draft its own name in the list.
    pub fn rename(&self, id: &str, name: String) {
        if self.draft.with_untracked(|d| d.id == id) {
            self.edit(|d| d.name = name);
            self.flush();
        } else if let Some(mut d) = self.load(id) {
            d.name = name;
            self.put(&d);
        }
        self.bump_list();
    }

    /// Moves a draft to the 回收站 (after a snapshot). The open draft is replaced by
    /// the newest other draft, or a new one.
    pub fn delete(&self, id: &str) {
        self.flush();
        let now = browser::now_ms();
        let _ = self.store.with_value(|s| s.trash_draft(id, now));
        if self.draft.with_untracked(|d| d.id == id) {
            let next = self
                .store
                .with_value(|s| s.scan())
                .0
                .into_iter()
                .find(|m| m.id != id);
            match next.and_then(|m| {
                self.store
                    .with_value(|s| s.load_draft_raw(&m.id))
                    .ok()
                    .flatten()
            }) {
                Some((d, raw)) => {
                    let _ = self.store.with_value(|s| s.set_current(&d.id));
                    self.replace_draft(d, Some(raw));
                }
                None => {
                    let d = Draft::new(browser::new_id(), MaterialKind::Individual, now);
                    self.replace_draft(d, None);
                }
            }
        }
        self.bump_list();
    }

    /// Takes a draft out of the 回收站.
    pub fn restore_from_trash(&self, id: &str) {
        let _ = self.store.with_value(|s| s.restore_from_trash(id));
        self.bump_list();
    }

    /// Puts the open draft back to a snapshot; what was there is kept as a snapshot first.
    pub fn restore_snapshot(&self, key: &str) -> bool {
        self.flush();
        let Some(old) = self.store.with_value(|s| s.load_snapshot(key)) else {
            return false;
        };
        let now = browser::now_ms();
        let _ = self
            .draft
            .with_untracked(|d| self.store.with_value(|s| s.save_snapshot(d, now)));
        // The restored version is itself a snapshot: no other one is due now.
        self.last_snapshot.set_value(now);
        let id = self.draft.with_untracked(|d| d.id.clone());
        self.edit_from_outside(|d| {
            *d = old;
            d.id = id;
        });
        self.flush();
        self.bump_list();
        true
    }

    /// Conflict: take the version the other tab wrote.
    pub fn load_theirs(&self) {
        let id = self.draft.with_untracked(|d| d.id.clone());
        match self.store.with_value(|s| s.load_draft_raw(&id)) {
            Ok(Some((d, raw))) => self.replace_draft(d, Some(raw)),
            _ => {
                self.conflict.set(false);
                self.dirty.set_value(true);
                self.flush();
            }
        }
    }

    /// Conflict: keep this tab's version; the other tab's is kept as a snapshot.
    pub fn keep_mine(&self) {
        let id = self.draft.with_untracked(|d| d.id.clone());
        let now = browser::now_ms();
        if let Ok(Some((theirs, raw))) = self.store.with_value(|s| s.load_draft_raw(&id)) {
            let _ = self.store.with_value(|s| s.save_snapshot(&theirs, now));
            self.last_written.set_value(Some(raw));
        }
        self.conflict.set(false);
        self.conflict_snapshot.set_value(None);
        self.dirty.set_value(true);
        self.flush();
    }

    /// Downloads a backup file of these drafts and remembers the export.
    pub fn export(&self, drafts: Vec<Draft>) {
        self.flush();
        let now = browser::now_ms();
        let file = backup::encode_backup(&drafts, now);
        let stamp = browser::file_stamp(now);
        let name = match drafts.as_slice() {
            [one] => format!("{}-{stamp}.duizhao.json", one.display_name()),
            _ => format!("duizhao-{stamp}.duizhao.json"),
        };
        browser::download(&name, "application/json", &file);
        let mut meta = self.store.with_value(|s| s.meta());
        meta.last_export_ms = now;
        let _ = self.store.with_value(|s| s.set_meta(&meta));
        self.notice.set(Some((
            fill(self.t(S::Exported), &[("n", drafts.len().to_string())]),
            false,
        )));
        self.bump_list();
    }

    /// Exports every stored draft (and the open one).
    pub fn export_all(&self) {
        self.flush();
        let mut all = self.store.with_value(|s| s.all_drafts());
        let open = self.draft.get_untracked();
        if !all.iter().any(|d| d.id == open.id) {
            all.push(open);
        }
        self.export(all);
    }

    /// Whether the export reminder is due (tracked).
    pub fn export_due(&self) -> bool {
        let list = self.draft_list();
        let meta = self.store.with_value(|s| s.meta());
        let times: Vec<(f64, f64)> = list.iter().map(|m| (m.created_ms, m.updated_ms)).collect();
        backup::export_due(meta.last_export_ms, &times, browser::now_ms())
    }

    /// Whether a draft with this id is stored here.
    pub fn has_draft(&self, id: &str) -> bool {
        self.load(id).is_some()
    }

    /// Writes imported drafts: as new drafts (new ids), or over the same drafts here
    /// (each kept as a snapshot first). Returns how many were written.
    pub fn import(&self, drafts: Vec<Draft>, overwrite: bool) -> usize {
        self.flush();
        let now = browser::now_ms();
        let open = self.draft.with_untracked(|d| d.id.clone());
        let mut n = 0;
        for mut d in drafts {
            let exists = self.has_draft(&d.id);
            if exists && overwrite {
                if let Some(old) = self.load(&d.id) {
                    let _ = self.store.with_value(|s| s.save_snapshot(&old, now));
                }
                if d.id == open {
                    let raw = crate::storage::codec::encode_draft(&d, now);
                    if self.put(&d) {
                        self.replace_draft(d, Some(raw));
                        n += 1;
                    }
                    continue;
                }
            } else if exists {
                d.id = browser::new_id();
            }
            if self.put(&d) {
                n += 1;
            }
        }
        self.bump_list();
        n
    }

    /// The message for an import error, in the current language.
    pub fn import_error(&self, e: &ImportError) -> String {
        let s = |k: S, v: String| fill(self.t(k), &[("s", v.clone()), ("n", v)]);
        let text = match e {
            ImportError::TooLarge(b) => s(S::IeTooLarge, format!("{:.1}", *b as f64 / 1048576.0)),
            ImportError::NotJson(_) => s(S::IeNotJson, String::new()),
            ImportError::WrongFormat(f) => s(S::IeWrongFormat, f.clone()),
            ImportError::Newer(v) => s(S::IeNewer, v.to_string()),
            ImportError::MissingField(f) => s(S::IeMissing, f.clone()),
            ImportError::DuplicateId(id) => s(S::IeDuplicate, id.clone()),
            ImportError::Markup(id) => s(S::IeMarkup, id.clone()),
            ImportError::Invalid(m) => s(S::IeInvalid, m.clone()),
            ImportError::Empty => s(S::IeEmpty, String::new()),
        };
        format!("{text}{}", self.t(S::ImportNothingChanged))
    }
}
