//! The app's state, in small contexts with one job each:
//! - [`OpenDraft`]: the open draft as a reactive store, read and changed field by field;
//! - [`Saver`]: autosave, save state and two-tab conflicts (the rules are in
//!   `storage::session`; this is their timers and listeners);
//! - [`Nav`]: the step on screen, focus after a step change;
//! - [`Notices`]: messages, the undo of a deleted item, unreadable stored data;
//! - [`Language`]: the UI language.
//!
//! Whole-draft operations (open, new, delete, import …) are in `ui/drafts.rs`.

mod draft;
mod nav;
mod save;

pub use draft::{bind, Binding, DraftText, OpenDraft};
pub use nav::{Nav, Step};
pub use save::{SaveState, Saver, WriteTimer};

use crate::domain::Deleted;
use crate::storage::SaveError;
use crate::strings::{Lang, S};
use duizhao_core::usecase::start::{FirstScreen, Started};
use duizhao_core::usecase::Desk;
use leptos::prelude::*;

/// The UI language.
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Lang>);

impl Language {
    /// The language (tracked).
    pub fn get(self) -> Lang {
        self.0.get()
    }

    /// A table string in the current language (tracked).
    pub fn t(self, s: S) -> &'static str {
        s.get(self.0.get())
    }

    /// One of a pair of data texts, in the current language (tracked).
    pub fn pick(self, zh: &str, en: &str) -> String {
        self.0.get().pick(zh, en).to_string()
    }
}

/// Messages the user must see.
#[derive(Clone, Copy)]
pub struct Notices {
    /// A message about the last operation (import, export, restore …), and whether
    /// it is an error.
    pub notice: RwSignal<Option<(String, bool)>>,
    /// The last item deleted from one of the draft's lists, for undo.
    pub undo: RwSignal<Option<Deleted>>,
    /// Stored data that could not be read: (key, raw value), offered as a download.
    pub unreadable: RwSignal<Option<(String, String)>>,
}

impl Notices {
    /// Says something went well.
    pub fn info(self, text: String) {
        self.notice.set(Some((text, false)));
    }

    /// Says something failed.
    pub fn error(self, text: String) {
        self.notice.set(Some((text, true)));
    }
}

/// Restores the draft opened last (or starts one) and provides every context.
pub fn provide_all(now_ms: f64, new_id: impl Fn() -> String) -> Nav {
    let store = crate::storage::open();
    // A first draft is for the meeting year the calendar is preparing.
    let year = crate::ui::browser::meeting_year();
    let started = Desk {
        store: &store,
        custom: &[],
        now: now_ms,
        new_id: &new_id,
    }
    .start(year);
    let Started {
        draft,
        raw,
        own,
        first,
        unavailable,
        unreadable,
        trash_unreadable,
        purge_failed,
        english,
    } = started;
    let first = match first {
        FirstScreen::Drafts => Step::Home,
        FirstScreen::Profile => Step::Profile,
        FirstScreen::Tasks => Step::Tasks,
    };
    // The language the user chose last time.
    let lang = Language(RwSignal::new(if english { Lang::En } else { Lang::Zh }));
    let notices = Notices {
        notice: RwSignal::new(None),
        undo: RwSignal::new(None),
        unreadable: RwSignal::new(unreadable),
    };
    let open = OpenDraft::new(draft);
    open.custom.set(own);
    let said = |k: S| k.get(lang.0.get_untracked());
    if trash_unreadable {
        notices.error(said(S::TrashUnreadable).to_string());
    }
    // Old deletions are kept longer; blocked storage is said by the save state.
    if let Some(e) = purge_failed {
        notices.error(format!(
            "{}{}",
            said(S::PurgeFailed),
            said(match e {
                SaveError::Quota => S::ReasonQuota,
                _ => S::ReasonOther,
            })
        ));
    }
    let saver = Saver::new(open, store, raw, unavailable);
    let nav = Nav::new(open, saver, first);
    provide_context(lang);
    provide_context(notices);
    provide_context(open);
    provide_context(saver);
    provide_context(nav);
    provide_context(crate::ui::checklists::Editing(RwSignal::new(None)));
    nav
}
