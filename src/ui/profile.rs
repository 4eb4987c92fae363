//! Step: who writes, for which meeting.

use super::checklists::Editing;
use super::drafts::Drafts;
use super::fields::{heading_text, StepHeading, TextField};
use super::state::DraftText;
use super::state::Step;
use super::state::{Language, OpenDraft};
use super::{fill, tr};
use crate::domain::anchor::FieldId;
use crate::domain::checklist;
use crate::domain::draft::{DraftStoreFields, ProfileStoreFields};
use crate::domain::Checklist;
use crate::domain::{MaterialKind, TitleForm};
use crate::strings::S;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ProfileStep() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let kind = draft.store.kind();
    let profile = draft.store.profile();
    let outline = profile.speech_outline();
    let form = profile.title_form();
    let meeting = profile.meeting_date();
    let person_hint = Signal::derive(move || {
        lang.t(match draft.kind.get() {
            MaterialKind::Team => S::PersonHintTeam,
            MaterialKind::Individual => S::PersonHintIndividual,
        })
        .to_string()
    });
    let title_hint = Signal::derive(move || {
        let checklist = draft.checklist();
        let generated = draft.with(|d| d.generated_title(&checklist));
        format!("{}{}", lang.t(S::TitleHint), generated)
    });
    let hint = move |s: S| Signal::derive(move || lang.t(s).to_string());
    view! {
        <section class="step" aria-labelledby="step-heading">
            <StepHeading text=heading_text(S::ProfileHeading)/>
            <p class="lead">{tr(S::ProfileHint)}</p>
            <fieldset class="field">
                <legend>{tr(S::KindLabel)}</legend>
                <div class="choices">
                    <label class="choice">
                        <input type="radio" name="kind" id="kind-individual" value="individual"
                            prop:checked=move || draft.kind.get() == MaterialKind::Individual
                            on:change=move |_| kind.set(MaterialKind::Individual)/>
                        {tr(S::KindIndividual)}
                    </label>
                    <label class="choice">
                        <input type="radio" name="kind" id="kind-team" value="team"
                            prop:checked=move || draft.kind.get() == MaterialKind::Team
                            on:change=move |_| kind.set(MaterialKind::Team)/>
                        {tr(S::KindTeam)}
                    </label>
                </div>
            </fieldset>
            <div class="field">
                <label for="title-form">{tr(S::TitleFormLabel)}</label>
                <select id="title-form" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(f) = TitleForm::ALL.into_iter().find(|f| f.key() == v) {
                        outline.set(false);
                        form.set(f);
                    }
                }>
                    {move || {
                        let kind = draft.kind.get();
                        let current = draft.with(|d| d.title_form());
                        TitleForm::ALL.into_iter().filter(|f| f.fits(kind)).map(|f| view! {
                            <option value=f.key() prop:selected=f == current>{tr(title_form_label(f))}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
            <TextField id=FieldId::Unit label=S::UnitLabel hint=hint(S::UnitHint) field=draft.text(DraftText::Unit)/>
            <TextField id=FieldId::Person label=S::PersonLabel hint=person_hint field=draft.text(DraftText::Person)/>
            <TextField id=FieldId::Post label=S::PostLabel hint=hint(S::PostHint) field=draft.text(DraftText::Post)/>
            <ChecklistChoice/>
            <StrayProblems/>
            <div class="field">
                <label for=FieldId::MeetingDate.dom_id()>{tr(S::MeetingDateLabel)}</label>
                <p class="hint" id="meeting-date-hint">{tr(S::MeetingDateHint)}</p>
                <input type="date" id=FieldId::MeetingDate.dom_id() aria-describedby="meeting-date-hint"
                    prop:value=move || meeting.get()
                    on:change=move |ev| meeting.set(event_target_value(&ev))/>
            </div>
            <TextField id=FieldId::Title label=S::TitleLabel hint=title_hint field=draft.text(DraftText::Title)/>
        </section>
    }
}

/// The meeting year and its checklist: the built-in ones (2023年度 has two) and the
/// unit's own. Changing it deletes nothing: problems under aspects the new checklist
/// lacks wait in [`StrayProblems`].
#[component]
fn ChecklistChoice() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let id = FieldId::ChecklistChoice.dom_id();
    let choices = move || {
        let mut all: Vec<Arc<Checklist>> = checklist::all_shared().collect();
        all.extend(draft.custom.get());
        all
    };
    view! {
        <div class="field">
            <label for=id.clone()>{tr(S::ChecklistLabel)}</label>
            <p class="hint" id="checklist-hint">{tr(S::ChecklistHint)}</p>
            <select id=id aria-describedby="checklist-hint" on:change=move |ev| {
                let key = event_target_value(&ev);
                let chosen = choices().into_iter().find(|c| c.key() == key);
                if let Some(c) = chosen {
                    let from = draft.checklist_untracked();
                    draft.edit(|d| d.change_checklist(&from, &c));
                }
            }>
                {move || {
                    let year = draft.which.get().1;
                    // A year without its checklist: the stand-in, said as such.
                    let from = draft.stands_in();
                    let stand_in = from.map(|from| view! {
                        <option value=STAND_IN prop:selected=true>
                            {move || fill(lang.t(S::StandInOption), &[("year", year.to_string()), ("from", from.to_string())])}
                        </option>
                    });
                    let current = if from.is_none() { draft.checklist().key() } else { String::new() };
                    let options = choices().into_iter().map(|c| {
                        let key = c.key();
                        let selected = key == current;
                        view! {
                            <option value=key prop:selected=selected>
                                {move || lang.pick(&c.name_zh(), &c.name_en())}
                            </option>
                        }
                    }).collect_view();
                    (stand_in, options)
                }}
            </select>
            <StandIn/>
            <SourceNote/>
        </div>
    }
}

/// The words for a form of the title.
fn title_form_label(f: TitleForm) -> S {
    match f {
        TitleForm::Comparison => S::TitleFormComparison,
        TitleForm::Inspection => S::TitleFormInspection,
        TitleForm::Outline => S::TitleFormOutline,
        TitleForm::OutlineAt => S::TitleFormOutlineAt,
    }
}

/// The value of the choice that stands for a year without a checklist.
const STAND_IN: &str = "stand-in";

/// For a year without a checklist: one line saying which one stands in, and the
/// offer to make the unit's own from it.
#[component]
fn StandIn() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let editing = expect_context::<Editing>();
    let make = move |_| {
        let ctx = Drafts::get();
        if let Some(id) = ctx.own_for_open_draft() {
            editing.0.set(Some(id));
            ctx.nav.go(Step::OwnChecklist);
        }
    };
    move || {
        let c = draft.checklist();
        let year = draft.which.get().1;
        draft.stands_in().map(|_| {
            let args = move || {
                [
                    ("year", year.to_string()),
                    ("from", lang.pick(&c.label_zh, &c.label_en)),
                    (
                        "name",
                        lang.pick(&c.checklist_name_zh, &c.checklist_name_en),
                    ),
                ]
            };
            view! {
                <p class="stand-in" id="stand-in" role="note">
                    {let args = args.clone(); move || fill(lang.t(S::StandInLine), &args())}" "
                    <button type="button" class="secondary small" id="stand-in-make" on:click=make>
                        {move || fill(lang.t(S::StandInMake), &args())}
                    </button>
                </p>
            }
        })
    }
}

