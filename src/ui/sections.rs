//! The short sections: 导语, 上年度整改落实情况 (by source), 需要向组织说明的事项 (by
//! category), 表态.

use super::fields::{
    heading_text, keyed_list, DoneQuestion, NumberField, SectionCount, StepHeading, TextArea,
    TextField,
};
use super::state::DraftText;
use super::state::{bind, Language, OpenDraft};
use super::{fill, tr};
use crate::domain::anchor::{ExplanationPart, FieldId, LastYearPart, Section};
use crate::domain::draft::{last_year_groups, DraftStoreFields, IntroStoreFields};
use crate::domain::explanations::{Category, CATEGORIES};
use crate::domain::render::generated_intro;
use crate::domain::{Answer, Checklist, ItemSource, ItemStatus, LastYearItem, MaterialKind};
use crate::strings::S;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn IntroStep() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let intro = draft.store.intro();
    let team = Memo::new(move |_| draft.kind.get() == MaterialKind::Team);
    let generated = Memo::new(move |_| draft.with(|d| generated_intro(d, &draft.checklist())));
    // The counts of opinions and talks come from their records once those are used.
    let (from_opinions, from_talks) = super::records::sync_intro(super::drafts::Drafts::get());
    // The own text the generated one replaced, and that replacement.
    let replaced: RwSignal<Option<(String, String)>> = RwSignal::new(None);
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::IntroHeading)/>
            <p class="lead">{tr(S::IntroHint)}</p>
            <div class="number-row">
                <NumberField id=FieldId::StudySessions label=S::StudySessions field=bind(intro.study_sessions())/>
                <Show when=move || team.get() && !from_opinions>
                    <NumberField id=FieldId::OpinionsTeam label=S::OpinionsTeam field=bind(intro.opinions_team())/>
                </Show>
                <Show when=move || !team.get() && !from_opinions>
                    <NumberField id=FieldId::OpinionsPerson label=S::OpinionsPerson field=bind(intro.opinions_person())/>
                </Show>
                <Show when=move || !from_talks>
                    <NumberField id=FieldId::Talks label=S::Talks field=bind(intro.talks())/>
                </Show>
            </div>
            <Show when=move || from_opinions || from_talks>
                <p class="hint" id="intro-from-records">{tr(S::IntroFromRecords)}</p>
            </Show>
            <h2 class="sub">{tr(S::GeneratedIntro)}</h2>
            <blockquote class="generated" lang="zh-CN">{move || generated.get()}</blockquote>
            <button type="button" class="secondary" id="use-generated" on:click=move |_| {
                let new = generated.get_untracked();
                let old = intro.text().get_untracked();
                if !old.trim().is_empty() && old != new {
                    replaced.set(Some((old, new.clone())));
                } else {
                    replaced.set(None);
                }
                intro.text().set(new);
            }>{tr(S::UseGenerated)}</button>
            // What the user had written is not lost: it can be put back until the new
            // text is changed.
            {move || {
                replaced.get().filter(|(_, new)| intro.text().with(|t| t == new)).map(|(old, _)| view! {
                    <div class="undo" role="status">
                        <span>{tr(S::IntroReplaced)}</span>
                        <button type="button" id="undo-use-generated" on:click=move |_| {
                            replaced.set(None);
                            intro.text().set(old.clone());
                        }>{tr(S::Undo)}</button>
                    </div>
                })
            }}
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
        match draft.stands_in() {
            None => lang.pick(&c.previous_meeting_zh, &c.previous_meeting_en),
            Some(_) => c.previous_meeting_for(draft.which.get().1),
        }
    };
    // Items per source, done and in progress: "上年度民主生活会 3 项（已完成 2 项）".
    let totals = move || {
        let c = draft.checklist();
        list.with(|l| {
            last_year_groups(l)
                .into_iter()
                .map(|(key, items)| {
                    let done = items
                        .iter()
                        .filter(|i| i.status == ItemStatus::Done)
                        .count();
                    fill(
                        lang.t(S::SourceTotal),
                        &[
                            ("source", source_name(lang, &c, key)),
                            ("n", items.len().to_string()),
                            ("done", done.to_string()),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(lang.t(S::ListSeparator))
        })
    };
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::LastYearHeading)/>
            // What a start from last year's draft brought here, or why it could not.
            <super::fields::NoticeLine id="last-year-notice"/>
            <p class="meeting-name">{previous}</p>
            <p class="lead">{tr(S::LastYearHint)}</p>
            <p class="totals" id="last-year-totals">{totals}</p>
            <super::aspect::Undo of=|d| matches!(d, crate::domain::Deleted::LastYear { .. })/>
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
    let notices = expect_context::<super::state::Notices>();
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
    let source = draft.last_year_source(id.clone());
    let campaign = draft.last_year_campaign(id.clone());
    let ongoing = Memo::new(move |_| status.get() == Some(ItemStatus::Ongoing));
    let remove = id.clone();
    let p = format!("ly-{id}");
    let ongoing_id = format!("{p}-ongoing");
    let name = fid(LastYearPart::Status).dom_id();
    view! {
        <fieldset class="item" id=p>
            <legend>{move || fill(lang.t(S::LastYearItem), &[("n", n.get().to_string())])}</legend>
            <div class="field">
                <label for=fid(LastYearPart::Source).dom_id()>{tr(S::LastYearSource)}</label>
                <select id=fid(LastYearPart::Source).dom_id() on:change=move |ev| {
                    if let Some((s, n)) = source_of_value(&event_target_value(&ev)) {
                        source.set(s);
                        campaign.set(n);
                    }
                }>
                    {move || {
                        let c = draft.checklist();
                        source_keys(&c).into_iter().map(|key| {
                            let selected = move || source.get().zip(campaign.get()).map(|(s, n)| {
                                (s, if s == ItemSource::Campaign { n } else { 0 })
                            }) == Some(key);
                            view! {
                                <option value=source_value(key) prop:selected=selected>{source_name(lang, &c, key)}</option>
                            }
                        }).collect_view()
                    }}
                </select>
            </div>
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
                super::aspect::delete_with_undo(draft, notices, move |d| d.remove_last_year(&id))
            }>{tr(S::Delete)}</button>
        </fieldset>
    }
}

/// The sources an item of 上年度整改 may come from: the meeting before, inspections,
/// each of the checklist's campaigns (or one unnamed campaign for a checklist without
/// one), other rectification.
fn source_keys(c: &Checklist) -> Vec<(ItemSource, u32)> {
    let campaigns = c.campaigns.len().max(1) as u32;
    ItemSource::ALL
        .into_iter()
        .flat_map(|s| {
            let n = if s == ItemSource::Campaign {
                campaigns
            } else {
                1
            };
            (0..n).map(move |i| (s, i))
        })
        .collect()
}

/// The value of a source's option: its stored name, with the campaign's index after
/// the first (`campaign-1`).
fn source_value((s, n): (ItemSource, u32)) -> String {
    if n == 0 {
        s.key().to_string()
    } else {
        format!("{}-{n}", s.key())
    }
}

/// The source an option's value names.
fn source_of_value(v: &str) -> Option<(ItemSource, u32)> {
    let (key, n) = match v.split_once('-') {
        Some((k, n)) => (k, n.parse().ok()?),
        None => (v, 0),
    };
    ItemSource::from_key(key).map(|s| (s, n))
}

/// The words for a source of last year's items: a campaign by the checklist's name
/// for it.
fn source_name(lang: Language, c: &Checklist, (s, n): (ItemSource, u32)) -> String {
    let label = match s {
        ItemSource::Meeting => S::SourceMeeting,
        ItemSource::Inspection => S::SourceInspection,
        ItemSource::Campaign => match c.campaign(n as usize) {
            Some(k) => return lang.pick(&k.zh, &k.en),
            None => S::SourceCampaign,
        },
        ItemSource::Other => S::SourceOther,
    };
    lang.t(label).to_string()
}

/// A step that is one long text of the draft (表态).
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

/// 需要向组织说明的事项: each usual category answered 无 (its standard sentence) or 有
/// (with the details), then anything else in the user's words.
#[component]
pub fn ExplanationsStep() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::ExplanationsHeading)/>
            <p class="lead">{tr(S::ExplanationsHint)}</p>
            {CATEGORIES.iter().map(|c| view! { <CategoryAnswer category=c/> }).collect_view()}
            <TextArea id=FieldId::Explanations label=S::ExplanationsLabel rows=5 field=draft.text(DraftText::Explanations)/>
            <SectionCount section=Section::Explanations/>
        </section>
    }
}

