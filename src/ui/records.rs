//! The state of a page that edits a record kept beside the open draft (the ledger,
//! the opinions, the talks, the criticism): the record as the page shows it, what is
//! stored as the page last read or wrote it (compare-before-write: another tab's
//! version is never overwritten, it is loaded and the user is told), and whether it
//! could not be read (then it is kept as it is, never started afresh over it).

use super::drafts::Drafts;
use super::fill;
use super::state::Language;
use crate::domain::{Draft, MaterialKind};
use crate::storage::beside::Beside;
use crate::storage::StoreError;
use crate::strings::S;
use duizhao_core::usecase::records::{changed_counts, follow, put_counts, Counts};
use leptos::prelude::*;

/// The containers of a record page's fields (the ledger's and the others').
const FIELDS: &str = ".record-items, .ledger-entries";

pub struct Record<T: Send + Sync + 'static> {
    pub value: RwSignal<Option<T>>,
    seen: StoredValue<Option<String>>,
    pub unreadable: RwSignal<bool>,
    /// Counts every change, drawn again or not: summaries and per-item hints follow
    /// it while typing leaves the fields alone.
    pub rev: RwSignal<u32>,
    ops: Drafts,
    /// Brings a stored record up to the draft as it now stands (true if it changed).
    prepare: fn(&mut T, &Draft) -> bool,
    /// The record as it was before the last deletion, and `rev` right after it: the
    /// deletion can be undone while nothing else has changed.
    before: StoredValue<Option<T>>,
    deleted: RwSignal<Option<u32>>,
}

impl<T: Send + Sync + 'static> Clone for Record<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Record<T> {}

impl<T: Beside + Send + Sync> Record<T> {
    /// The open draft's record, loaded.
    pub fn open(prepare: fn(&mut T, &Draft) -> bool) -> Self {
        let r = Record {
            value: RwSignal::new(None),
            seen: StoredValue::new(None),
            unreadable: RwSignal::new(false),
            rev: RwSignal::new(0),
            ops: Drafts::get(),
            prepare,
            before: StoredValue::new(None),
            deleted: RwSignal::new(None),
        };
        r.load();
        r
    }

    /// Reads the record again from storage.
    pub fn load(&self) {
        // What is loaded may be another tab's: an undo would write over it.
        self.deleted.set(None);
        let ops = self.ops;
        ops.saver.flush();
        let id = ops.draft.id_untracked();
        self.seen
            .set_value(ops.saver.with_store(|s| s.record_raw::<T>(&id)));
        match ops.saver.with_store(|s| s.record::<T>(&id)) {
            Ok(Some(mut r)) => {
                if ops.draft.with_untracked(|d| (self.prepare)(&mut r, d)) {
                    self.persist(&r);
                }
                self.value.set(Some(r));
            }
            Ok(None) => self.value.set(None),
            Err(e) => {
                self.value.set(None);
                self.unreadable.set(true);
                if let StoreError::Unreadable { key, raw, .. } = e {
                    ops.notices.unreadable.set(Some((key, raw)));
                }
                ops.notices
                    .error(ops.lang.t(S::RecordUnreadable).to_string());
            }
        }
    }

    /// Writes the record over what the page saw; says any failure. False when another
    /// tab wrote first (nothing written).
    fn persist(&self, r: &T) -> bool {
        let saw = self.seen.get_value();
        let ops = self.ops;
        match ops
            .saver
            .with_store(|s| s.save_record_over(r, saw.as_deref(), super::browser::now_ms()))
        {
            Ok(Some(raw)) => {
                self.seen.set_value(Some(raw));
                true
            }
            Ok(None) => false,
            Err(e) => {
                ops.record_failed(&e);
                true
            }
        }
    }

    /// Starts the record (when the draft has none yet).
    pub fn start(&self, r: T) {
        if self.persist(&r) {
            self.value.set(Some(r));
        } else {
            self.load();
            super::browser::reset_fields_soon(FIELDS);
        }
        self.rev.update(|n| *n += 1);
    }

    /// Reads the record as it now is, following every change (typing included).
    pub fn read<R>(&self, f: impl FnOnce(&T, &Draft) -> R) -> Option<R> {
        self.rev.track();
        self.value.track();
        let d = self.ops.draft;
        self.value
            .with_untracked(|v| v.as_ref().map(|v| d.with_untracked(|d| f(v, d))))
    }

    /// Changes the record and saves it at once. Typing and choices keep the page as
    /// it is on screen (`redraw` false: its hints follow `rev`); an addition or a
    /// removal draws it again.
    /// When another tab changed the record first, its version is shown and the user
    /// is told. Returns whether the change was written.
    pub fn change(&self, f: impl FnOnce(&mut T), redraw: bool) -> bool {
        let Some(mut r) = self.value.get_untracked() else {
            return false;
        };
        f(&mut r);
        if !self.persist(&r) {
            self.load();
            // The fields show the version loaded, not what was typed over it.
            super::browser::reset_fields_soon(FIELDS);
            let ops = self.ops;
            ops.notices
                .error(ops.lang.t(S::RecordChangedElsewhere).to_string());
            return false;
        }
        if redraw {
            self.value.set(Some(r));
        } else {
            self.value.update_untracked(|x| *x = Some(r));
        }
        self.rev.update(|n| *n += 1);
        true
    }
}

