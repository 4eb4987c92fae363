//! Step: 存在的问题 under one aspect, with its self-check prompts beside the editor.

use super::fields::{keyed_list, DoneQuestion, SectionCount, StepHeading, TextArea, TextField};
use super::state::{Binding, Language, Notices, OpenDraft};
use super::{fill, tr};
use crate::domain::anchor::{CausePart, FieldId, LastYearPart, MeasurePart, ProblemPart, Section};
use crate::domain::checklist::Aspect;
use crate::domain::draft::DraftStoreFields;
use crate::domain::Deleted;
use crate::strings::{Lang, S};
use leptos::prelude::*;
use std::sync::Arc;

/// The problems of the aspect on screen, for its problem editors.
#[derive(Clone)]
struct AspectProblems {
    aspect: Arc<str>,
    ids: Memo<Vec<String>>,
}

#[component]
pub fn AspectStep(aspect: Arc<str>) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let Some(a) = draft.checklist_untracked().aspect(&aspect).cloned() else {
        return ().into_any();
    };
    let aid = a.id.clone();
    let choice = draft.store.wording_choice();
    let overrides = draft.store.wording_override();
    let heading: Signal<String> = {
        let aid = aid.clone();
        let a = a.clone();
        Signal::from(Memo::new(move |_| {
            let own = overrides.with(|o| o.get(&aid).filter(|w| !w.trim().is_empty()).cloned());
            own.unwrap_or_else(|| {
                choice.with(|c| a.wording(c.get(&aid).map(String::as_str)).zh.clone())
            })
        }))
    };
    let english_text = a.wordings[0].en.clone();
    let english = move || {
        (lang.get() == Lang::En)
            .then(|| view! { <p class="translation">{english_text.clone()}</p> })
    };
    let ids = Memo::new({
        let aspect = aspect.clone();
        move |_| draft.problem_ids(&aspect)
    });
    provide_context(AspectProblems {
        aspect: aspect.clone(),
        ids,
    });
    let add = move |_| {
        let mut new_id = String::new();
        draft.edit(|d| new_id = d.add_problem(&aspect));
        focus_later(FieldId::Problem(new_id, ProblemPart::Summary).dom_id());
    };
    let section = Section::Aspect(aid.clone());
    let prompts = a.clone();
    view! {
        <section class="step aspect-step">
            <StepHeading text=heading/>
            {english}
            <div class="aspect-grid">
                <div class="aspect-editor">
                    <p class="lead">{tr(S::AspectHint)}</p>
                    <details class="rules">
                        <summary>{tr(S::RulesHeading)}</summary>
                        <p>{tr(S::RulesFourNots)}</p>
                        <p>{tr(S::RulesThreeIns)}</p>
                    </details>
                    <Undo of=|d| matches!(d, Deleted::Problem(_))/>
                    <Show when=move || ids.with(|i| i.is_empty())>
                        <p class="empty">{tr(S::NoProblemsYet)}</p>
                    </Show>
                    {keyed_list(ids, |id| view! { <ProblemEditor id=id/> }.into_any())}
                    <button type="button" class="secondary add" id=FieldId::AddProblem.dom_id() on:click=add>{tr(S::AddProblem)}</button>
                    <SectionCount section=section.clone()/>
                    <DoneQuestion section=section/>
                    {wording_choice(a)}
                </div>
                {prompts_and_examples(prompts)}
            </div>
        </section>
    }
    .into_any()
}

/// The aspect's heading as the material says it: one of the notice's wordings, or
/// the unit's own.
fn wording_choice(a: Aspect) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let choice = draft.store.wording_choice();
    let aid = a.id.clone();
    let wordings = (a.wordings.len() > 1).then(|| {
        let aid = aid.clone();
        a.wordings
            .iter()
            .map(|w| {
                let (aid, wid, aid2, wid2) = (aid.clone(), w.id.clone(), aid.clone(), w.id.clone());
                let first = a.wordings[0].id.clone();
                let checked =
                    Memo::new(move |_| choice.with(|c| c.get(&aid).unwrap_or(&first) == &wid));
                view! {
                    <label class="choice wording">
                        <input type="radio" name="wording" id=format!("wording-{wid2}") prop:checked=checked
                            on:change=move |_| {
                                let (a, w) = (aid2.clone(), wid2.clone());
                                choice.update(move |c| { c.insert(a, w); })
                            }/>
                        <span lang="zh-CN">{w.zh.clone()}</span>
                    </label>
                }
            })
            .collect_view()
    });
    let own_wording = own_wording_field(draft, aid);
    let several = a.wordings.len() > 1;
    let own_label = if several {
        S::WordingOwn
    } else {
        S::WordingOwnOne
    };
    view! {
        <details class="wording-details">
            <summary>{tr(S::AspectWording)}</summary>
            <p class="hint">{tr(if several { S::AspectWordingHint } else { S::AspectWordingHintOne })}</p>
            <p class="hint wording-mark">{move || {
                let w = choice.with(|c| a.wording(c.get(&a.id).map(String::as_str)));
                view! { <span data-mark=super::mark_code(w.mark)>{tr(S::SourceLabel)}{super::mark_text(w.mark)}</span> }
            }}</p>
            {wordings}
            <TextField id=FieldId::OwnWording label=own_label field=own_wording/>
        </details>
    }
}

