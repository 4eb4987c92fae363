//! The open draft as a reactive store (`reactive_stores`): every field of it is a
//! reactive value of its own. A field on screen reads its own value and is
//! notified when, and only when, that value changes, whoever changed it: typing in
//! it, a button, a restore, an import or another tab. There is no refresh rule for
//! callers to remember.
//!
//! - Typing writes one field ([`OpenDraft::text`] and friends): nothing else is
//!   notified, and nothing is cloned.
//! - Any other change goes through [`OpenDraft::edit`] (a domain method on a copy of
//!   the draft) or [`OpenDraft::replace`] (a draft from storage): the new draft is put
//!   in part by part, each part set only where it differs, and list items keep their
//!   identity by id.

use crate::domain::anchor::{CausePart, LastYearPart, MeasurePart, ProblemPart};
use crate::domain::draft::{
    CauseStoreFields, DraftStoreFields, IntroStoreFields, LastYearItemStoreFields,
    MeasureStoreFields, ProblemStoreFields, ProfileStoreFields,
};
use crate::domain::{Checklist, Deadline, Draft, ItemStatus, MaterialKind};
use leptos::prelude::*;
use reactive_stores::Store;
use std::sync::Arc;

/// One value of the open draft as a field on screen sees it: read (tracked: the
/// reader follows this value only) and written (only this value is notified). Two
/// closures over a store field, where `reactive_stores::Field` erases with a dozen:
/// a measured difference in the single file's size.
pub struct Binding<T: 'static> {
    read: StoredValue<Box<dyn Fn() -> Option<T> + Send + Sync>>,
    write: StoredValue<Box<dyn Fn(T) + Send + Sync>>,
}

impl<T: 'static> Clone for Binding<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Binding<T> {}

impl<T: Send + Sync + 'static> Binding<T> {
    /// A binding over any readable and writable reactive value.
    pub fn new(
        read: impl Fn() -> Option<T> + Send + Sync + 'static,
        write: impl Fn(T) + Send + Sync + 'static,
    ) -> Self {
        Binding {
            read: StoredValue::new(Box::new(read)),
            write: StoredValue::new(Box::new(write)),
        }
    }

    /// The value (tracked); None for an item that no longer exists.
    pub fn get(&self) -> Option<T> {
        self.read.try_with_value(|r| r()).flatten()
    }

    /// Writes the value.
    pub fn set(&self, v: T) {
        self.write.try_with_value(|w| w(v));
    }

    /// Changes the value through `f` (nothing happens for an item that is gone).
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        if let Some(mut v) = self.read.try_with_value(|r| untrack(r)).flatten() {
            f(&mut v);
            self.set(v);
        }
    }
}

/// A binding over a store field.
pub fn bind<T, F>(f: F) -> Binding<T>
where
    T: Clone + Send + Sync + 'static,
    F: Get<Value = T> + Set<Value = T> + Clone + Send + Sync + 'static,
{
    let w = f.clone();
    Binding::new(move || f.try_get(), move |v| w.set(v))
}

/// The open draft.
#[derive(Clone, Copy)]
pub struct OpenDraft {
    pub store: Store<Draft>,
    /// The kind, and the checklist's key and year, apart: the step list follows
    /// them, not every keystroke.
    pub kind: Memo<MaterialKind>,
    pub which: Memo<(String, u32)>,
    /// The unit's own checklists (`storage::checklists`), shared.
    pub custom: RwSignal<Vec<Arc<Checklist>>>,
    /// The draft's id (changes when another draft is opened).
    pub id: Memo<String>,
}

/// Sets a field when the new value differs (the field is notified only then).
fn set_if_changed<T: PartialEq + 'static>(
    field: impl WithUntracked<Value = T> + Set<Value = T>,
    value: T,
) {
    if field.with_untracked(|v| *v != value) {
        field.set(value);
    }
}

