//! Steps: 原因剖析 and 整改措施, each item linked to the problems it answers.

use super::aspect::focus_later;
use super::fields::{
    heading_text, keyed_list, DoneQuestion, SectionCount, StepHeading, TextArea, TextField,
};
use super::sections::{item_field, item_setter};
use super::{fill, tr, tr_attr, Ctx};
use crate::domain::checks::Section;
use crate::domain::draft::{DEADLINE_AT_ONCE, DEADLINE_ONGOING};
use crate::domain::{Cause, Draft, MaterialKind, Measure};
use crate::strings::{Lang, S};
use leptos::prelude::*;

/// Which list an item lives in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum List {
    Causes,
    Measures,
}

fn links_mut<'a>(d: &'a mut Draft, list: List, id: &str) -> Option<&'a mut Vec<String>> {
    match list {
        List::Causes => d
            .causes
            .iter_mut()
            .find(|c| c.id == id)
            .map(|c| &mut c.problems),
        List::Measures => d
            .measures
            .iter_mut()
            .find(|m| m.id == id)
            .map(|m| &mut m.problems),
    }
}

fn links(d: &Draft, list: List, id: &str) -> Vec<String> {
    match list {
        List::Causes => d
            .causes
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.problems.clone()),
        List::Measures => d
            .measures
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.problems.clone()),
    }
    .unwrap_or_default()
}

