//! Step: who writes, for which meeting.

use super::fields::{heading_text, StepHeading, TextField};
use super::state::DraftText;
use super::state::{Language, OpenDraft};
use super::tr;
use crate::domain::anchor::FieldId;
use crate::domain::checklist;
use crate::domain::draft::{DraftStoreFields, ProfileStoreFields};
use crate::domain::Checklist;
use crate::domain::MaterialKind;
use crate::strings::S;
use leptos::prelude::*;

#[component]
pub fn ProfileStep() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let kind = draft.store.kind();
    let profile = draft.store.profile();
    let outline = profile.speech_outline();
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
        let generated = draft.with(|d| {
            let mut g = d.clone();
            g.profile.title.clear();
            g.title_in(checklist)
        });
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
                <Show when=move || draft.kind.get() == MaterialKind::Individual>
                    <label class="choice">
                        <input type="checkbox" id="speech-outline"
                            prop:checked=move || outline.get()
                            on:change=move |ev| outline.set(event_target_checked(&ev))/>
                        {tr(S::SpeechOutline)}
                    </label>
                </Show>
            </fieldset>
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
        let mut all: Vec<&'static Checklist> = checklist::all().collect();
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
                    draft.edit(|d| d.use_checklist(c));
                }
            }>
                {move || {
                    let current = draft.checklist().key();
                    choices().into_iter().map(|c| {
                        let key = c.key();
                        let selected = key == current;
                        view! {
                            <option value=key prop:selected=selected>
                                {move || lang.pick(&c.name_zh(), &c.name_en())}
                            </option>
                        }
                    }).collect_view()
                }}
            </select>
            <SourceNote/>
        </div>
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
        view! {
            <p class="hint source-note" data-mark=super::mark_code(c.source.mark)>
                {tr(S::SourceLabel)}{super::mark_text(c.source.mark)}
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
            d.stray_problems(c)
                .map(|p| (p.id.clone(), p.aspect.clone(), p.summary.clone()))
                .collect::<Vec<_>>()
        })
    });
    let move_all = move |_| {
        let c = draft.checklist_untracked();
        draft.edit(|d| d.move_strays_in_place(c));
    };
    view! {
        <Show when=move || strays.with(|s| !s.is_empty())>
            <div class="stray" id="stray-problems" role="region" aria-labelledby="stray-heading">
                <h3 id="stray-heading">{tr(S::StrayHeading)}</h3>
                <p class="hint">{tr(S::StrayHint)}</p>
                <ul>
                    {move || strays.get().into_iter().map(|(pid, _, summary)| {
                        let field = FieldId::MoveProblem(pid.clone()).dom_id();
                        let target = RwSignal::new(String::new());
                        let pid2 = pid.clone();
                        view! {
                            <li>
                                <span class="stray-summary">{if summary.trim().is_empty() { lang.t(S::Untitled).to_string() } else { summary }}</span>
                                <label for=field.clone()>{tr(S::MoveToAspect)}</label>
                                <select id=field on:change=move |ev| target.set(event_target_value(&ev))>
                                    <option value="">{tr(S::ChooseAspect)}</option>
                                    {move || draft.checklist().aspects.iter().map(|a| view! {
                                        <option value=a.id.clone()>{lang.pick(&a.short_zh, &a.short_en)}</option>
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