/// Puts a new list in place of a keyed list of the draft. The same items in the same
/// order: each item that differs is set, so only its fields are notified. Items added,
/// removed or moved: the list is set whole and its keys renewed (the list is notified;
/// each item's fields re-read their own item by id). Either way a field shows a change
/// only where its value differs (`ui/fields.rs`, `follow`).
macro_rules! replace_keyed {
    ($list:expr, $new:expr) => {{
        let list = $list;
        let new = $new;
        let same = list.with_untracked(|old| {
            old.len() == new.len() && old.iter().zip(&new).all(|(a, b)| a.id == b.id)
        });
        if same {
            for item in new {
                set_if_changed(list.at_key(item.id.clone()), item);
            }
        } else {
            list.set(new);
            list.update_keys();
        }
    }};
}

impl OpenDraft {
    pub fn new(d: Draft) -> Self {
        let store = Store::new(d);
        // The keyed lists know their items' keys and indices from the start.
        store.last_year().update_keys();
        store.problems().update_keys();
        store.causes().update_keys();
        store.measures().update_keys();
        OpenDraft {
            store,
            kind: Memo::new(move |_| store.kind().get()),
            which: Memo::new(move |_| {
                (
                    store.profile().checklist().get(),
                    store.profile().year().get(),
                )
            }),
            custom: RwSignal::new(Vec::new()),
            id: Memo::new(move |_| store.id().get()),
        }
    }

    /// The checklist the draft follows (tracked).
    pub fn checklist(&self) -> Arc<Checklist> {
        let (key, year) = self.which.get();
        self.custom.with(|c| Checklist::of(&key, year, c))
    }

    /// The year whose checklist stands in for the draft's (tracked): `Checklist::stands_in_for`
    /// the open draft's year.
    pub fn stands_in(&self) -> Option<u32> {
        self.checklist().stands_in_for(self.which.get().1)
    }

    /// The checklist the draft follows (untracked).
    pub fn checklist_untracked(&self) -> Arc<Checklist> {
        let (key, year) = self.which.get_untracked();
        self.custom.with_untracked(|c| Checklist::of(&key, year, c))
    }

    /// The checklist another copy of a draft follows (a snapshot), among the built-in
    /// ones and the unit's own (untracked).
    pub fn checklist_for(&self, d: &Draft) -> Arc<Checklist> {
        self.custom
            .with_untracked(|c| Checklist::of(&d.profile.checklist, d.profile.year, c))
    }

    /// The text of one of the checklist's free-text parts.
    pub fn part_text(&self, id: String) -> Binding<String> {
        let texts = self.store.part_texts();
        let key = id.clone();
        Binding::new(
            move || texts.try_with(|m| m.get(&key).cloned().unwrap_or_default()),
            move |v: String| {
                texts.update(|m| {
                    if v.is_empty() {
                        m.remove(&id);
                    } else {
                        m.insert(id.clone(), v);
                    }
                })
            },
        )
    }

    /// The draft's id (untracked).
    pub fn id_untracked(&self) -> String {
        self.id.get_untracked()
    }

    /// A copy of the whole draft (untracked), for exports and whole-draft operations.
    pub fn snapshot(&self) -> Draft {
        self.store.get_untracked()
    }

    /// Reads the whole draft (tracked: re-runs on any change).
    pub fn with<R>(&self, f: impl FnOnce(&Draft) -> R) -> R {
        self.store.with(f)
    }

