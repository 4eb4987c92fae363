//! Step: who writes, for which meeting.

use super::fields::{heading_text, StepHeading, TextField};
use super::state::DraftText;
use super::state::{Language, OpenDraft};
use super::tr;
use crate::domain::anchor::FieldId;
use crate::domain::checklist;
use crate::domain::draft::{DraftStoreFields, ProfileStoreFields};
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
    let year = profile.year();
    let meeting = profile.meeting_date();
    let person_hint = Signal::derive(move || {
        lang.t(match draft.kind.get() {
            MaterialKind::Team => S::PersonHintTeam,
            MaterialKind::Individual => S::PersonHintIndividual,
        })
        .to_string()
    });
    let title_hint = Signal::derive(move || {
        let generated = draft.with(|d| {
            let mut g = d.clone();
            g.profile.title.clear();
            g.title()
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
            <div class="field">
                <label for="year">{tr(S::YearLabel)}</label>
                <select id="year" name="year" on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<u32>() {
                        year.set(y)
                    }
                }>
                    {checklist::years().into_iter().map(|y| view! {
                        <option value=y.to_string() prop:selected=move || year.get() == y>
                            {y}{tr(S::YearSuffix)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
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
