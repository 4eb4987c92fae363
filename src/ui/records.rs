//! A record kept beside the open draft (the ledger, the opinions, the talks, the
//! criticism) open on its page, on the draft's model: the record is one reactive
//! value whose fields are bound one by one ([`Record::bind`], the draft's
//! [`Binding`] over `domain::fields`), so a field on screen follows its own value
//! whoever changed it (typing, an undo, another tab's version loaded). Edits are
//! written as the draft's are: debounced, at once for an addition or a removal, on
//! `pagehide` and when the page closes, over the version the page saw only
//! (`storage::record_session`). A record that cannot be read is kept as it is,
//! never started afresh over it.
//!
//! Also here: the fields of a record's item, and the one skeleton of the 征求意见,
//! 谈心谈话 and 批评与自我批评 pages.

use super::drafts::Drafts;
use super::fields::{follow, heading_text, NoticeLine, StepHeading};
use super::state::{Binding, Language, WriteTimer};
use super::{fill, tr};
use crate::domain::fields::{RecordFields, RecordPart};
use crate::domain::{Draft, FieldId, MaterialKind};
use crate::storage::beside::Beside;
use crate::storage::record_session::{RecordSaved, RecordSession};
use crate::storage::StoreError;
use crate::strings::S;
use duizhao_core::usecase::records::{changed_counts, follow as follow_count, put_counts, Counts};
use leptos::prelude::*;
use std::sync::Arc;

/// The 导语 count a record gives (the opinions', the talks'), and where it goes.
type Counted<T> = (fn(&T, MaterialKind) -> u32, fn(u32) -> Counts);

pub struct Record<T: Send + Sync + 'static> {
    pub value: RwSignal<Option<T>>,
    pub unreadable: RwSignal<bool>,
    writes: Writes,
    ops: Drafts,
    /// Brings a stored record up to the draft as it now stands (true if it changed).
    prepare: fn(&mut T, &Draft) -> bool,
    counted: Option<Counted<T>>,
    /// The record as it was before the last deletion, and `rev` right after it.
    before: StoredValue<Option<T>>,
    deleted: RwSignal<Option<u32>>,
}

impl<T: Send + Sync + 'static> Clone for Record<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Record<T> {}

impl<T: Beside + RecordFields + Send + Sync> Record<T> {
    /// The open draft's record, loaded, written with the draft's writes while the
    /// page is open and once more when it closes.
    pub fn open(prepare: fn(&mut T, &Draft) -> bool, counted: Option<Counted<T>>) -> Self {
        let r = Record {
            value: RwSignal::new(None),
            unreadable: RwSignal::new(false),
            writes: Writes {
                rev: RwSignal::new(0),
                session: StoredValue::new(RecordSession::default()),
                timer: WriteTimer::new(),
                flush: StoredValue::new(None),
            },
            ops: Drafts::get(),
            prepare,
            counted,
            before: StoredValue::new(None),
            deleted: RwSignal::new(None),
        };
        let flush: Arc<dyn Fn() + Send + Sync> = Arc::new(move || r.flush());
        r.writes.flush.set_value(Some(flush.clone()));
        // What another page said is not about this record.
        r.ops.notices.notice.set(None);
        r.load();
        let saver = r.ops.saver;
        saver.hold_record(Some(flush));
        on_cleanup(move || {
            r.flush();
            saver.hold_record(None);
        });
        r
    }

    /// Reads the record again from storage.
    pub fn load(&self) {
        // What is loaded may be another tab's: an undo would write over it.
        self.deleted.set(None);
        let ops = self.ops;
        ops.saver.flush();
        let id = ops.draft.id_untracked();
        let raw = ops.saver.with_store(|s| s.record_raw::<T>(&id));
        self.writes.session.set_value(RecordSession::opened(raw));
        match ops.saver.with_store(|s| s.record::<T>(&id)) {
            Ok(Some(mut r)) => {
                let changed = ops.draft.with_untracked(|d| (self.prepare)(&mut r, d));
                self.value.set(Some(r));
                if changed {
                    self.writes.edited(true);
                }
            }
            Ok(None) => self.value.set(None),
            Err(e) => {
                self.value.set(None);
                self.unreadable.set(true);
                said_unreadable(ops, e);
            }
        }
    }

    /// Writes the edits not yet written, over the version the page saw only: when
    /// another tab wrote first, its version is loaded and shown, and the user told.
    pub fn flush(self) {
        if !self.writes.timer.stop() {
            return;
        }
        let ops = self.ops;
        let now = super::browser::now_ms();
        let saved = self.value.with_untracked(|r| {
            let r = r.as_ref()?;
            ops.saver
                .with_store(|s| self.writes.session.try_update_value(|x| x.save(s, r, now)))
        });
        match saved {
            Some(RecordSaved::Elsewhere) => {
                self.load();
                ops.notices
                    .error(ops.lang.t(S::RecordChangedElsewhere).to_string());
            }
            Some(RecordSaved::Failed(e)) => ops.record_failed(&e),
            _ => {}
        }
    }

