//! The app's state: the open draft, the step, the language and the save state,
//! with autosave.

use super::browser;
use crate::domain::checks::Section;
use crate::domain::{Checklist, Draft, MaterialKind};
use crate::storage::{LocalStore, SaveError, StoreError};
use crate::strings::{Lang, S};
use leptos::prelude::*;
use std::time::Duration;

/// How long after the last keystroke the draft is written.
pub const AUTOSAVE_DELAY: f64 = 400.0;
/// While typing goes on without a pause, a write at least this often.
pub const AUTOSAVE_MAX_WAIT: f64 = 2000.0;
/// A snapshot of a changing draft at most this often.
pub const SNAPSHOT_EVERY_MS: f64 = 5.0 * 60.0 * 1000.0;

/// The pages of the app. `Tasks` is the home of a draft; the others are numbered steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The drafts list (我的稿件), with backups and the 回收站.
    Home,
    /// The history (snapshots) of the open draft.
    History,
    Tasks,
    Profile,
    Intro,
    LastYear,
    /// 存在的问题 under the aspect with this index in the checklist.
    Aspect(usize),
    Explanations,
    Causes,
    Measures,
    Closing,
    Check,
    Preview,
}

impl Step {
    /// The numbered steps of a draft of this kind, in order.
    pub fn all(kind: MaterialKind, checklist: &Checklist) -> Vec<Step> {
        let mut v: Vec<Step> = Section::all(kind, checklist)
            .iter()
            .map(|s| Step::of_section(s, checklist))
            .collect();
        v.extend([Step::Check, Step::Preview]);
        v
    }

    /// The section a step edits, if it edits one.
    pub fn section(self, checklist: &Checklist) -> Option<Section> {
        Some(match self {
            Step::Profile => Section::Profile,
            Step::Intro => Section::Intro,
            Step::LastYear => Section::LastYear,
            Step::Aspect(i) => Section::Aspect(checklist.aspects.get(i)?.id.clone()),
            Step::Explanations => Section::Explanations,
            Step::Causes => Section::Causes,
            Step::Measures => Section::Measures,
            Step::Closing => Section::Closing,
            Step::Home | Step::History | Step::Tasks | Step::Check | Step::Preview => return None,
        })
    }

    /// The step that edits a section.
    pub fn of_section(section: &Section, checklist: &Checklist) -> Step {
        match section {
            Section::Profile => Step::Profile,
            Section::Intro => Step::Intro,
            Section::LastYear => Step::LastYear,
            Section::Aspect(id) => Step::Aspect(
                checklist
                    .aspects
                    .iter()
                    .position(|a| &a.id == id)
                    .unwrap_or(0),
            ),
            Section::Explanations => Step::Explanations,
            Section::Causes => Step::Causes,
            Section::Measures => Step::Measures,
            Section::Closing => Step::Closing,
        }
    }
}

/// Where the last save stands.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    NotYet,
    Pending,
    Saved(f64),
    Failed(SaveError),
    Unavailable,
}

impl SaveState {
    /// A short code for `data-save`, read by tests.
    pub fn code(&self) -> &'static str {
        match self {
            SaveState::NotYet => "none",
            SaveState::Pending => "pending",
            SaveState::Saved(_) => "saved",
            SaveState::Failed(_) => "failed",
            SaveState::Unavailable => "unavailable",
        }
    }
}