/// Checkboxes linking an item to the problems, grouped by aspect.
#[component]
fn ProblemLinks(list: List, id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let prefix = format!("{id}-link");
    // The list is rebuilt when the problems change, not when this item's text does.
    let problems = Memo::new(move |_| {
        let lang = ctx.lang.get();
        ctx.draft.with(|d| {
            ctx.checklist()
                .aspects
                .iter()
                .flat_map(|a| {
                    let short = if lang == Lang::Zh {
                        a.short_zh.clone()
                    } else {
                        a.short_en.clone()
                    };
                    d.problems_of(&a.id)
                        .map(move |p| (p.id.clone(), short.clone(), p.summary.clone()))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<(String, String, String)>>()
        })
    });
    let linked = {
        let id = id.clone();
        Memo::new(move |_| ctx.draft.with(|d| links(d, list, &id)))
    };
    move || {
        let problems = problems.get();
        let empty = problems.is_empty();
        let id = id.clone();
        let prefix = prefix.clone();
        view! {
            <fieldset class="field links">
                <legend>{ctx.t(S::LinkedProblems)}</legend>
                {empty.then(|| view! { <p class="hint">{ctx.t(S::NoProblemsToLink)}</p> })}
                {problems.into_iter().map(|(pid, aspect, summary)| {
                    let (item2, pid2) = (id.clone(), pid.clone());
                    let checked = move || linked.with(|l| l.contains(&pid));
                    view! {
                        <label class="choice link">
                            <input type="checkbox" id=format!("{prefix}-{pid2}") prop:checked=checked
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let (item, pid) = (item2.clone(), pid2.clone());
                                    ctx.edit(move |d| {
                                        if let Some(l) = links_mut(d, list, &item) {
                                            Draft::toggle_link(l, &pid, on)
                                        }
                                    })
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
    let ctx = expect_context::<Ctx>();
    let ids = Memo::new(move |_| {
        ctx.draft
            .with(|d| d.causes.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::CausesHeading)/>
            <p class="lead">{tr(S::CausesHint)}</p>
            {keyed_list(ids, |id| view! { <CauseEditor id=id/> }.into_any())}
            <button type="button" class="secondary add" id="add-cause" on:click=move |_| {
                let mut new_id = String::new();
                // Read the checklist before editing: the draft is locked while it changes.
                let checklist = ctx.checklist();
                ctx.edit(|d| {
                    new_id = d.new_item_id("c");
                    let dims = match d.kind {
                        MaterialKind::Team => &checklist.cause_dimensions.team,
                        MaterialKind::Individual => &checklist.cause_dimensions.individual,
                    };
                    let dimension = dims
                        .get(d.causes.len() % dims.len().max(1))
                        .map(|x| x.id.clone())
                        .unwrap_or_default();
                    d.causes.push(Cause { id: new_id.clone(), dimension, ..Default::default() });
                });
                focus_later(format!("cause-{new_id}-summary"));
            }>{tr(S::AddCause)}</button>
            <SectionCount section=Section::Causes/>
            <DoneQuestion section=Section::Causes/>
        </section>
    }
}

#[component]
fn CauseEditor(id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let field =
        move |get: fn(&Cause) -> &String, id: String| item_field(ctx, |d| &d.causes, id, get);
    let set =
        move |id: String, f: fn(&mut Cause, String)| item_setter(ctx, |d| &mut d.causes, id, f);
    let idn = id.clone();
    let n = Memo::new(move |_| {
        ctx.draft
            .with(|d| d.causes.iter().position(|c| c.id == idn).unwrap_or(0) + 1)
    });
    let dim = field(|c| &c.dimension, id.clone());
    let set_dim = set(id.clone(), |c, v| c.dimension = v);
    let del = id.clone();
    let p = format!("cause-{id}");
    let hint = move || {
        let lang = ctx.lang.get();
        let current = dim.get();
        ctx.draft.with(|d| {
            let dims = match d.kind {
                MaterialKind::Team => &ctx.checklist().cause_dimensions.team,
                MaterialKind::Individual => &ctx.checklist().cause_dimensions.individual,
            };
            dims.iter().find(|x| x.id == current).map(|x| {
                if lang == Lang::Zh {
                    x.hint_zh.clone()
                } else {
                    x.hint_en.clone()
                }
            })
        })
    };
    view! {
        <fieldset class="item" id=p.clone()>
            <legend>{move || fill(ctx.t(S::CauseN), &[("n", n.get().to_string())])}</legend>
            <div class="field">
                <label for=format!("{p}-dimension")>{tr(S::CauseDimension)}</label>
                <select id=format!("{p}-dimension") on:change=move |ev| set_dim(event_target_value(&ev))>
                    {move || {
                        let lang = ctx.lang.get();
                        let kind = ctx.kind.get();
                        let dims = match kind {
                            MaterialKind::Team => ctx.checklist().cause_dimensions.team.clone(),
                            MaterialKind::Individual => ctx.checklist().cause_dimensions.individual.clone(),
                        };
                        dims.into_iter().map(|x| {
                            let selected = dim.get() == x.id;
                            let label = if lang == Lang::Zh { x.zh } else { x.en };
                            view! { <option value=x.id selected=selected>{label}</option> }
                        }).collect_view()
                    }}
                </select>
                <p class="hint">{hint}</p>
            </div>
            <TextField id=format!("{p}-summary") label=S::CauseSummary value=field(|c| &c.summary, id.clone())
                on_change=set(id.clone(), |c, v| c.summary = v)/>
            <TextArea id=format!("{p}-text") label=S::CauseText rows=5 value=field(|c| &c.text, id.clone())
                on_change=set(id.clone(), |c, v| c.text = v)/>
            <ProblemLinks list=List::Causes id=id.clone()/>
            <button type="button" class="danger" on:click=move |_| {
                let id = del.clone();
                ctx.edit(move |d| d.causes.retain(|c| c.id != id))
            }>{tr(S::Delete)}</button>
        </fieldset>
    }
}

#[component]
pub fn MeasuresStep() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ids = Memo::new(move |_| {
        ctx.draft
            .with(|d| d.measures.iter().map(|m| m.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::MeasuresHeading)/>
            <p class="lead">{tr(S::MeasuresHint)}</p>
            {keyed_list(ids, |id| view! { <MeasureEditor id=id/> }.into_any())}
            <button type="button" class="secondary add" id="add-measure" on:click=move |_| {
                let mut new_id = String::new();
                ctx.edit(|d| {
                    new_id = d.new_item_id("m");
                    let responsible = d.profile.person.clone();
                    d.measures.push(Measure { id: new_id.clone(), responsible, ..Default::default() });
                });
                focus_later(format!("measure-{new_id}-summary"));
            }>{tr(S::AddMeasure)}</button>
            <SectionCount section=Section::Measures/>
            <DoneQuestion section=Section::Measures/>
        </section>
    }
}

/// The deadline kinds offered besides a date.
const DEADLINE_WORDS: [(&str, S); 2] = [
    (DEADLINE_AT_ONCE, S::DeadlineNow),
    (DEADLINE_ONGOING, S::DeadlineLong),
];

#[component]
fn MeasureEditor(id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let field =
        move |get: fn(&Measure) -> &String, id: String| item_field(ctx, |d| &d.measures, id, get);
    let set =
        move |id: String, f: fn(&mut Measure, String)| item_setter(ctx, |d| &mut d.measures, id, f);
    let idn = id.clone();
    let n = Memo::new(move |_| {
        ctx.draft
            .with(|d| d.measures.iter().position(|m| m.id == idn).unwrap_or(0) + 1)
    });
    let deadline = field(|m| &m.deadline, id.clone());
    let set_deadline = set(id.clone(), |m, v| m.deadline = v);
    let set_deadline2 = set_deadline.clone();
    let is_date = move || {
        let d = deadline.get();
        !DEADLINE_WORDS.iter().any(|(w, _)| *w == d)
    };
    let del = id.clone();
    let p = format!("measure-{id}");
    let name = format!("{p}-deadline-kind");
    let date_id = format!("{p}-date");
    view! {
        <fieldset class="item" id=p.clone()>
            <legend>{move || fill(ctx.t(S::MeasureN), &[("n", n.get().to_string())])}</legend>
            <TextField id=format!("{p}-summary") label=S::MeasureSummary value=field(|m| &m.summary, id.clone())
                on_change=set(id.clone(), |m, v| m.summary = v)/>
            <TextArea id=format!("{p}-text") label=S::MeasureText rows=4 value=field(|m| &m.text, id.clone())
                on_change=set(id.clone(), |m, v| m.text = v)/>
            <fieldset class="field">
                <legend>{tr(S::Deadline)}</legend>
                <div class="choices">
                    {DEADLINE_WORDS.iter().map(|(word, label)| {
                        let (word, label) = (*word, *label);
                        let set = set_deadline.clone();
                        view! {
                            <label class="choice">
                                <input type="radio" name=name.clone() prop:checked=move || deadline.get() == word
                                    on:change=move |_| set(word.to_string())/>
                                {move || ctx.t(label)}
                            </label>
                        }
                    }).collect_view()}
                    <label class="choice">
                        <input type="radio" name=name.clone() prop:checked=is_date
                            on:change=move |_| set_deadline2(String::new())/>
                        {tr(S::DeadlineDate)}
                    </label>
                    <Show when=is_date>
                        <input type="date" id=date_id.clone() aria-label=tr_attr(S::DeadlineDate)
                            prop:value=move || deadline.get()
                            on:input={
                                let set = set_deadline.clone();
                                move |ev| set(event_target_value(&ev))
                            }/>
                    </Show>
                </div>
            </fieldset>
            <TextField id=format!("{p}-responsible") label=S::Responsible value=field(|m| &m.responsible, id.clone())
                on_change=set(id.clone(), |m, v| m.responsible = v)/>
            <ProblemLinks list=List::Measures id=id.clone()/>
            <button type="button" class="danger" on:click=move |_| {
                let id = del.clone();
                ctx.edit(move |d| d.measures.retain(|m| m.id != id))
            }>{tr(S::Delete)}</button>
        </fieldset>
    }
}
