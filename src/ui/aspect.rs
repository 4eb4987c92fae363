//! Step: 存在的问题 under one aspect, with its self-check prompts beside the editor.

use super::fields::{keyed_list, DoneQuestion, SectionCount, StepHeading, TextArea, TextField};
use super::sections::{item_field, item_setter, text_of};
use super::{fill, tr, Ctx};
use crate::domain::checks::Section;
use crate::domain::Problem;
use crate::strings::{Lang, S};
use leptos::prelude::*;

/// The problems of the aspect on screen, for its problem editors.
#[derive(Clone)]
struct AspectProblems {
    aspect: String,
    ids: Memo<Vec<String>>,
}

#[component]
pub fn AspectStep(index: usize) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let aspect = move || ctx.checklist().aspects.get(index).cloned();
    let Some(a) = aspect() else {
        return ().into_any();
    };
    let aid = a.id.clone();
    let heading: Signal<String> = {
        let aid = aid.clone();
        Signal::from(Memo::new(move |_| {
            let a = ctx.checklist().aspects.get(index).cloned();
            a.map(|a| {
                ctx.draft.with(|d| {
                    d.wording_override
                        .get(&aid)
                        .filter(|w| !w.trim().is_empty())
                        .cloned()
                        .unwrap_or_else(|| {
                            a.wording(d.wording_choice.get(&aid).map(String::as_str))
                                .zh
                                .clone()
                        })
                })
            })
            .unwrap_or_default()
        }))
    };
    let english = {
        let a = a.clone();
        move || {
            (ctx.lang.get() == Lang::En)
                .then(|| view! { <p class="translation">{a.wordings[0].en.clone()}</p> })
        }
    };
    let ids = {
        let aid = aid.clone();
        Memo::new(move |_| {
            ctx.draft.with(|d| {
                d.problems_of(&aid)
                    .map(|p| p.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    };
    provide_context(AspectProblems {
        aspect: aid.clone(),
        ids,
    });
    let wordings = (a.wordings.len() > 1).then(|| {
        let aid = aid.clone();
        a.wordings
            .iter()
            .map(|w| {
                let (aid, wid, aid2, wid2) = (aid.clone(), w.id.clone(), aid.clone(), w.id.clone());
                let first = a.wordings[0].id.clone();
                let checked = Memo::new(move |_| {
                    ctx.draft.with(|d| {
                        d.wording_choice.get(&aid).unwrap_or(&first) == &wid
                    })
                });
                view! {
                    <label class="choice wording">
                        <input type="radio" name="wording" id=format!("wording-{wid2}") prop:checked=checked
                            on:change=move |_| {
                                let (a, w) = (aid2.clone(), wid2.clone());
                                ctx.edit(move |d| { d.wording_choice.insert(a, w); })
                            }/>
                        <span lang="zh-CN">{w.zh.clone()}</span>
                    </label>
                }
            })
            .collect_view()
    });
    let prompts = a.prompts.clone();
    let total_prompts = prompts.len();
    let considered = {
        let ids: Vec<String> = prompts.iter().map(|p| p.id.clone()).collect();
        Memo::new(move |_| {
            ctx.draft
                .with(|d| ids.iter().filter(|id| d.prompts_done.contains(id)).count())
        })
    };
    let own_wording = {
        let aid = aid.clone();
        text_of(ctx, move |d| d.wording_override.get(&aid).cloned())
    };
    let set_own = {
        let aid = aid.clone();
        move |v: String| {
            let aid = aid.clone();
            ctx.edit(move |d| {
                if v.trim().is_empty() {
                    d.wording_override.remove(&aid);
                } else {
                    d.wording_override.insert(aid, v);
                }
            })
        }
    };
    let add = {
        let aid = aid.clone();
        move |_| {
            let aid = aid.clone();
            let mut new_id = String::new();
            ctx.edit(|d| new_id = d.add_problem(&aid));
            focus_later(format!("problem-{new_id}-summary"));
        }
    };
    let section = Section::Aspect(aid.clone());
    view! {
        <section class="step aspect-step">
            <StepHeading text=heading/>
            {english}
            <div class="aspect-grid">
                <div class="aspect-editor">
                    <p class="lead">{tr(S::AspectHint)}</p>
                    <Undo/>
                    <Show when=move || ids.with(|i| i.is_empty())>
                        <p class="empty">{tr(S::NoProblemsYet)}</p>
                    </Show>
                    {keyed_list(ids, |id| view! { <ProblemEditor id=id/> }.into_any())}
                    <button type="button" class="secondary add" id="add-problem" on:click=add>{tr(S::AddProblem)}</button>
                    <SectionCount section=section.clone()/>
                    <DoneQuestion section=section/>
                    <details class="wording-details">
                        <summary>{tr(S::AspectWording)}</summary>
                        <p class="hint">{tr(S::AspectWordingHint)}</p>
                        {wordings}
                        <TextField id="wording-own" label=S::WordingOwn value=own_wording on_change=set_own/>
                    </details>
                </div>
                <aside class="prompts" aria-labelledby="prompts-heading">
                    <h2 id="prompts-heading">{tr(S::PromptsHeading)}</h2>
                    <p class="hint">{tr(S::PromptsHint)}</p>
                    <p class="prompts-progress">{move || fill(ctx.t(S::PromptsProgress), &[("n", considered.get().to_string()), ("total", total_prompts.to_string())])}</p>
                    <ul>
                        {prompts.into_iter().map(|p| {
                            let (pid, pid2, pid3) = (p.id.clone(), p.id.clone(), p.id.clone());
                            let (zh, en) = (p.zh.clone(), p.en.clone());
                            view! {
                                <li>
                                    <label class="prompt">
                                        <input type="checkbox" id=format!("prompt-{pid3}")
                                            prop:checked=Memo::new(move |_| ctx.draft.with(|d| d.prompts_done.contains(&pid)))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                let id = pid2.clone();
                                                ctx.edit(move |d| crate::domain::Draft::toggle_link(&mut d.prompts_done, &id, on))
                                            }/>
                                        <span>{move || if ctx.lang.get() == Lang::Zh { zh.clone() } else { en.clone() }}</span>
                                    </label>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </aside>
            </div>
        </section>
    }
    .into_any()
}

/// Focuses an element once the view has caught up with a change.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// "已删除…… 撤销": the last deleted problem can be put back.
#[component]
fn Undo() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || {
        ctx.undo.get().map(|r| {
            let name = r.problem.summary.clone();
            view! {
                <div class="undo" role="status">
                    <span>{fill(ctx.t(S::Deleted), &[("name", name)])}</span>
                    <button type="button" id="undo" on:click=move |_| {
                        if let Some(r) = ctx.undo.get_untracked() {
                            let id = r.problem.id.clone();
                            ctx.undo.set(None);
                            ctx.edit(move |d| d.restore_problem(r));
                            focus_later(format!("problem-{id}-summary"));
                        }
                    }>{tr(S::Undo)}</button>
                </div>
            }
        })
    }
}

#[component]
fn ProblemEditor(id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let field =
        move |get: fn(&Problem) -> &String, id: String| item_field(ctx, |d| &d.problems, id, get);
    let set =
        move |id: String, f: fn(&mut Problem, String)| item_setter(ctx, |d| &mut d.problems, id, f);
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
    let p = format!("problem-{id}");
    view! {
        <fieldset class="item problem" id=p.clone()>
            <legend>{move || fill(ctx.t(S::ProblemN), &[("n", n.get().to_string())])}</legend>
            <TextField id=format!("{p}-summary") label=S::ProblemSummary
                hint=Signal::derive(move || ctx.t(S::ProblemSummaryHint).to_string())
                value=field(|p| &p.summary, id.clone()) on_change=set(id.clone(), |p, v| p.summary = v)/>
            <TextArea id=format!("{p}-detail") label=S::ProblemDetail hint=S::ProblemDetailHint rows=6
                value=field(|p| &p.detail, id.clone()) on_change=set(id.clone(), |p, v| p.detail = v)/>
            <div class="item-actions">
                <button type="button" on:click=move |_| { let id = up.clone(); ctx.edit(move |d| d.shift_problem(&id, -1)) }>{tr(S::MoveUp)}</button>
                <button type="button" on:click=move |_| { let id = down.clone(); ctx.edit(move |d| d.shift_problem(&id, 1)) }>{tr(S::MoveDown)}</button>
                <label class="move-to">
                    <span class="visually-hidden">{tr(S::MoveTo)}</span>
                    <select on:change=move |ev| {
                        let target = event_target_value(&ev);
                        if !target.is_empty() {
                            let id = mv.clone();
                            ctx.edit(move |d| d.move_problem(&id, &target));
                        }
                    }>
                        <option value="" selected=true>{tr(S::MoveTo)}</option>
                        {move || {
                            let lang = ctx.lang.get();
                            let here = current_aspect.clone();
                            ctx.checklist().aspects.iter().filter(|a| a.id != here).map(|a| {
                                let label = if lang == Lang::Zh { a.short_zh.clone() } else { a.short_en.clone() };
                                view! { <option value=a.id.clone()>{label}</option> }
                            }).collect_view()
                        }}
                    </select>
                </label>
                <button type="button" class="danger" on:click=move |_| {
                    let id = del.clone();
                    let mut removed = None;
                    ctx.edit(|d| removed = d.remove_problem(&id));
                    ctx.undo.set(removed);
                    focus_later("add-problem".into());
                }>{tr(S::Delete)}</button>
            </div>
        </fieldset>
    }
}