    /// Starts the record (when the draft has none yet).
    pub fn start(&self, r: T) {
        self.value.set(Some(r));
        self.writes.edited(true);
    }

    /// Changes the record through `f` (which says whether it changed anything); the
    /// 导语's count follows it (`records::follow`: the count the record gives, and 0
    /// once its last item is deleted). Typing is written soon, an addition or a
    /// removal at once (`at_once`). Returns whether anything changed.
    pub fn change(&self, f: &mut dyn FnMut(&mut T) -> bool, at_once: bool) -> bool {
        let ops = self.ops;
        let kind = ops.draft.with_untracked(|d| d.kind);
        let count = |r: &T| self.counted.map_or(0, |(c, _)| c(r, kind));
        let mut counts = None;
        self.value.maybe_update(|r| {
            let Some(r) = r else { return false };
            let before = count(r);
            let changed = f(r);
            counts = changed.then(|| (before, count(r)));
            changed
        });
        let Some((before, after)) = counts else {
            return false;
        };
        if let (Some((_, put)), Some(n)) = (self.counted, follow_count(before, after)) {
            set_intro(ops, put(n));
        }
        self.writes.edited(at_once);
        true
    }

    /// One field of an item, as the draft's fields are bound: read (tracked), and
    /// written as it is typed or chosen.
    pub fn bind(self, item: &str, part: RecordPart) -> Binding<String> {
        let (a, b) = (item.to_string(), item.to_string());
        Binding::new(
            move || self.value.with(|r| r.as_ref()?.field(&a, part)),
            move |v: String| {
                let today = super::browser::today();
                self.change(&mut |r| r.put(&b, part, &v, &today), false);
            },
        )
    }

    /// The ids of the items, as a list on the page follows them (typing leaves them).
    pub fn ids(self, f: fn(&T) -> Vec<String>) -> Memo<Vec<String>> {
        Memo::new(move |_| self.value.with(|r| r.as_ref().map(f).unwrap_or_default()))
    }

    /// Reads the record as it now is, following every change (typing included).
    pub fn read<R>(&self, f: impl FnOnce(&T, &Draft) -> R) -> Option<R> {
        let d = self.ops.draft;
        self.value
            .with(|v| v.as_ref().map(|v| d.with_untracked(|d| f(v, d))))
    }
}

impl<T: Beside + RecordFields + Send + Sync> Record<T> {
    /// Deletes through `apply` (a change of the record) and, when that went through,
    /// offers the undo, whose button takes focus.
    pub fn delete(&self, apply: &mut dyn FnMut(&mut T) -> bool) {
        let before = self.value.get_untracked();
        if self.change(apply, true) {
            self.before.set_value(before);
            self.deleted.set(Some(self.writes.rev.get_untracked()));
            super::browser::focus_soon("record-undo".into());
        }
    }

    /// "已删除一条记录。撤销", while the last deletion can be undone: the record as
    /// it was before it is put back and written.
    pub fn undo_view(self) -> AnyView {
        let restore = move || {
            if let Some(before) = self.before.get_value() {
                let mut before = Some(before);
                self.change(&mut |r| before.take().map(|b| *r = b).is_some(), true);
            }
        };
        undo_line(self.deleted, self.writes.rev, Arc::new(restore)).into_any()
    }
}

/// What a record page's writes hold, whatever the record: the revision, the save
/// rules, the timer and the record's write.
#[derive(Clone, Copy)]
struct Writes {
    /// Counts every change: the undo of a deletion is offered while nothing else
    /// changed.
    rev: RwSignal<u32>,
    session: StoredValue<RecordSession>,
    timer: WriteTimer,
    flush: StoredValue<Option<Arc<dyn Fn() + Send + Sync>>>,
}

impl Writes {
    /// The record changed: written soon, or now (`at_once`).
    fn edited(self, at_once: bool) {
        self.rev.update(|n| *n += 1);
        let now = super::browser::now_ms();
        let Some(due) = self.session.try_update_value(|s| s.edited(now)) else {
            return;
        };
        let Some(flush) = self.flush.try_get_value().flatten() else {
            return;
        };
        if at_once {
            flush();
        } else {
            let session = self.session;
            let due_now = move || session.try_with_value(|s| s.due()).flatten();
            self.timer.arm(due - now, Arc::new(due_now), flush);
        }
    }
}

/// Says that the record could not be read, and offers it for download.
fn said_unreadable(ops: Drafts, e: StoreError) {
    if let StoreError::Unreadable { key, raw, .. } = e {
        ops.notices.unreadable.set(Some((key, raw)));
    }
    ops.notices
        .error(ops.lang.t(S::RecordUnreadable).to_string());
}

/// The undo of a deletion, while `deleted` is the revision now (`rev`).
fn undo_line(
    deleted: RwSignal<Option<u32>>,
    rev: RwSignal<u32>,
    restore: Arc<dyn Fn() + Send + Sync>,
) -> impl IntoView {
    move || {
        let open = deleted.get().is_some_and(|r| r == rev.get());
        let restore = restore.clone();
        open.then(|| {
            view! {
                <div class="undo" role="status">
                    <span>{tr(S::RecordItemDeleted)}</span>
                    <button type="button" id="record-undo" on:click=move |_| {
                        deleted.set(None);
                        restore();
                    }>{tr(S::Undo)}</button>
                </div>
            }
        })
    }
}

