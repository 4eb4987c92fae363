//! Step: who writes, for which meeting.

use super::fields::{heading_text, StepHeading, TextField};
use super::tr;
use super::Ctx;
use crate::domain::checklist;
use crate::domain::MaterialKind;
use crate::strings::S;
use leptos::prelude::*;

#[component]
pub fn ProfileStep() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = ctx.draft;
    let kind = Memo::new(move |_| d.with(|d| d.kind));
    let field = move |get: fn(&crate::domain::Draft) -> &String| {
        super::sections::text_of(ctx, move |d| Some(get(d).clone()))
    };
    let person_hint = Signal::derive(move || {
        ctx.t(match kind.get() {
            MaterialKind::Team => S::PersonHintTeam,
            MaterialKind::Individual => S::PersonHintIndividual,
        })
        .to_string()
    });
    let title_hint = Signal::derive(move || {
        let generated = d.with(|d| {
            let mut g = d.clone();
            g.profile.title.clear();
            g.title()
        });
        format!("{}{}", ctx.t(S::TitleHint), generated)
    });
    view! {
        <section class="step" aria-labelledby="step-heading">
            <StepHeading text=heading_text(S::ProfileHeading)/>
            <p class="lead">{tr(S::ProfileHint)}</p>
            <fieldset class="field">
                <legend>{tr(S::KindLabel)}</legend>
                <div class="choices">
                    <label class="choice">
                        <input type="radio" name="kind" id="kind-individual" value="individual"
                            prop:checked=move || kind.get() == MaterialKind::Individual
                            on:change=move |_| ctx.edit(|d| d.kind = MaterialKind::Individual)/>
                        {tr(S::KindIndividual)}
                    </label>
                    <label class="choice">
                        <input type="radio" name="kind" id="kind-team" value="team"
                            prop:checked=move || kind.get() == MaterialKind::Team
                            on:change=move |_| ctx.edit(|d| d.kind = MaterialKind::Team)/>
                        {tr(S::KindTeam)}
                    </label>
                </div>
                <Show when=move || kind.get() == MaterialKind::Individual>
                    <label class="choice">
                        <input type="checkbox" id="speech-outline"
                            prop:checked=move || d.with(|d| d.profile.speech_outline)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                ctx.edit(|d| d.profile.speech_outline = on)
                            }/>
                        {tr(S::SpeechOutline)}
                    </label>
                </Show>
            </fieldset>
            <TextField id="unit" label=S::UnitLabel
                hint=Signal::derive(move || ctx.t(S::UnitHint).to_string())
                value=field(|d| &d.profile.unit)
                on_change=move |v| ctx.edit(|d| d.profile.unit = v)/>
            <TextField id="person" label=S::PersonLabel hint=person_hint
                value=field(|d| &d.profile.person)
                on_change=move |v| ctx.edit(|d| d.profile.person = v)/>
            <TextField id="post" label=S::PostLabel
                hint=Signal::derive(move || ctx.t(S::PostHint).to_string())
                value=field(|d| &d.profile.post)
                on_change=move |v| ctx.edit(|d| d.profile.post = v)/>
            <div class="field">
                <label for="year">{tr(S::YearLabel)}</label>
                <select id="year" name="year" on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<u32>() {
                        ctx.edit(|d| d.profile.year = y)
                    }
                }>
                    {checklist::years().into_iter().map(|y| view! {
                        <option value=y.to_string() selected=move || d.with(|d| d.profile.year == y)>
                            {y}{tr(S::YearSuffix)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <TextField id="title" label=S::TitleLabel hint=title_hint
                value=field(|d| &d.profile.title)
                on_change=move |v| ctx.edit(|d| d.profile.title = v)/>
        </section>
    }
}
