//! Autosave: the timers and browser events around `storage::Session`, which holds
//! the rules. Any change to the open draft schedules a write (an effect watches the
//! whole store), so no caller has to remember to save.

use super::OpenDraft;
use crate::storage::session::{Saved, Session};
use crate::storage::{LocalStore, SaveError};
use crate::ui::browser;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

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

/// One timer serves a burst of edits: armed once, it fires when the write is due;
/// when the edits moved the due time on meanwhile, it waits again.
#[derive(Clone, Copy)]
pub struct WriteTimer(StoredValue<Option<TimeoutHandle>>);

impl WriteTimer {
    pub fn new() -> Self {
        WriteTimer(StoredValue::new(None))
    }

    /// A write is due in `wait` ms: arms the timer unless it is armed. When it fires,
    /// `due` says when the write is due then (None: already written), and `write`
    /// writes.
    pub fn arm(
        self,
        wait: f64,
        due: Arc<dyn Fn() -> Option<f64> + Send + Sync>,
        write: Arc<dyn Fn() + Send + Sync>,
    ) {
        if self.0.try_with_value(Option::is_none) != Some(true) {
            return;
        }
        let wait = Duration::from_millis(wait.max(0.0).ceil() as u64);
        let fire = move || {
            if self.0.is_disposed() {
                return;
            }
            self.0.set_value(None);
            match due().map(|d| d - browser::now_ms()) {
                Some(left) if left > 1.0 => self.arm(left, due.clone(), write.clone()),
                Some(_) => write(),
                None => {}
            }
        };
        self.0.set_value(set_timeout_with_handle(fire, wait).ok());
    }

    /// Stops the timer: the write is made now. False once the page that had the
    /// timer is gone (nothing to write then).
    pub fn stop(self) -> bool {
        if self.0.is_disposed() {
            return false;
        }
        if let Some(h) = self.0.get_value() {
            h.clear();
            self.0.set_value(None);
        }
        true
    }
}

/// Autosave of the open draft.
#[derive(Clone, Copy)]
pub struct Saver {
    draft: OpenDraft,
    pub state: RwSignal<SaveState>,
    /// Another tab changed the open draft: writes wait for the user's choice.
    pub conflict: RwSignal<bool>,
    /// Bumped after every save of an edit: the checks follow it, not every keystroke.
    pub revision: RwSignal<u64>,
    /// Bumped when the stored drafts change (new, delete, import, another tab …).
    pub drafts_version: RwSignal<u64>,
    store: StoredValue<LocalStore>,
    session: StoredValue<Session>,
    timer: WriteTimer,
    /// The last write's time, to show again when a due write had nothing to write.
    last_saved: StoredValue<Option<f64>>,
    /// The write of the record open on its page (`ui/records.rs`), made with the
    /// draft's: on `pagehide`, when the page is hidden, before any whole-draft
    /// operation reads storage.
    record: StoredValue<Option<Arc<dyn Fn() + Send + Sync>>>,
}

impl Saver {
    pub fn new(
        draft: OpenDraft,
        store: LocalStore,
        raw: Option<String>,
        unavailable: bool,
    ) -> Self {
        // A draft opened from storage shows when it was saved, not 尚未保存.
        let stored_at = raw
            .as_deref()
            .and_then(crate::storage::codec::saved_at)
            .filter(|t| *t > 0.0);
        let session = draft.with_untracked(|d| Session::opened(&store, d, raw));
        Saver {
            draft,
            state: RwSignal::new(match stored_at {
                _ if unavailable => SaveState::Unavailable,
                Some(t) => SaveState::Saved(t),
                None => SaveState::NotYet,
            }),
            conflict: RwSignal::new(false),
            revision: RwSignal::new(0),
            drafts_version: RwSignal::new(0),
            store: StoredValue::new(store),
            session: StoredValue::new(session),
            timer: WriteTimer::new(),
            last_saved: StoredValue::new(stored_at),
            record: StoredValue::new(None),
        }
    }

    /// The record page now open gives its write (None: it closed).
    pub fn hold_record(self, flush: Option<Arc<dyn Fn() + Send + Sync>>) {
        self.record.try_set_value(flush);
    }

    /// Writes the open record page's edits now, if any wait.
    pub fn flush_record(self) {
        if let Some(f) = self.record.try_get_value().flatten() {
            f();
        }
    }

    /// Runs `f` on the store.
    pub fn with_store<R>(&self, f: impl FnOnce(&LocalStore) -> R) -> R {
        self.store.with_value(f)
    }