#[component]
fn CategoryAnswer(category: &'static Category) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let c = category;
    let list = draft.store.explanation_answers();
    let answer = Memo::new(move |_| {
        list.with(|l| {
            l.iter()
                .find(|a| a.category == c.id)
                .map(|a| a.answer)
                .unwrap_or_default()
        })
    });
    let set = move |a: Answer| draft.edit(move |d| d.set_answer(c.id, a));
    let name = FieldId::Explanation(c.id.into(), ExplanationPart::Answer).dom_id();
    let details = FieldId::Explanation(c.id.into(), ExplanationPart::Details);
    view! {
        <fieldset class="item explanation" data-category=c.id data-answer=move || match answer.get() {
            Answer::Unanswered => "unanswered",
            Answer::Has => "has",
            Answer::None => "none",
        }>
            <legend>{move || lang.pick(c.title_zh, c.title_en).to_string()}</legend>
            <div class="choices">
                <label class="choice">
                    <input type="radio" name=name.clone() id=name.clone() value="none"
                        prop:checked=move || answer.get() == Answer::None
                        on:change=move |_| set(Answer::None)/>
                    {tr(S::AnswerNone)}
                </label>
                <label class="choice">
                    <input type="radio" name=name.clone() id=format!("{name}-has") value="has"
                        prop:checked=move || answer.get() == Answer::Has
                        on:change=move |_| set(Answer::Has)/>
                    {tr(S::AnswerHas)}
                </label>
            </div>
            <Show when=move || answer.get() == Answer::None>
                <p class="generated" lang="zh-CN">{c.none_zh}</p>
            </Show>
            <Show when=move || answer.get() == Answer::Has>
                <p class="hint">{move || lang.pick(c.has_hint_zh, c.has_hint_en).to_string()}</p>
                <TextArea id=details.clone() label=S::AnswerDetails rows=3 field=draft.explanation_details(c.id.to_string())/>
            </Show>
        </fieldset>
    }
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

/// A free-text part of the year's checklist (e.g. 反面典型案例剖析): its heading and
/// hint come from the data.
#[component]
pub fn TextPartStep(part: Arc<str>) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let Some(t) = draft.checklist_untracked().text_part(&part).cloned() else {
        return ().into_any();
    };
    let heading = Signal::derive(move || lang.pick(&t.zh, &t.en));
    let section = Section::Text(t.id.clone());
    view! {
        <section class="step">
            <StepHeading text=heading/>
            <p class="lead">{move || lang.pick(&t.hint_zh, &t.hint_en)}</p>
            {t.optional.then(|| view! { <p class="hint">{tr(S::OptionalPart)}</p> })}
            <TextArea id=FieldId::PartText(t.id.clone()) label=S::PartTextLabel rows=12 field=draft.part_text(t.id.clone())/>
            <SectionCount section=section/>
        </section>
    }
    .into_any()
}
