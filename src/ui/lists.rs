//! Steps: 原因剖析 and 整改措施, each item linked to the problems it answers.

use super::aspect::{delete_with_undo, focus_later, Undo};
use super::fields::{
    heading_text, keyed_list, DoneQuestion, SectionCount, StepHeading, TextArea, TextField,
};
use super::state::{Binding, Language, OpenDraft};
use super::{fill, tr, tr_attr};
use crate::domain::anchor::{CausePart, FieldId, MeasurePart, Section};
use crate::domain::draft::DraftStoreFields;
use crate::domain::{Cause, Deadline, Deleted, Draft, MaterialKind, Measure};
use crate::strings::S;
use leptos::prelude::*;

/// Checkboxes linking an item to the problems, grouped by aspect.
#[component]
fn ProblemLinks(links: Binding<Vec<String>>, prefix: String) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let problems_list = draft.store.problems();
    // Rebuilt when the problems change, not when this item's text does.
    let problems = Memo::new(move |_| {
        let checklist = draft.checklist();
        let lang = lang.get();
        problems_list.with(|ps| {
            checklist
                .aspects
                .iter()
                .flat_map(|a| {
                    let short = lang.pick(&a.short_zh, &a.short_en).to_string();
                    ps.iter()
                        .filter(|p| p.aspect == a.id)
                        .map(move |p| (p.id.clone(), short.clone(), p.summary.clone()))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<(String, String, String)>>()
        })
    });
    move || {
        let problems = problems.get();
        let empty = problems.is_empty();
        let prefix = prefix.clone();
        view! {
            <fieldset class="field links">
                <legend>{lang.t(S::LinkedProblems)}</legend>
                {empty.then(|| view! { <p class="hint">{lang.t(S::NoProblemsToLink)}</p> })}
                {problems.into_iter().map(|(pid, aspect, summary)| {
                    let pid2 = pid.clone();
                    let checked = move || links.get().is_some_and(|l| l.contains(&pid));
                    view! {
                        <label class="choice link">
                            <input type="checkbox" id=format!("{prefix}-link-{pid2}") prop:checked=checked
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    links.update(|l| Draft::toggle_link(l, &pid2, on));
                                }/>
                            <span class="link-aspect">{aspect}</span>
                            <span>{summary}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        }
    }
}

#[component]
pub fn CausesStep() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let list = draft.store.causes();
    let ids = Memo::new(move |_| list.with(|l| l.iter().map(|c| c.id.clone()).collect::<Vec<_>>()));
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::CausesHeading)/>
            <p class="lead">{tr(S::CausesHint)}</p>
            <details class="rules">
                <summary>{tr(S::RulesHeading)}</summary>
                <p>{tr(S::RulesFourNots)}</p>
                <p>{tr(S::RulesThreeIns)}</p>
            </details>
            <Undo of=|d| matches!(d, Deleted::Cause { .. })/>
            {keyed_list(ids, |id| view! { <CauseEditor id=id/> }.into_any())}
            <button type="button" class="secondary add" id=FieldId::AddCause.dom_id() on:click=move |_| {
                let mut new_id = String::new();
                let checklist = draft.checklist_untracked();
                let dims = checklist.dimensions(draft.kind.get_untracked());
                draft.edit(|d| {
                    new_id = d.new_item_id("c");
                    // The next dimension in order, so a new cause suggests one not used yet.
                    let dimension = dims
                        .get(d.causes.len() % dims.len().max(1))
                        .map(|x| x.id.clone())
                        .unwrap_or_default();
                    d.causes.push(Cause { id: new_id.clone(), dimension, ..Default::default() });
                });
                focus_later(FieldId::Cause(new_id, CausePart::Summary).dom_id());
            }>{tr(S::AddCause)}</button>
            <SectionCount section=Section::Causes/>
            <DoneQuestion section=Section::Causes/>
        </section>
    }
}

#[component]
fn CauseEditor(id: String) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let notices = expect_context::<super::state::Notices>();
    let lang = expect_context::<Language>();
    let list = draft.store.causes();
    let idn = id.clone();
    let n = Memo::new(move |_| list.with(|l| l.iter().position(|c| c.id == idn).unwrap_or(0) + 1));
    let text = {
        let id = id.clone();
        move |part| draft.cause_text(id.clone(), part)
    };
    let fid = {
        let id = id.clone();
        move |part| FieldId::Cause(id.clone(), part)
    };
    let dim = text(CausePart::Dimension);
    // The dimensions of this kind of material, and the hint of the one chosen: both
    // follow the choice, whoever made it.
    let dims = move || draft.checklist().dimensions(draft.kind.get()).to_vec();
    // A dimension of the other kind (the material's kind was changed after it was
    // chosen) is not shown as if it were the first of this kind's: the select says
    // to choose again.
    let known = move || {
        let current = dim.get().unwrap_or_default();
        dims().iter().any(|x| x.id == current)
    };
    let hint = move || {
        let current = dim.get().unwrap_or_default();
        match dims().iter().find(|x| x.id == current) {
            Some(x) => lang.pick(&x.hint_zh, &x.hint_en).to_string(),
            None if current.is_empty() => String::new(),
            None => lang.t(S::DimensionOfOtherKind).to_string(),
        }
    };
    let del = id.clone();
    let select_id = fid(CausePart::Dimension).dom_id();
    view! {
        <fieldset class="item" id=format!("cause-{id}")>
            <legend>{move || fill(lang.t(S::CauseN), &[("n", n.get().to_string())])}</legend>
            <div class="field">
                <label for=select_id.clone()>{tr(S::CauseDimension)}</label>
                <select id=select_id.clone() aria-describedby=format!("{select_id}-hint")
                    on:change=move |ev| dim.set(event_target_value(&ev))>
                    <option value="" disabled=true prop:selected=move || !known()>{tr(S::ChooseDimension)}</option>
                    {move || dims().iter().map(|x| {
                        let value = x.id.clone();
                        let selected = move || dim.get().is_some_and(|d| d == value);
                        view! { <option value=x.id.clone() prop:selected=selected>{lang.pick(&x.zh, &x.en)}</option> }
                    }).collect_view()}
                </select>
                <p class="hint" id=format!("{select_id}-hint")>{hint}</p>
            </div>
            <TextField id=fid(CausePart::Summary) label=S::CauseSummary field=text(CausePart::Summary)/>
            <TextArea id=fid(CausePart::Text) label=S::CauseText rows=5 field=text(CausePart::Text)/>
            <ProblemLinks links=draft.cause_links(id.clone()) prefix=format!("cause-{id}")/>
            <button type="button" class="danger" on:click=move |_| {
                let id = del.clone();
                delete_with_undo(draft, notices, move |d| d.remove_cause(&id))
            }>{tr(S::Delete)}</button>
        </fieldset>
    }
}