/// Shared state, provided as context.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub draft: RwSignal<Draft>,
    /// The kind and year of the draft, apart, so that typing does not rebuild the steps.
    pub kind: Memo<MaterialKind>,
    pub year: Memo<u32>,
    /// Bumped after every write: the checks and statuses follow it, not every keystroke.
    pub revision: RwSignal<u64>,
    /// Bumped when the draft's texts change other than by typing in their own fields
    /// (another draft opened, a version restored, a button that fills a field). Fields
    /// re-read the draft on it, so a keystroke does not make every field recompute.
    pub external: RwSignal<u64>,
    pub step: RwSignal<Step>,
    pub lang: RwSignal<Lang>,
    pub save: RwSignal<SaveState>,
    /// Stored data that could not be read: (key, raw value), offered as a download.
    pub unreadable: RwSignal<Option<(String, String)>>,
    /// Set when another tab changed the open draft: autosave waits for the user.
    pub conflict: RwSignal<bool>,
    /// Bumped when the list of drafts changes (new, delete, import …).
    pub drafts_version: RwSignal<u64>,
    /// A message about the last backup import or export, and whether it is an error.
    pub notice: RwSignal<Option<(String, bool)>>,
    /// The last deleted problem, for undo.
    pub undo: RwSignal<Option<crate::domain::Removed>>,
    /// Set when the user came to a step from the check page: show "back to check".
    pub from_check: RwSignal<bool>,
    /// The element to focus after the next step change instead of the heading.
    pub focus_target: RwSignal<Option<String>>,
    pub(super) store: StoredValue<LocalStore>,
    /// The record this tab wrote (or loaded) last, to notice writes by another tab.
    pub(super) last_written: StoredValue<Option<String>>,
    /// When the open draft's newest snapshot was taken.
    pub(super) last_snapshot: StoredValue<f64>,
    pub(super) dirty: StoredValue<bool>,
    /// The snapshot this tab's edits go to while another tab's version is stored.
    pub(super) conflict_snapshot: StoredValue<Option<String>>,
    /// When the oldest unsaved edit was made (ms since the epoch).
    pending_since: StoredValue<Option<f64>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// When the pending write is due (ms since the epoch).
    due: StoredValue<f64>,
    focus_heading: RwSignal<u32>,
}

impl Ctx {
    /// Opens storage and restores the draft opened last, or starts a new one.
    pub fn restore() -> Ctx {
        let store = LocalStore::open();
        let mut unreadable = None;
        let mut save = SaveState::NotYet;
        let mut last_written = None;
        store.purge_trash(browser::now_ms());
        let current = store.current_id();
        let loaded = match &current {
            Some(id) => store.load_draft_raw(id),
            None if store.is_available() => Ok(None),
            None => Err(StoreError::Unavailable),
        };
        let draft = match loaded {
            Ok(Some((d, raw))) => {
                last_written = Some(raw);
                d
            }
            Ok(None) => Draft::new(
                browser::new_id(),
                MaterialKind::Individual,
                browser::now_ms(),
            ),
            Err(StoreError::Unavailable) => {
                save = SaveState::Unavailable;
                Draft::new(
                    browser::new_id(),
                    MaterialKind::Individual,
                    browser::now_ms(),
                )
            }
            Err(StoreError::Unreadable { key, raw, .. }) => {
                unreadable = Some((key, raw));
                // A new id, so the unreadable record is never overwritten.
                Draft::new(
                    browser::new_id(),
                    MaterialKind::Individual,
                    browser::now_ms(),
                )
            }
        };
        let last_snapshot = store.last_snapshot_ms(&draft.id).unwrap_or(0.0);
        let several = store.draft_count() > 1;
        // A first visit starts writing at once; a stored draft opens on its task list.
        let fresh = last_written.is_none();
        let draft = RwSignal::new(draft);
        Ctx {
            draft,
            kind: Memo::new(move |_| draft.with(|d| d.kind)),
            year: Memo::new(move |_| draft.with(|d| d.profile.year)),
            revision: RwSignal::new(0),
            external: RwSignal::new(0),
            // Several drafts: start on the list.
            step: RwSignal::new(if several {
                Step::Home
            } else if fresh {
                Step::Profile
            } else {
                Step::Tasks
            }),
            lang: RwSignal::new(Lang::Zh),
            save: RwSignal::new(save),
            unreadable: RwSignal::new(unreadable),
            conflict: RwSignal::new(false),
            drafts_version: RwSignal::new(0),
            notice: RwSignal::new(None),
            undo: RwSignal::new(None),
            from_check: RwSignal::new(false),
            focus_target: RwSignal::new(None),
            store: StoredValue::new(store),
            last_written: StoredValue::new(last_written),
            last_snapshot: StoredValue::new(last_snapshot),
            dirty: StoredValue::new(false),
            conflict_snapshot: StoredValue::new(None),
            pending_since: StoredValue::new(None),
            timer: StoredValue::new(None),
            due: StoredValue::new(0.0),
            focus_heading: RwSignal::new(0),
        }
    }

