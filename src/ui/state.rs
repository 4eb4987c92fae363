//! The app's state: the open draft, the step, the language and the save state,
//! with autosave.

use super::browser;
use crate::domain::{Draft, MaterialKind};
use crate::storage::{LocalStore, SaveError, StoreError};
use crate::strings::{Lang, S};
use leptos::prelude::*;
use std::time::Duration;

/// How long after the last keystroke the draft is written.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(400);

/// The steps of the material, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Profile,
    Preview,
}

impl Step {
    pub const ALL: &'static [Step] = &[Step::Profile, Step::Preview];

    pub fn label(self) -> S {
        match self {
            Step::Profile => S::StepProfile,
            Step::Preview => S::StepPreview,
        }
    }

    fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// (n, total), counting from 1.
    pub fn position(self) -> (usize, usize) {
        (self.index() + 1, Step::ALL.len())
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn prev(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
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
    pub step: RwSignal<Step>,
    pub lang: RwSignal<Lang>,
    pub save: RwSignal<SaveState>,
    /// Stored data that could not be read: (key, raw value), offered as a download.
    pub unreadable: RwSignal<Option<(String, String)>>,
    store: StoredValue<LocalStore>,
    dirty: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    focus_heading: RwSignal<u32>,
}

impl Ctx {
    /// Opens storage and restores the draft opened last, or starts a new one.
    pub fn restore() -> Ctx {
        let store = LocalStore::open();
        let mut unreadable = None;
        let mut save = SaveState::NotYet;
        let draft = match store.load_current() {
            Ok(Some(d)) => d,
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
        Ctx {
            draft: RwSignal::new(draft),
            step: RwSignal::new(Step::Profile),
            lang: RwSignal::new(Lang::Zh),
            save: RwSignal::new(save),
            unreadable: RwSignal::new(unreadable),
            store: StoredValue::new(store),
            dirty: StoredValue::new(false),
            timer: StoredValue::new(None),
            focus_heading: RwSignal::new(0),
        }
    }

    /// A table string in the current language (tracked).
    pub fn t(&self, s: S) -> &'static str {
        s.get(self.lang.get())
    }

    /// Changes the draft and schedules a save.
    pub fn edit(&self, f: impl FnOnce(&mut Draft)) {
        self.draft.update(|d| {
            f(d);
            d.updated_ms = browser::now_ms();
        });
        self.dirty.set_value(true);
        if !matches!(
            self.save.get_untracked(),
            SaveState::Unavailable | SaveState::Failed(_)
        ) {
            self.save.set(SaveState::Pending);
        }
        self.schedule();
    }

    fn schedule(&self) {
        if let Some(h) = self.timer.get_value() {
            h.clear();
        }
        let ctx = *self;
        let handle = set_timeout_with_handle(move || ctx.flush(), AUTOSAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    /// Writes the draft now if it changed since the last write.
    pub fn flush(&self) {
        if let Some(h) = self.timer.get_value() {
            h.clear();
            self.timer.set_value(None);
        }
        if !self.dirty.get_value() {
            return;
        }
        let now = browser::now_ms();
        let result = self
            .draft
            .with_untracked(|d| self.store.with_value(|s| s.save_draft(d, now)));
        match result {
            Ok(_) => {
                self.dirty.set_value(false);
                self.save.set(SaveState::Saved(now));
            }
            Err(SaveError::Unavailable) => self.save.set(SaveState::Unavailable),
            Err(e) => self.save.set(SaveState::Failed(e)),
        }
    }

    /// Moves to a step; the step's heading takes focus.
    pub fn go(&self, step: Step) {
        self.flush();
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
    // The app lives as long as the page: keep the listeners.
    std::mem::forget((on_hide, on_vis));
}
