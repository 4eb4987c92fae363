//! The short sections: 导语, 上年度整改落实情况, 需要向组织说明的事项, 表态.

use super::fields::{
    heading_text, keyed_list, DoneQuestion, NumberField, SectionCount, StepHeading, TextArea,
    TextField,
};
use super::state::DraftText;
use super::state::{bind, Language, OpenDraft};
use super::{fill, tr};
use crate::domain::anchor::{FieldId, LastYearPart, Section};
use crate::domain::draft::{DraftStoreFields, IntroStoreFields};
use crate::domain::render::generated_intro;
use crate::domain::{ItemStatus, LastYearItem, MaterialKind};
use crate::strings::S;
use leptos::prelude::*;

#[component]
pub fn IntroStep() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let intro = draft.store.intro();
    let team = Memo::new(move |_| draft.kind.get() == MaterialKind::Team);
    let generated = Memo::new(move |_| draft.with(|d| generated_intro(d, draft.checklist())));
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::IntroHeading)/>
            <p class="lead">{tr(S::IntroHint)}</p>
            <div class="number-row">
                <NumberField id=FieldId::StudySessions label=S::StudySessions field=bind(intro.study_sessions())/>
                <Show when=move || team.get()>
                    <NumberField id=FieldId::OpinionsTeam label=S::OpinionsTeam field=bind(intro.opinions_team())/>
                </Show>
                <Show when=move || !team.get()>
                    <NumberField id=FieldId::OpinionsPerson label=S::OpinionsPerson field=bind(intro.opinions_person())/>
                </Show>
                <NumberField id=FieldId::Talks label=S::Talks field=bind(intro.talks())/>
            </div>
            <h2 class="sub">{tr(S::GeneratedIntro)}</h2>
            <blockquote class="generated" lang="zh-CN">{move || generated.get()}</blockquote>
            <button type="button" class="secondary" id="use-generated" on:click=move |_| {
                intro.text().set(generated.get_untracked());
            }>{tr(S::UseGenerated)}</button>
            <TextArea id=FieldId::IntroText label=S::OwnIntro rows=6 field=draft.text(DraftText::Intro)/>
            <SectionCount section=Section::Intro/>
        </section>
    }
}

#[component]
pub fn LastYearStep() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let list = draft.store.last_year();
    let ids = Memo::new(move |_| list.with(|l| l.iter().map(|i| i.id.clone()).collect::<Vec<_>>()));
    let previous = move || {
        let c = draft.checklist();
        lang.pick(&c.previous_meeting_zh, &c.previous_meeting_en)
    };
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::LastYearHeading)/>
            <p class="meeting-name">{previous}</p>
            <p class="lead">{tr(S::LastYearHint)}</p>
            {keyed_list(ids, |id| view! { <LastYearEditor id=id/> }.into_any())}
            <button type="button" class="secondary add" id=FieldId::AddLastYear.dom_id() on:click=move |_| {
                draft.edit(|d| {
                    let id = d.new_item_id("l");
                    d.last_year.push(LastYearItem { id, ..Default::default() });
                })
            }>{tr(S::AddLastYear)}</button>
            <SectionCount section=Section::LastYear/>
            <DoneQuestion section=Section::LastYear/>
        </section>
    }
}

#[component]
fn LastYearEditor(id: String) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let idn = id.clone();
    let ids = draft.store.last_year();
    let n = Memo::new(move |_| ids.with(|l| l.iter().position(|i| i.id == idn).unwrap_or(0) + 1));
    let text = {
        let id = id.clone();
        move |part| draft.last_year_text(id.clone(), part)
    };
    let fid = {
        let id = id.clone();
        move |part| FieldId::LastYear(id.clone(), part)
    };
    let status = draft.last_year_status(id.clone());
    let ongoing = Memo::new(move |_| status.get() == Some(ItemStatus::Ongoing));
    let remove = id.clone();
    let p = format!("ly-{id}");
    let ongoing_id = format!("{p}-ongoing");
    let name = fid(LastYearPart::Status).dom_id();
    view! {
        <fieldset class="item" id=p>
            <legend>{move || fill(lang.t(S::LastYearItem), &[("n", n.get().to_string())])}</legend>
            <TextField id=fid(LastYearPart::Problem) label=S::LastYearProblem field=text(LastYearPart::Problem)/>
            <TextArea id=fid(LastYearPart::Measure) label=S::LastYearMeasure rows=2 field=text(LastYearPart::Measure)/>
            <fieldset class="field">
                <legend>{tr(S::LastYearStatus)}</legend>
                <div class="choices">
                    <label class="choice">
                        <input type="radio" name=name.clone() value="done" prop:checked=move || !ongoing.get()
                            on:change=move |_| status.set(ItemStatus::Done)/>
                        {tr(S::StatusDone)}
                    </label>
                    <label class="choice">
                        <input type="radio" name=name.clone() id=ongoing_id value="ongoing" prop:checked=move || ongoing.get()
                            on:change=move |_| status.set(ItemStatus::Ongoing)/>
                        {tr(S::StatusOngoing)}
                    </label>
                </div>
            </fieldset>
            <TextArea id=fid(LastYearPart::Result) label=S::LastYearResult rows=2 field=text(LastYearPart::Result)/>
            <Show when=move || ongoing.get()>
                <TextArea id=fid(LastYearPart::Next) label=S::LastYearNext rows=2 field=text(LastYearPart::Next)/>
            </Show>
            <button type="button" class="danger" on:click=move |_| {
                let id = remove.clone();
                draft.edit(move |d| d.last_year.retain(|i| i.id != id))
            }>{tr(S::Delete)}</button>
        </fieldset>
    }
}

/// A step that is one long text of the draft (需要向组织说明的事项, 表态).
fn one_text_step(
    heading: S,
    hint: S,
    id: FieldId,
    label: S,
    rows: u32,
    text: DraftText,
) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    view! {
        <section class="step">
            <StepHeading text=heading_text(heading)/>
            <p class="lead">{tr(hint)}</p>
            <TextArea id=id label=label rows=rows field=draft.text(text)/>
        </section>
    }
}

#[component]
pub fn ExplanationsStep() -> impl IntoView {
    one_text_step(
        S::ExplanationsHeading,
        S::ExplanationsHint,
        FieldId::Explanations,
        S::ExplanationsLabel,
        8,
        DraftText::Explanations,
    )
}

#[component]
pub fn ClosingStep() -> impl IntoView {
    one_text_step(
        S::ClosingHeading,
        S::ClosingHint,
        FieldId::Statement,
        S::ClosingLabel,
        5,
        DraftText::Statement,
    )
}