    /// The checklist of the open draft's year (tracked).
    pub fn checklist(&self) -> &'static Checklist {
        Checklist::for_year(self.year.get())
    }

    /// The numbered steps of the open draft (tracked).
    pub fn steps(&self) -> Vec<Step> {
        Step::all(self.kind.get(), self.checklist())
    }

    /// (n, total) of a step among the numbered steps; (0, total) for the task list.
    pub fn position(&self, step: Step) -> (usize, usize) {
        let steps = self.steps();
        let n = steps.iter().position(|s| *s == step).map_or(0, |i| i + 1);
        (n, steps.len())
    }

    /// The step after / before this one.
    pub fn neighbour(&self, step: Step, delta: i32) -> Option<Step> {
        let steps = self.steps();
        match steps.iter().position(|s| *s == step) {
            Some(i) => {
                let j = i as i64 + i64::from(delta);
                (j >= 0).then(|| steps.get(j as usize).copied()).flatten()
            }
            None if delta > 0 => steps.first().copied(),
            None => None,
        }
    }

    /// Goes to a step and then focuses the element with this id.
    pub fn go_to_field(&self, step: Step, id: String) {
        self.focus_target.set(Some(id));
        self.go(step);
    }

    /// A table string in the current language (tracked).
    pub fn t(&self, s: S) -> &'static str {
        s.get(self.lang.get())
    }

    /// Changes the draft from outside its fields (a button, a restore): fields re-read it.
    pub fn edit_from_outside(&self, f: impl FnOnce(&mut Draft)) {
        self.edit(f);
        self.external.update(|n| *n += 1);
    }

    /// Changes the draft and schedules a save.
    pub fn edit(&self, f: impl FnOnce(&mut Draft)) {
        self.draft.update(|d| {
            f(d);
            d.updated_ms = browser::now_ms();
        });
        self.dirty.set_value(true);
        // Only a change of state notifies (not every keystroke).
        if !matches!(
            self.save.get_untracked(),
            SaveState::Unavailable | SaveState::Failed(_) | SaveState::Pending
        ) {
            self.save.set(SaveState::Pending);
        }
        self.schedule();
    }

    /// Debounced write: 400 ms after the last edit, but never more than 2 s after
    /// the oldest unsaved one, so long typing without a pause is saved too. One timer
    /// serves a whole burst of typing: it is re-armed when it fires early, not reset
    /// on every keystroke.
    fn schedule(&self) {
        let now = browser::now_ms();
        let since = self.pending_since.get_value().unwrap_or(now);
        self.pending_since.set_value(Some(since));
        let due = (now + AUTOSAVE_DELAY).min(since + AUTOSAVE_MAX_WAIT);
        self.due.set_value(due);
        if self.timer.get_value().is_none() {
            self.arm(due - now);
        }
    }

    fn arm(&self, wait: f64) {
        let ctx = *self;
        let wait = Duration::from_millis(wait.max(0.0).ceil() as u64);
        let handle = set_timeout_with_handle(move || ctx.on_timer(), wait).ok();
        self.timer.set_value(handle);
    }

    fn on_timer(&self) {
        if self.draft.is_disposed() {
            return;
        }
        self.timer.set_value(None);
        let left = self.due.get_value() - browser::now_ms();
        if left > 1.0 {
            self.arm(left);
        } else {
            self.flush();
        }
    }

    /// Writes the draft now if it changed since the last write.
    pub fn flush(&self) {
        // A timer or listener may outlive an unmounted app (in tests).
        if self.draft.is_disposed() {
            return;
        }
        if let Some(h) = self.timer.get_value() {
            h.clear();
            self.timer.set_value(None);
        }
        if !self.dirty.get_value() {
            return;
        }
        self.pending_since.set_value(None);
        self.revision.update(|r| *r += 1);
        if self.conflict.get_untracked() || self.noticed_other_write() {
            self.keep_aside();
            return;
        }
        let now = browser::now_ms();
        browser::mark_start("duizhao-save");
        let result = self
            .draft
            .with_untracked(|d| self.store.with_value(|s| s.save_draft(d, now)));
        // Serialize, write and read back, as one User Timing entry.
        browser::mark_end("duizhao-save");
        match result {
            Ok(raw) => {
                self.last_written.set_value(Some(raw));
                self.dirty.set_value(false);
                self.save.set(SaveState::Saved(now));
                self.snapshot_if_due(now);
            }
            Err(SaveError::Unavailable) => self.save.set(SaveState::Unavailable),
            Err(e) => self.save.set(SaveState::Failed(e)),
        }
    }

    /// Whether another tab wrote this draft since this tab last wrote or loaded it.
    /// If so, the conflict is raised and this tab's edits are kept as a snapshot.
    pub(super) fn noticed_other_write(&self) -> bool {
        let id = self.draft.with_untracked(|d| d.id.clone());
        let stored = self
            .store
            .with_value(|s| s.read_raw(&crate::storage::draft_key(&id)));
        let mine = self.last_written.get_value();
        let other = match (&stored, &mine) {
            (Some(s), Some(m)) => s != m,
            (Some(_), None) => true,
            (None, _) => false,
        };
        if other {
            self.raise_conflict();
        }
        other
    }

    /// Another tab changed the open draft: keep this tab's unsaved edits as a
    /// snapshot and let the user choose.
    pub(super) fn raise_conflict(&self) {
        if self.conflict.get_untracked() {
            return;
        }
        self.conflict.set(true);
        self.keep_aside();
    }

    /// While in conflict, this tab's edits go to one snapshot of their own, never
    /// over the draft the other tab wrote.
    fn keep_aside(&self) {
        if !self.dirty.get_value() {
            return;
        }
        let now = browser::now_ms();
        let key = self.conflict_snapshot.get_value().unwrap_or_else(|| {
            let id = self.draft.with_untracked(|d| d.id.clone());
            crate::storage::snapshot_key(&id, now)
        });
        let raw = self
            .draft
            .with_untracked(|d| crate::storage::codec::encode_draft(d, now));
        if self
            .store
            .with_value(|s| s.write_making_room(&key, &raw))
            .is_ok()
        {
            self.conflict_snapshot.set_value(Some(key));
            self.dirty.set_value(false);
        }
    }

    /// A snapshot at most every 5 minutes while the draft changes.
    fn snapshot_if_due(&self, now: f64) {
        if now - self.last_snapshot.get_value() < SNAPSHOT_EVERY_MS {
            return;
        }
        let ok = self
            .draft
            .with_untracked(|d| self.store.with_value(|s| s.save_snapshot(d, now)))
            .is_ok();
        if ok {
            self.last_snapshot.set_value(now);
        }
    }

    /// Moves to a step; the step's heading takes focus.
    pub fn go(&self, step: Step) {
        self.flush();
        if step == Step::Check || step == Step::Tasks {
            self.from_check.set(false);
        }
        self.step.set(step);
        self.focus_heading.update(|n| *n += 1);
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Increments on every step change; step headings focus themselves on it.
    pub fn focus_ticket(&self) -> RwSignal<u32> {
        self.focus_heading
    }
}

/// Saves on `pagehide` and when the page is hidden, so closing the tab loses nothing.
pub fn install_autosave(ctx: Ctx) {
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| ctx.flush());
    let on_vis = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if browser::page_hidden() {
            ctx.flush();
        }
    });
    // Another tab wrote the open draft: never overwrite it silently.
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ctx.draft.is_disposed() {
            return;
        }
        let id = ctx.draft.with_untracked(|d| d.id.clone());
        if ev.key().as_deref() != Some(crate::storage::draft_key(&id).as_str()) {
            if ev
                .key()
                .is_some_and(|k| k.starts_with(crate::storage::PREFIX))
            {
                ctx.drafts_version.update(|v| *v += 1);
            }
            return;
        }
        if ev.new_value() != ctx.last_written.get_value() && ev.new_value().is_some() {
            ctx.raise_conflict();
        }
    });
    // The app lives as long as the page: keep the listeners.
    std::mem::forget((on_hide, on_vis, on_storage));
}