    /// Reads the whole draft without tracking it.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Draft) -> R) -> R {
        self.store.with_untracked(f)
    }

    /// Changes the draft through the domain (a structural change: add, delete, move,
    /// link …). Only the fields whose values change are notified.
    pub fn edit(&self, f: impl FnOnce(&mut Draft)) {
        let mut d = self.snapshot();
        f(&mut d);
        self.replace(d);
    }

    /// Puts a whole draft in place (another draft opened, a restore, an import, the
    /// other tab's version). Put in part by part; a field added to `Draft` and not
    /// named here does not compile.
    pub fn replace(&self, d: Draft) {
        let s = self.store;
        let Draft {
            id,
            name,
            kind,
            profile,
            intro,
            last_year,
            problems,
            causes,
            measures,
            explanation_answers,
            explanations,
            statement,
            part_texts,
            previous_draft,
            wording_choice,
            wording_override,
            prompts_done,
            sections_done,
            created_ms,
            updated_ms,
            next_item,
            extra,
        } = d;
        set_if_changed(s.id(), id);
        set_if_changed(s.name(), name);
        set_if_changed(s.kind(), kind);
        set_if_changed(s.profile(), profile);
        set_if_changed(s.intro(), intro);
        replace_keyed!(s.last_year(), last_year);
        replace_keyed!(s.problems(), problems);
        replace_keyed!(s.causes(), causes);
        replace_keyed!(s.measures(), measures);
        set_if_changed(s.explanation_answers(), explanation_answers);
        set_if_changed(s.explanations(), explanations);
        set_if_changed(s.statement(), statement);
        set_if_changed(s.part_texts(), part_texts);
        set_if_changed(s.previous_draft(), previous_draft);
        set_if_changed(s.wording_choice(), wording_choice);
        set_if_changed(s.wording_override(), wording_override);
        set_if_changed(s.prompts_done(), prompts_done);
        set_if_changed(s.sections_done(), sections_done);
        set_if_changed(s.created_ms(), created_ms);
        set_if_changed(s.updated_ms(), updated_ms);
        set_if_changed(s.next_item(), next_item);
        set_if_changed(s.extra(), extra);
    }

    /// A one-line or long text of the profile, the 导语 or the single-text sections.
    pub fn text(&self, which: DraftText) -> Binding<String> {
        let s = self.store;
        match which {
            DraftText::Unit => bind(s.profile().unit()),
            DraftText::Person => bind(s.profile().person()),
            DraftText::Post => bind(s.profile().post()),
            DraftText::Title => bind(s.profile().title()),
            DraftText::MeetingDate => bind(s.profile().meeting_date()),
            DraftText::Intro => bind(s.intro().text()),
            DraftText::Explanations => bind(s.explanations()),
            DraftText::Statement => bind(s.statement()),
        }
    }

    /// A text of one of last year's items (`Status` is a choice, not a text: it is
    /// read as the next steps; see [`OpenDraft::last_year_status`] for the status).
    pub fn last_year_text(&self, id: String, part: LastYearPart) -> Binding<String> {
        let item = self.store.last_year().at_key(id);
        match part {
            LastYearPart::Problem => bind(item.problem()),
            LastYearPart::Measure => bind(item.measure()),
            LastYearPart::Result => bind(item.result()),
            LastYearPart::Next | LastYearPart::Status | LastYearPart::Source => {
                bind(item.next_steps())
            }
        }
    }

    /// The status of one of last year's items.
    pub fn last_year_status(&self, id: String) -> Binding<ItemStatus> {
        bind(self.store.last_year().at_key(id).status())
    }

    /// A text of a problem.
    pub fn problem_text(&self, id: String, part: ProblemPart) -> Binding<String> {
        let item = self.store.problems().at_key(id);
        match part {
            ProblemPart::Summary => bind(item.summary()),
            ProblemPart::Detail => bind(item.detail()),
        }
    }

    /// A text of a cause (its dimension is one too: an id from the checklist).
    pub fn cause_text(&self, id: String, part: CausePart) -> Binding<String> {
        let item = self.store.causes().at_key(id);
        match part {
            CausePart::Dimension => bind(item.dimension()),
            CausePart::Summary => bind(item.summary()),
            CausePart::Text => bind(item.text()),
        }
    }

    /// The problems a cause is linked to.
    pub fn cause_links(&self, id: String) -> Binding<Vec<String>> {
        bind(self.store.causes().at_key(id).problems())
    }

    /// A text of a measure (the deadline kind and date are not texts: they are read as
    /// the text; see [`OpenDraft::measure_deadline`]).
    pub fn measure_text(&self, id: String, part: MeasurePart) -> Binding<String> {
        let item = self.store.measures().at_key(id);
        match part {
            MeasurePart::Summary => bind(item.summary()),
            MeasurePart::Responsible => bind(item.responsible()),
            MeasurePart::Department => bind(item.department()),
            MeasurePart::Text | MeasurePart::DeadlineKind | MeasurePart::Date => bind(item.text()),
        }
    }

    /// The details of an answered category of 需要向组织说明的事项. The answers are one
    /// small list: the field reads its own category's details from it.
    pub fn explanation_details(&self, category: String) -> Binding<String> {
        let list = self.store.explanation_answers();
        let c = category.clone();
        Binding::new(
            move || {
                list.try_with(|l| {
                    l.iter()
                        .find(|a| a.category == c)
                        .map(|a| a.details.clone())
                        .unwrap_or_default()
                })
            },
            move |v| {
                list.update(|l| {
                    if let Some(a) = l.iter_mut().find(|a| a.category == category) {
                        a.details = v;
                    }
                })
            },
        )
    }

    /// Where one of last year's items comes from.
    pub fn last_year_source(&self, id: String) -> Binding<crate::domain::ItemSource> {
        bind(self.store.last_year().at_key(id).source())
    }

    /// Which of the checklist's campaigns one of last year's items comes from.
    pub fn last_year_campaign(&self, id: String) -> Binding<u32> {
        bind(self.store.last_year().at_key(id).campaign())
    }

    /// A measure's deadline.
    pub fn measure_deadline(&self, id: String) -> Binding<Deadline> {
        bind(self.store.measures().at_key(id).deadline())
    }

    /// The problems a measure is linked to.
    pub fn measure_links(&self, id: String) -> Binding<Vec<String>> {
        bind(self.store.measures().at_key(id).problems())
    }

    /// The ids of the problems under an aspect, in order (tracked: follows the
    /// problems list, and a memo of it changes only when the ids do).
    pub fn problem_ids(&self, aspect: &str) -> Vec<String> {
        self.store.problems().with(|ps| {
            ps.iter()
                .filter(|p| p.aspect == aspect)
                .map(|p| p.id.clone())
                .collect()
        })
    }
}