/// Where the chosen checklist's wording comes from, and how sure it is.
#[component]
fn SourceNote() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    move || {
        let c = draft.checklist();
        let note = lang.pick(&c.source.note_zh, &c.source.note_en);
        // On a stand-in, whose source this is.
        let label = if draft.stands_in().is_none() {
            lang.t(S::SourceLabel).to_string()
        } else {
            fill(
                lang.t(S::SourceOfStandIn),
                &[("from", lang.pick(&c.label_zh, &c.label_en))],
            )
        };
        view! {
            <p class="hint source-note" data-mark=super::mark_code(c.source.mark)>
                {label}{super::mark_text(c.source.mark)}
                {(!note.is_empty()).then(|| format!("{}{note}", lang.t(S::SentenceSep)))}
                {(!c.source.refs.is_empty()).then(|| view! {
                    <span class="refs">{c.source.refs.join(" ")}</span>
                })}
            </p>
        }
    }
}

/// Problems under aspects the chosen checklist does not have: each can be moved to
/// one of its aspects (or all of them, aspect by aspect in order). Until then they
/// stay in the draft, out of the material, and the check page lists them.
#[component]
fn StrayProblems() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let strays = Memo::new(move |_| {
        let c = draft.checklist();
        draft.with(|d| {
            d.stray_problems(&c)
                .map(|p| {
                    let proposed = crate::domain::Draft::proposed_aspect(p, &c).unwrap_or_default();
                    (p.id.clone(), proposed, p.summary.clone())
                })
                .collect::<Vec<_>>()
        })
    });
    let move_all = move |_| {
        let c = draft.checklist_untracked();
        draft.edit(|d| d.move_strays(&c));
    };
    view! {
        <Show when=move || strays.with(|s| !s.is_empty())>
            <div class="stray" id="stray-problems" role="region" aria-labelledby="stray-heading">
                <h3 id="stray-heading">{tr(S::StrayHeading)}</h3>
                <p class="hint">{tr(S::StrayHint)}</p>
                <ul>
                    {move || strays.get().into_iter().map(|(pid, proposed, summary)| {
                        let field = FieldId::MoveProblem(pid.clone()).dom_id();
                        // The aspect covering the same ground, for the user to confirm.
                        let target = RwSignal::new(proposed);
                        let pid2 = pid.clone();
                        view! {
                            <li>
                                <span class="stray-summary">{if summary.trim().is_empty() { lang.t(S::Untitled).to_string() } else { summary }}</span>
                                <label for=field.clone()>{tr(S::MoveToAspect)}</label>
                                <select id=field on:change=move |ev| target.set(event_target_value(&ev))>
                                    <option value="">{tr(S::ChooseAspect)}</option>
                                    {move || draft.checklist().aspects.iter().map(|a| {
                                        let id = a.id.clone();
                                        let chosen = target.get_untracked() == id;
                                        view! {
                                            <option value=id prop:selected=chosen>{lang.pick(&a.short_zh, &a.short_en)}</option>
                                        }
                                    }).collect_view()}
                                </select>
                                <button type="button" class="secondary" id=format!("move-{pid}-go")
                                    prop:disabled=move || target.with(String::is_empty)
                                    on:click=move |_| {
                                        let to = target.get_untracked();
                                        if !to.is_empty() {
                                            draft.edit(|d| d.move_problem(&pid2, &to));
                                        }
                                    }>{tr(S::MoveButton)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <button type="button" id="move-all" on:click=move_all>{tr(S::MoveAll)}</button>
            </div>
        </Show>
    }
}