    /// Watches the draft and the page: a write 400 ms after the last change (at most
    /// 2 s after the first), and at once on `pagehide` and when the page is hidden.
    pub fn install(self) {
        let draft = self.draft;
        Effect::new(move |prev: Option<()>| {
            draft.store.track();
            // The first run only subscribes: opening a draft is not an edit.
            if prev.is_some() {
                self.changed();
            }
        });
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let on_vis = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if browser::page_hidden() {
                self.flush();
            }
        });
        // Another tab wrote: never overwrite it silently.
        let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
            if self.state.is_disposed() {
                return;
            }
            let key = ev.key();
            if key
                .as_deref()
                .is_some_and(|k| k.starts_with(crate::storage::PREFIX))
            {
                self.drafts_version.update(|v| *v += 1);
            }
            let mine = crate::storage::draft_key(&draft.id_untracked());
            if key.as_deref() == Some(mine.as_str()) {
                let value = ev.new_value();
                if self
                    .session
                    .try_update_value(|s| s.storage_event(value.as_deref()))
                    .unwrap_or(false)
                {
                    self.conflict.set(true);
                    // This tab's unsaved edits go aside at once.
                    self.flush();
                }
            }
        });
        // The app lives as long as the page: keep the listeners.
        std::mem::forget((on_hide, on_vis, on_storage));
    }

    /// The draft changed: schedule a write.
    fn changed(self) {
        let now = browser::now_ms();
        let Some(due) = self.session.try_update_value(|s| s.edited(now)) else {
            return;
        };
        if !matches!(
            self.state.get_untracked(),
            SaveState::Unavailable | SaveState::Failed(_) | SaveState::Pending
        ) {
            self.state.set(SaveState::Pending);
        }
        self.timer.arm(
            due - now,
            Arc::new(move || self.session.try_with_value(|s| s.due()).flatten()),
            Arc::new(move || self.flush()),
        );
    }

    /// Runs a rule of the session on the open draft and the store. The draft is
    /// changed without notifying anyone (the session only stamps `updated_ms`).
    fn with_session<R>(
        self,
        f: impl FnOnce(&mut Session, &LocalStore, &mut crate::domain::Draft) -> R,
    ) -> Option<R> {
        self.draft
            .store
            .try_update_untracked(|d| {
                self.store
                    .with_value(|store| self.session.try_update_value(|s| f(s, store, d)))
            })
            .flatten()
    }

    /// Writes the draft, and the record open on its page, now if they changed since
    /// their last write.
    pub fn flush(self) {
        // A timer or listener may outlive an unmounted app (in tests).
        if !self.timer.stop() {
            return;
        }
        self.flush_record();
        if !self.session.with_value(|s| s.pending()) {
            return;
        }
        self.revision.update(|r| *r += 1);
        let now = browser::now_ms();
        browser::mark_start("duizhao-save");
        // Serialize, write and read back, as one User Timing entry.
        let outcome = self
            .with_session(|s, store, d| s.save(store, d, now))
            .unwrap_or(Saved::Unchanged);
        browser::mark_end("duizhao-save");
        self.show(outcome);
    }

    fn show(self, outcome: Saved) {
        match outcome {
            Saved::Written(t) => {
                self.last_saved.set_value(Some(t));
                self.state.set(SaveState::Saved(t));
            }
            Saved::Unchanged => {
                if self.state.get_untracked() == SaveState::Pending {
                    self.state.set(match self.last_saved.get_value() {
                        Some(t) => SaveState::Saved(t),
                        None => SaveState::NotYet,
                    });
                }
            }
            Saved::Conflict(_) => {
                self.conflict.set(true);
                if self.state.get_untracked() == SaveState::Pending {
                    self.state.set(SaveState::NotYet);
                }
            }
            Saved::Failed(SaveError::Unavailable) => self.state.set(SaveState::Unavailable),
            Saved::Failed(e) => self.state.set(SaveState::Failed(e)),
        }
    }

    /// Conflict: take the version the other tab wrote.
    pub fn load_theirs(self) {
        let id = self.draft.id_untracked();
        let loaded = self
            .store
            .with_value(|store| self.session.try_update_value(|s| s.load_theirs(store, &id)));
        self.conflict.set(false);
        if let Some(Ok(Some(d))) = loaded {
            self.draft.replace(d);
            // The header shows when the version now open was written.
            if let Some(t) = self.store.with_value(|store| store.draft_saved_ms(&id)) {
                self.last_saved.set_value(Some(t));
                self.state.set(SaveState::Saved(t));
            }
        }
        self.revision.update(|r| *r += 1);
    }

    /// Conflict: keep this tab's version; the other tab's is kept as a snapshot.
    pub fn keep_mine(self) {
        let now = browser::now_ms();
        let result = self.with_session(|s, store, d| s.keep_mine(store, d, now));
        self.conflict.set(false);
        match result {
            Some(Ok(t)) => self.show(Saved::Written(t)),
            Some(Err(e)) => self.show(Saved::Failed(e)),
            None => {}
        }
    }

    /// The open draft was replaced by `draft`, stored as `raw` (None: not stored).
    /// Call after [`OpenDraft::replace`].
    pub fn opened(self, raw: Option<String>) {
        let stored_at = raw
            .as_deref()
            .and_then(crate::storage::codec::saved_at)
            .filter(|t| *t > 0.0);
        let session = self.draft.with_untracked(|d| {
            self.store
                .with_value(|store| Session::opened(store, d, raw))
        });
        self.session.set_value(session);
        self.conflict.set(false);
        // The header shows when this draft was saved, not the one open before.
        self.last_saved.set_value(stored_at);
        // A failure (the last write of the draft left) stays said.
        if !matches!(
            self.state.get_untracked(),
            SaveState::Unavailable | SaveState::Failed(_)
        ) {
            self.state
                .set(stored_at.map_or(SaveState::NotYet, SaveState::Saved));
        }
        self.revision.update(|r| *r += 1);
    }

    /// The open draft was written from outside the session (a restore, an import over
    /// it): this is what is stored now.
    pub fn reloaded(self, raw: String, now: f64) {
        self.draft.with_untracked(|d| {
            self.session.update_value(|s| {
                s.reloaded(d, raw);
                s.snapshot_taken(now);
            })
        });
        self.last_saved.set_value(Some(now));
        self.state.set(SaveState::Saved(now));
        self.revision.update(|r| *r += 1);
    }

    /// Marks the open draft as edited (a new draft is written at once).
    pub fn touch(self) {
        let now = browser::now_ms();
        self.session.update_value(|s| {
            s.edited(now);
        });
    }
}