#[component]
pub fn MeasuresStep() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let list = draft.store.measures();
    let ids = Memo::new(move |_| list.with(|l| l.iter().map(|m| m.id.clone()).collect::<Vec<_>>()));
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::MeasuresHeading)/>
            <p class="lead">{tr(S::MeasuresHint)}</p>
            <Undo of=|d| matches!(d, Deleted::Measure { .. })/>
            {keyed_list(ids, |id| view! { <MeasureEditor id=id/> }.into_any())}
            <button type="button" class="secondary add" id=FieldId::AddMeasure.dom_id() on:click=move |_| {
                let mut new_id = String::new();
                draft.edit(|d| {
                    new_id = d.new_item_id("m");
                    let responsible = d.profile.person.clone();
                    d.measures.push(Measure { id: new_id.clone(), responsible, ..Default::default() });
                });
                focus_later(FieldId::Measure(new_id, MeasurePart::Summary).dom_id());
            }>{tr(S::AddMeasure)}</button>
            <SectionCount section=Section::Measures/>
            <DoneQuestion section=Section::Measures/>
        </section>
    }
}

/// The deadline kinds offered, in order, with their labels and radio ids.
const DEADLINE_KINDS: [(DeadlineKind, S, &str); 3] = [
    (DeadlineKind::AtOnce, S::DeadlineNow, "now"),
    (DeadlineKind::Ongoing, S::DeadlineLong, "long"),
    (DeadlineKind::Date, S::DeadlineDate, "date"),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum DeadlineKind {
    AtOnce,
    Ongoing,
    Date,
}

impl DeadlineKind {
    fn of(d: &Deadline) -> Self {
        match d {
            Deadline::AtOnce => DeadlineKind::AtOnce,
            Deadline::Ongoing => DeadlineKind::Ongoing,
            Deadline::Date(_) => DeadlineKind::Date,
        }
    }
}

#[component]
fn MeasureEditor(id: String) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let notices = expect_context::<super::state::Notices>();
    let lang = expect_context::<Language>();
    let list = draft.store.measures();
    let idn = id.clone();
    let n = Memo::new(move |_| list.with(|l| l.iter().position(|m| m.id == idn).unwrap_or(0) + 1));
    let text = {
        let id = id.clone();
        move |part| draft.measure_text(id.clone(), part)
    };
    let fid = {
        let id = id.clone();
        move |part| FieldId::Measure(id.clone(), part)
    };
    let (text2, fid2, text3, fid3) = (text.clone(), fid.clone(), text.clone(), fid.clone());
    let deadline = draft.measure_deadline(id.clone());
    let kind = Memo::new(move |_| deadline.get().map(|d| DeadlineKind::of(&d)));
    let is_date = move || kind.get() == Some(DeadlineKind::Date);
    let date = move || match deadline.get() {
        Some(Deadline::Date(d)) => d,
        _ => String::new(),
    };
    // The date last entered (or cleared): choosing 立行立改 and then 具体日期 again
    // brings it back (while the page is open; the stored deadline holds one kind at a
    // time).
    let last_date = StoredValue::new(String::new());
    Effect::new(move |_| {
        if let Some(Deadline::Date(d)) = deadline.get() {
            last_date.set_value(d);
        }
    });
    let del = id.clone();
    let name = fid(MeasurePart::DeadlineKind).dom_id();
    let date_id = fid(MeasurePart::Date).dom_id();
    view! {
        <fieldset class="item" id=format!("measure-{id}")>
            <legend>{move || fill(lang.t(S::MeasureN), &[("n", n.get().to_string())])}</legend>
            <TextField id=fid(MeasurePart::Summary) label=S::MeasureSummary field=text(MeasurePart::Summary)/>
            <TextArea id=fid(MeasurePart::Text) label=S::MeasureText rows=4 field=text(MeasurePart::Text)/>
            <fieldset class="field" id=name.clone() tabindex="-1">
                <legend>{tr(S::Deadline)}</legend>
                <div class="choices">
                    {DEADLINE_KINDS.iter().map(|(k, label, suffix)| {
                        let (k, label) = (*k, *label);
                        view! {
                            <label class="choice">
                                <input type="radio" name=name.clone() id=format!("{name}-{suffix}")
                                    prop:checked=move || kind.get() == Some(k)
                                    on:change=move |_| deadline.set(match k {
                                        DeadlineKind::AtOnce => Deadline::AtOnce,
                                        DeadlineKind::Ongoing => Deadline::Ongoing,
                                        DeadlineKind::Date => Deadline::Date(last_date.get_value()),
                                    })/>
                                {move || lang.t(label)}
                            </label>
                        }
                    }).collect_view()}
                    <Show when=is_date>
                        <input type="date" id=date_id.clone() aria-label=tr_attr(S::DeadlineDate)
                            prop:value=date
                            on:input=move |ev| deadline.set(Deadline::Date(event_target_value(&ev)))/>
                    </Show>
                </div>
            </fieldset>
            <Show when=move || draft.kind.get() == MaterialKind::Team
                fallback=move || view! { <TextField id=fid2(MeasurePart::Responsible) label=S::Responsible field=text2(MeasurePart::Responsible)/> }>
                <TextField id=fid3(MeasurePart::Responsible) label=S::ResponsibleLeader field=text3(MeasurePart::Responsible)/>
                <TextField id=fid3(MeasurePart::Department) label=S::Department field=text3(MeasurePart::Department)/>
            </Show>
            <ProblemLinks links=draft.measure_links(id.clone()) prefix=format!("measure-{id}")/>
            <button type="button" class="danger" on:click=move |_| {
                let id = del.clone();
                delete_with_undo(draft, notices, move |d| d.remove_measure(&id))
            }>{tr(S::Delete)}</button>
        </fieldset>
    }
}