impl<T: Beside + Clone + Send + Sync> Record<T> {
    /// Deletes through `apply` (the page's own change, which saves) and, when that
    /// went through, offers the undo, whose button takes focus.
    pub fn delete(&self, apply: impl FnOnce()) {
        let before = self.value.get_untracked();
        let rev = self.rev.get_untracked();
        apply();
        let now = self.rev.get_untracked();
        if now != rev {
            self.before.set_value(before);
            self.deleted.set(Some(now));
            super::browser::focus_soon("record-undo".into());
        }
    }

    /// "已删除一条记录。撤销", while the last deletion can be undone: `restore` gets
    /// the record as it was before it (the page saves it as any change).
    pub fn undo_view(self, restore: impl Fn(T) + Copy + Send + Sync + 'static) -> impl IntoView {
        move || {
            let open = self.deleted.get().is_some_and(|r| r == self.rev.get());
            open.then(|| {
                view! {
                    <div class="undo" role="status">
                        <span>{super::tr(S::RecordItemDeleted)}</span>
                        <button type="button" id="record-undo" on:click=move |_| {
                            self.deleted.set(None);
                            if let Some(before) = self.before.get_value() {
                                restore(before);
                            }
                        }>{super::tr(S::Undo)}</button>
                    </div>
                }
            })
        }
    }
}

/// The parts of an element id `<prefix>-<item>-<part>` (items ids have no `-`).
pub fn id_parts<'a>(id: &'a str, prefix: &str) -> Option<(&'a str, &'a str)> {
    id.strip_prefix(prefix)?.strip_prefix('-')?.split_once('-')
}

/// A select of the draft's problems (and, with `measures`, its measures) that answer
/// a record's item, with “none” first; `chosen` is the id chosen.
pub fn answer_select(
    id: String,
    d: &Draft,
    chosen: &str,
    measures: bool,
    lang: Language,
) -> impl IntoView {
    let mut options = vec![(String::new(), lang.t(S::LinkNone).to_string())];
    let label = |s: S, i: usize, summary: &str| {
        let short: String = summary.chars().take(24).collect();
        let more = if summary.chars().count() > 24 {
            "…"
        } else {
            ""
        };
        format!(
            "{}{short}{more}",
            fill(lang.t(s), &[("n", (i + 1).to_string())])
        )
    };
    for (i, p) in d.problems.iter().enumerate() {
        options.push((p.id.clone(), label(S::LinkProblem, i, &p.summary)));
    }
    if measures {
        for (i, m) in d.measures.iter().enumerate() {
            options.push((m.id.clone(), label(S::LinkMeasure, i, &m.summary)));
        }
    }
    let chosen = chosen.to_string();
    view! {
        <select id=id>
            {options.into_iter().map(|(v, text)| {
                let on = v == chosen;
                view! { <option value=v selected=on>{text}</option> }
            }).collect_view()}
        </select>
    }
}

/// Puts the 导语's counts the records give into the open draft where they differ
/// (`usecase::records::put_counts`).
pub fn set_intro(ops: Drafts, counts: Counts) {
    // Read first: a record page calls this on every keystroke while it counts.
    let changes = ops
        .draft
        .with_untracked(|d| changed_counts(&d.intro, d.kind, counts).is_some());
    if changes {
        ops.draft.edit(|d| {
            put_counts(&mut d.intro, d.kind, counts);
        });
    }
}

/// A record page's change that keeps one 导语 count in step (`records::follow`: the
/// count the record gives, and 0 once its last item is deleted).
pub fn change_counted<T: Beside + Send + Sync>(
    rec: Record<T>,
    count: fn(&T, MaterialKind) -> u32,
    put: fn(Drafts, u32),
    f: &dyn Fn(&mut T),
    redraw: bool,
) {
    let ops = Drafts::get();
    let kind = ops.draft.with_untracked(|d| d.kind);
    let counted = |r: &Option<T>| r.as_ref().map_or(0, |r| count(r, kind));
    let before = rec.value.with_untracked(counted);
    rec.change(f, redraw);
    let after = rec.value.with_untracked(counted);
    if let Some(n) = follow(before, after) {
        put(ops, n);
    }
}

/// The open draft's opinions and talks as stored (unreadable ones left alone), with
/// the 导语's counts brought up to them. Returns whether each gives its count.
pub fn sync_intro(ops: Drafts) -> (bool, bool) {
    let (id, kind) = ops.draft.with_untracked(|d| (d.id.clone(), d.kind));
    let counts = ops.desk(|k| k.counts(&id, kind));
    set_intro(ops, counts);
    (counts.opinions.is_some(), counts.talks.is_some())
}