/// The aspect's prompts for this kind of material, each to tick once considered, and
/// its good and weak examples.
fn prompts_and_examples(a: Aspect) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let kind = draft.kind.get_untracked();
    let prompts: Vec<_> = a.prompts_for(kind).cloned().collect();
    let examples = a
        .examples_for(kind)
        .into_iter()
        .map(|e| {
            let good = e.quality == crate::domain::checklist::Quality::Good;
            let (why_zh, why_en) = (e.why_zh.clone(), e.why_en.clone());
            view! {
                <li class=if good { "example good" } else { "example weak" } data-quality=if good { "good" } else { "weak" }>
                    <p class="example-label">{tr(if good { S::ExampleGood } else { S::ExampleWeak })}</p>
                    <p class="example-text" lang="zh-CN"><strong>{e.summary_zh.clone()}</strong>{e.detail_zh.clone()}</p>
                    <p class="example-why">{move || lang.pick(&why_zh, &why_en).to_string()}</p>
                </li>
            }
        })
        .collect_view();
    let total_prompts = prompts.len();
    let done = draft.store.prompts_done();
    let considered = {
        let ids: Vec<String> = prompts.iter().map(|p| p.id.clone()).collect();
        Memo::new(move |_| done.with(|d| ids.iter().filter(|id| d.contains(id)).count()))
    };
    view! {
        <aside class="prompts" aria-labelledby="prompts-heading">
            <h2 id="prompts-heading">{tr(S::PromptsHeading)}</h2>
            <p class="hint">{tr(S::PromptsHint)}</p>
            <p class="prompts-progress">{move || fill(lang.t(S::PromptsProgress), &[("n", considered.get().to_string()), ("total", total_prompts.to_string())])}</p>
            <ul>
                {prompts.into_iter().map(|p| {
                    let (pid, pid2, pid3) = (p.id.clone(), p.id.clone(), p.id.clone());
                    let (zh, en) = (p.zh.clone(), p.en.clone());
                    view! {
                        <li>
                            <label class="prompt">
                                <input type="checkbox" id=format!("prompt-{pid3}")
                                    prop:checked=Memo::new(move |_| done.with(|d| d.contains(&pid)))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        done.update(|d| crate::domain::Draft::toggle_link(d, &pid2, on))
                                    }/>
                                <span>{move || lang.pick(&zh, &en)}</span>
                            </label>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <details class="examples">
                <summary>{tr(S::ExamplesHeading)}</summary>
                <p class="hint">{tr(S::ExamplesHint)}</p>
                <ul>{examples}</ul>
            </details>
        </aside>
    }
}

/// Focuses an element once the view has caught up with a change.
pub fn focus_later(id: String) {
    super::browser::focus_soon(id);
}

/// "已删除…… 撤销": the last deleted item of a list can be put back. Each list step
/// shows the notice for its own kind of item (`of`).
#[component]
pub fn Undo(of: fn(&Deleted) -> bool) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let notices = expect_context::<Notices>();
    let lang = expect_context::<Language>();
    move || {
        notices.undo.get().filter(of).map(|d| {
            let name = match d.name() {
                "" => lang.t(S::Untitled).to_string(),
                n => n.to_string(),
            };
            view! {
                <div class="undo" role="status">
                    <span>{fill(lang.t(S::Deleted), &[("name", name)])}</span>
                    <button type="button" id="undo" on:click=move |_| {
                        if let Some(d) = notices.undo.get_untracked() {
                            let id = d.id().to_string();
                            let field = match &d {
                                Deleted::Problem(_) => FieldId::Problem(id, ProblemPart::Summary),
                                Deleted::Cause { .. } => FieldId::Cause(id, CausePart::Summary),
                                Deleted::Measure { .. } => FieldId::Measure(id, MeasurePart::Summary),
                                Deleted::LastYear { .. } => FieldId::LastYear(id, LastYearPart::Problem),
                            };
                            notices.undo.set(None);
                            draft.edit(move |dr| dr.restore(d));
                            focus_later(field.dom_id());
                        }
                    }>{tr(S::Undo)}</button>
                </div>
            }
        })
    }
}

/// Deletes an item of a draft's list and offers its undo, whose button takes focus
/// (the notice is at the top of the step, maybe out of view).
pub fn delete_with_undo(
    draft: OpenDraft,
    notices: Notices,
    remove: impl FnOnce(&mut crate::domain::Draft) -> Option<Deleted>,
) {
    let mut deleted = None;
    draft.edit(|d| deleted = remove(d));
    if deleted.is_some() {
        notices.undo.set(deleted);
        focus_later("undo".into());
    }
}

/// The unit's own wording of an aspect: an entry of the draft's overrides map, as a
/// field of its own (an empty text removes the entry).
fn own_wording_field(draft: OpenDraft, aspect: String) -> Binding<String> {
    let overrides = draft.store.wording_override();
    let a = aspect.clone();
    Binding::new(
        move || Some(overrides.with(|o| o.get(&a).cloned().unwrap_or_default())),
        move |v: String| {
            let a = aspect.clone();
            overrides.update(move |o| {
                if v.is_empty() {
                    o.remove(&a);
                } else {
                    o.insert(a, v);
                }
            })
        },
    )
}

#[component]
fn ProblemEditor(id: String) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let notices = expect_context::<Notices>();
    let text = {
        let id = id.clone();
        move |part| draft.problem_text(id.clone(), part)
    };
    let fid = {
        let id = id.clone();
        move |part| FieldId::Problem(id.clone(), part)
    };
    // The aspect's problem ids and the aspect itself come from the step, so typing in
    // a field does not make every problem recompute its number.
    let siblings = expect_context::<AspectProblems>();
    let idn = id.clone();
    let n = Memo::new(move |_| {
        siblings
            .ids
            .with(|ids| ids.iter().position(|x| *x == idn).unwrap_or(0) + 1)
    });
    let (up, down, del, mv) = (id.clone(), id.clone(), id.clone(), id.clone());
    let current_aspect = siblings.aspect;
    view! {
        <fieldset class="item problem" id=format!("problem-{id}")>
            <legend>{move || fill(lang.t(S::ProblemN), &[("n", n.get().to_string())])}</legend>
            <TextField id=fid(ProblemPart::Summary) label=S::ProblemSummary
                hint=Signal::derive(move || lang.t(S::ProblemSummaryHint).to_string())
                field=text(ProblemPart::Summary)/>
            <TextArea id=fid(ProblemPart::Detail) label=S::ProblemDetail hint=S::ProblemDetailHint rows=6
                field=text(ProblemPart::Detail)/>
            <div class="item-actions">
                <button type="button" on:click=move |_| { let id = up.clone(); draft.edit(move |d| d.shift_problem(&id, -1)) }>{tr(S::MoveUp)}</button>
                <button type="button" on:click=move |_| { let id = down.clone(); draft.edit(move |d| d.shift_problem(&id, 1)) }>{tr(S::MoveDown)}</button>
                <label class="move-to">
                    <span class="visually-hidden">{tr(S::MoveTo)}</span>
                    <select on:change=move |ev| {
                        let target = event_target_value(&ev);
                        if !target.is_empty() {
                            let id = mv.clone();
                            draft.edit(move |d| d.move_problem(&id, &target));
                        }
                    }>
                        <option value="" selected=true>{tr(S::MoveTo)}</option>
                        {move || {
                            draft.checklist().aspects.iter().filter(|a| *a.id != *current_aspect).map(|a| {
                                view! { <option value=a.id.clone()>{lang.pick(&a.short_zh, &a.short_en)}</option> }
                            }).collect_view()
                        }}
                    </select>
                </label>
                <button type="button" class="danger" on:click=move |_| {
                    let id = del.clone();
                    delete_with_undo(draft, notices, move |d| d.remove_problem(&id).map(Deleted::Problem))
                }>{tr(S::Delete)}</button>
            </div>
        </fieldset>
    }
}