/// The element id of a part of an item that is not a field (`<prefix>-<item>-<what>`:
/// the item's box, its buttons).
pub fn item_id(prefix: &str, item: &str, what: &str) -> String {
    format!("{prefix}-{item}-{what}")
}

/// The element id of a field of a record's item, whose element follows the field's
/// value from now on (another tab's version loaded, an undo).
fn follow_id(b: Binding<String>, item: &str, part: RecordPart) -> String {
    let id = FieldId::Record(item.to_string(), part).dom_id();
    let el = id.clone();
    follow(b, move |v| super::browser::show_value(&el, v));
    id
}

/// A labelled text field of a record's item: one line (`rows` 0; `kind` "text" or
/// "date") or a text area of `rows` lines.
pub fn text_field(
    label: S,
    item: &str,
    part: RecordPart,
    b: Binding<String>,
    kind: &'static str,
    rows: u32,
) -> impl IntoView {
    let id = follow_id(b, item, part);
    let set = move |ev: leptos::ev::Event| b.set(event_target_value(&ev));
    let value = untrack(move || b.get()).unwrap_or_default();
    let input = if rows == 0 {
        view! { <input type=kind id=id.clone() value=value on:input=set/> }.into_any()
    } else {
        view! { <textarea id=id.clone() rows=rows on:input=set>{value}</textarea> }.into_any()
    };
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            {input}
        </div>
    }
}

/// A labelled choice of a record's item among `options` (value, text).
pub fn choice_field(
    label: S,
    item: &str,
    part: RecordPart,
    b: Binding<String>,
    options: Vec<(String, String)>,
    grow: bool,
) -> impl IntoView {
    let id = follow_id(b, item, part);
    let chosen = untrack(move || b.get()).unwrap_or_default();
    view! {
        <div class=if grow { "field grow" } else { "field" }>
            <label for=id.clone()>{tr(label)}</label>
            <select id=id on:change=move |ev| b.set(event_target_value(&ev))>
                {options.into_iter().map(|(v, text)| {
                    let on = v == chosen;
                    view! { <option value=v selected=on>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// The options of a choice among codes, each with its name on screen.
pub fn coded<C: Copy>(
    all: &[C],
    code: fn(C) -> &'static str,
    text: fn(C) -> S,
    lang: Language,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&c| (code(c).to_string(), lang.t(text(c)).to_string()))
        .collect()
}

/// A labelled choice of the open draft's problems (and, with `measures`, its
/// measures) that answer a record's item.
pub fn answer_field(
    label: S,
    item: &str,
    part: RecordPart,
    b: Binding<String>,
    measures: bool,
) -> impl IntoView {
    let lang = expect_context::<Language>();
    let options = Drafts::get()
        .draft
        .with_untracked(|d| answers(d, measures, lang));
    choice_field(label, item, part, b, options, true)
}

/// The options of a choice of the draft's problems (and, with `measures`, its
/// measures) that answer a record's item, with “none” first.
fn answers(d: &Draft, measures: bool, lang: Language) -> Vec<(String, String)> {
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
    options
}

/// The words of a record page around its items.
pub struct Page {
    pub heading: S,
    pub hint: S,
    /// The ids of its status line and of its line of counts.
    pub notice: &'static str,
    pub counts: &'static str,
}

/// The one skeleton of the 征求意见, 谈心谈话 and 批评与自我批评 pages: heading, hint,
/// status line, counts, the undo of a deletion, then, while the record can be read,
/// what is offered before the items (`before`), the items, and what follows them
/// (`after`: the button that adds one).
pub fn record_page(
    page: Page,
    unreadable: RwSignal<bool>,
    counts: AnyView,
    undo: AnyView,
    items: AnyView,
    before: ViewFn,
    after: ViewFn,
) -> impl IntoView {
    view! {
        <section class="step records">
            <StepHeading text=heading_text(page.heading)/>
            <p class="lead">{tr(page.hint)}</p>
            <NoticeLine id=page.notice/>
            <p class="records-counts" id=page.counts>{counts}</p>
            {undo}
            {move || (!unreadable.get()).then(|| before.run())}
            <div class="record-items">{items}</div>
            {move || (!unreadable.get()).then(|| after.run())}
        </section>
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

/// The open draft's opinions and talks as stored (unreadable ones left alone), with
/// the 导语's counts brought up to them. Returns whether each gives its count.
pub fn sync_intro(ops: Drafts) -> (bool, bool) {
    let (id, kind) = ops.draft.with_untracked(|d| (d.id.clone(), d.kind));
    let counts = ops.desk(|k| k.counts(&id, kind));
    set_intro(ops, counts);
    (counts.opinions.is_some(), counts.talks.is_some())
}