/// The single texts of a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftText {
    Unit,
    Person,
    Post,
    Title,
    MeetingDate,
    Intro,
    Explanations,
    Statement,
}

#[cfg(test)]
mod tests {
    //! Native: every field is notified when, and only when, its own value changes.
    use super::*;
    use crate::domain::{sample, Problem};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    /// A memo over a field, and how often it has run.
    fn watch<T: Clone + PartialEq + Send + Sync + 'static>(
        f: Binding<T>,
    ) -> (Memo<Option<T>>, Arc<AtomicUsize>) {
        let runs = Arc::new(AtomicUsize::new(0));
        let r = runs.clone();
        let memo = Memo::new(move |_| {
            r.fetch_add(1, Ordering::SeqCst);
            f.get()
        });
        memo.get();
        (memo, runs)
    }

    fn runs_after(memo: Memo<Option<String>>, runs: &AtomicUsize) -> usize {
        memo.get();
        runs.load(Ordering::SeqCst)
    }

    fn open() -> OpenDraft {
        let c = Checklist::for_year(2022);
        OpenDraft::new(sample::complete(MaterialKind::Individual, c))
    }

    #[test]
    fn typing_in_one_field_notifies_only_that_field() {
        let d = open();
        let (p1, p2) = d.with_untracked(|d| (d.problems[0].id.clone(), d.problems[1].id.clone()));
        let (detail1, n_detail1) = watch(d.problem_text(p1.clone(), ProblemPart::Detail));
        let (summary1, n_summary1) = watch(d.problem_text(p1.clone(), ProblemPart::Summary));
        let (detail2, n_detail2) = watch(d.problem_text(p2, ProblemPart::Detail));
        let (statement, n_statement) = watch(d.text(DraftText::Statement));
        d.problem_text(p1, ProblemPart::Detail)
            .set("新的具体表现".into());
        assert_eq!(runs_after(detail1, &n_detail1), 2);
        assert_eq!(detail1.get().as_deref(), Some("新的具体表现"));
        assert_eq!(runs_after(summary1, &n_summary1), 1);
        assert_eq!(runs_after(detail2, &n_detail2), 1);
        assert_eq!(runs_after(statement, &n_statement), 1);
    }

    #[test]
    fn a_replaced_draft_notifies_only_the_fields_that_differ() {
        let d = open();
        let mut new = d.snapshot();
        new.problems[1].summary = "另一个标签页改的概括".into();
        new.statement = "恢复的表态".into();
        let (p1, p2) = (new.problems[0].id.clone(), new.problems[1].id.clone());
        let (s1, n1) = watch(d.problem_text(p1, ProblemPart::Summary));
        let (s2, n2) = watch(d.problem_text(p2, ProblemPart::Summary));
        let (st, nst) = watch(d.text(DraftText::Statement));
        let (unit, nunit) = watch(d.text(DraftText::Unit));
        d.replace(new);
        assert_eq!(runs_after(s1, &n1), 1);
        assert_eq!(runs_after(s2, &n2), 2);
        assert_eq!(s2.get().as_deref(), Some("另一个标签页改的概括"));
        assert_eq!(runs_after(st, &nst), 2);
        assert_eq!(st.get().as_deref(), Some("恢复的表态"));
        assert_eq!(runs_after(unit, &nunit), 1);
    }

    #[test]
    fn items_keep_their_identity_when_others_are_removed_or_moved() {
        let d = open();
        let ids: Vec<String> =
            d.with_untracked(|d| d.problems.iter().map(|p| p.id.clone()).collect());
        let texts: Vec<String> =
            d.with_untracked(|d| d.problems.iter().map(|p| p.summary.clone()).collect());
        let (third, n_third) = watch(d.problem_text(ids[2].clone(), ProblemPart::Summary));
        // Remove the first problem: the third one's field still reads the third one.
        let first = ids[0].clone();
        d.edit(|d| {
            d.remove_problem(&first);
        });
        assert_eq!(third.get().as_deref(), Some(texts[2].as_str()));
        assert_eq!(
            runs_after(third, &n_third),
            2,
            "re-read after the list changed"
        );
        // A problem added at the end, then typed into.
        let mut new_id = String::new();
        d.edit(|d| new_id = d.add_problem("a1"));
        d.problem_text(new_id.clone(), ProblemPart::Summary)
            .set("新增的问题".into());
        assert_eq!(
            d.with_untracked(|d| d
                .problems
                .iter()
                .find(|p| p.id == new_id)
                .map(|p| p.summary.clone())),
            Some("新增的问题".into())
        );
        assert_eq!(third.get().as_deref(), Some(texts[2].as_str()));
        // Undo puts the first back in front: every field still reads its own item.
        let removed = crate::domain::Removed {
            at: 0,
            problem: Problem {
                id: first.clone(),
                aspect: "a1".into(),
                summary: texts[0].clone(),
                detail: String::new(),
            },
            causes: vec![],
            measures: vec![],
        };
        d.edit(|d| d.restore_problem(removed));
        assert_eq!(third.get().as_deref(), Some(texts[2].as_str()));
        assert_eq!(
            d.problem_text(first, ProblemPart::Summary).get().as_deref(),
            Some(texts[0].as_str())
        );
        // Moving a problem keeps every field on its own item.
        let third_id = ids[2].clone();
        d.edit(|d| d.move_problem(&third_id, "a6"));
        assert_eq!(third.get().as_deref(), Some(texts[2].as_str()));
        assert_eq!(
            d.with_untracked(|d| d.problems.last().map(|p| p.id.clone())),
            Some(third_id)
        );
        // A deleted item's field reads nothing (and does not panic).
        let gone = ids[1].clone();
        let field = d.problem_text(gone.clone(), ProblemPart::Summary);
        d.edit(|d| {
            d.remove_problem(&gone);
        });
        assert_eq!(field.get(), None);
    }

    #[test]
    fn a_choice_notifies_the_fields_that_show_it() {
        let d = open();
        let m = d.with_untracked(|d| d.measures[0].id.clone());
        let deadline = d.measure_deadline(m.clone());
        let runs = Arc::new(AtomicUsize::new(0));
        let r = runs.clone();
        let is_date = Memo::new(move |_| {
            r.fetch_add(1, Ordering::SeqCst);
            deadline.get().map(|d| d.is_date())
        });
        deadline.set(Deadline::Date("2023-06-30".into()));
        assert_eq!(is_date.get(), Some(true));
        deadline.set(Deadline::AtOnce);
        assert_eq!(is_date.get(), Some(false));
        // From outside (a restore): the choice comes back.
        let mut new = d.snapshot();
        new.measures[0].deadline = Deadline::Date(String::new());
        d.replace(new);
        assert_eq!(is_date.get(), Some(true));
        assert_eq!(
            d.with_untracked(|d| d.measures[0].deadline.clone()),
            Deadline::Date(String::new())
        );
    }
}
