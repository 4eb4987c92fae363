//! The short sections: 导语, 上年度整改落实情况, 需要向组织说明的事项, 表态.

use super::fields::{
    heading_text, keyed_list, DoneQuestion, NumberField, SectionCount, StepHeading, TextArea,
    TextField,
};
use super::{fill, tr, Ctx};
use crate::domain::checks::Section;
use crate::domain::draft::Item;
use crate::domain::render::generated_intro;
use crate::domain::{Draft, ItemStatus, LastYearItem, MaterialKind};
use crate::strings::S;
use leptos::prelude::*;

/// One text of the draft, as its field shows it. The field itself is the source of
/// what the user types; the draft is re-read only when it changes from outside
/// (`Ctx::external`), so a keystroke does not make every field on the page recompute.
pub fn text_of(
    ctx: Ctx,
    get: impl Fn(&Draft) -> Option<String> + Send + Sync + 'static,
) -> Signal<String> {
    Memo::new(move |_| {
        ctx.external.track();
        ctx.draft.with_untracked(|d| get(d)).unwrap_or_default()
    })
    .into()
}

/// One text of one item of a list in the draft (a problem, a cause …), memoized.
pub fn item_field<T: Item + 'static>(
    ctx: Ctx,
    list: fn(&Draft) -> &Vec<T>,
    id: String,
    get: fn(&T) -> &String,
) -> Signal<String> {
    text_of(ctx, move |d| {
        list(d)
            .iter()
            .find(|x| x.id() == id)
            .map(|x| get(x).clone())
    })
}

/// The change handler that writes one text of one item.
pub fn item_setter<T: Item + 'static>(
    ctx: Ctx,
    list: fn(&mut Draft) -> &mut Vec<T>,
    id: String,
    set: fn(&mut T, String),
) -> impl Fn(String) + Clone + 'static {
    move |v: String| {
        let id = id.clone();
        ctx.edit(move |d| {
            if let Some(x) = list(d).iter_mut().find(|x| x.id() == id) {
                set(x, v)
            }
        })
    }
}

#[component]
pub fn IntroStep() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = ctx.draft;
    let team = Memo::new(move |_| d.with(|d| d.kind == MaterialKind::Team));
    let num =
        move |get: fn(&Draft) -> u32| -> Signal<u32> { Memo::new(move |_| d.with(get)).into() };
    let generated = Memo::new(move |_| d.with(|d| generated_intro(d, ctx.checklist())));
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::IntroHeading)/>
            <p class="lead">{tr(S::IntroHint)}</p>
            <div class="number-row">
                <NumberField id="study-sessions" label=S::StudySessions value=num(|d| d.intro.study_sessions)
                    on_change=move |v| ctx.edit(|d| d.intro.study_sessions = v)/>
                <Show when=move || team.get()>
                    <NumberField id="opinions-team" label=S::OpinionsTeam value=num(|d| d.intro.opinions_team)
                        on_change=move |v| ctx.edit(|d| d.intro.opinions_team = v)/>
                </Show>
                <Show when=move || !team.get()>
                    <NumberField id="opinions-person" label=S::OpinionsPerson value=num(|d| d.intro.opinions_person)
                        on_change=move |v| ctx.edit(|d| d.intro.opinions_person = v)/>
                </Show>
                <NumberField id="talks" label=S::Talks value=num(|d| d.intro.talks)
                    on_change=move |v| ctx.edit(|d| d.intro.talks = v)/>
            </div>
            <h2 class="sub">{tr(S::GeneratedIntro)}</h2>
            <blockquote class="generated" lang="zh-CN">{move || generated.get()}</blockquote>
            <button type="button" class="secondary" on:click=move |_| {
                let g = generated.get_untracked();
                ctx.edit_from_outside(|d| d.intro.text = g);
            }>{tr(S::UseGenerated)}</button>
            <TextArea id="intro-text" label=S::OwnIntro rows=6
                value=text_of(ctx, |d| Some(d.intro.text.clone()))
                on_change=move |v| ctx.edit(|d| d.intro.text = v)/>
            <SectionCount section=Section::Intro/>
        </section>
    }
}

#[component]
pub fn LastYearStep() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ids = Memo::new(move |_| {
        ctx.draft
            .with(|d| d.last_year.iter().map(|i| i.id.clone()).collect::<Vec<_>>())
    });
    let previous = move || ctx.checklist().previous_meeting_zh.clone();
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::LastYearHeading)/>
            <p class="meeting-name" lang="zh-CN">{previous}</p>
            <p class="lead">{tr(S::LastYearHint)}</p>
            {keyed_list(ids, |id| view! { <LastYearEditor id=id/> }.into_any())}
            <button type="button" class="secondary add" id="add-last-year" on:click=move |_| {
                ctx.edit(|d| {
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
    let ctx = expect_context::<Ctx>();
    let idn = id.clone();
    let n = Memo::new(move |_| {
        ctx.draft
            .with(|d| d.last_year.iter().position(|i| i.id == idn).unwrap_or(0) + 1)
    });
    let field = move |get: fn(&LastYearItem) -> &String, id: String| {
        item_field(ctx, |d| &d.last_year, id, get)
    };
    let set = move |id: String, f: fn(&mut LastYearItem, String)| {
        item_setter(ctx, |d| &mut d.last_year, id, f)
    };
    let idc = id.clone();
    let ongoing = Memo::new(move |_| {
        ctx.draft.with(|d| {
            d.last_year
                .iter()
                .find(|i| i.id == idc)
                .is_some_and(|i| i.status == ItemStatus::Ongoing)
        })
    });
    let set_status = {
        let id = id.clone();
        move |st: ItemStatus| {
            let id = id.clone();
            ctx.edit(move |d| {
                if let Some(i) = d.last_year.iter_mut().find(|i| i.id == id) {
                    i.status = st
                }
            })
        }
    };
    let set_done = set_status.clone();
    let remove = id.clone();
    let p = format!("ly-{id}");
    let next_id = format!("{p}-next");
    view! {
        <fieldset class="item" id=p.clone()>
            <legend>{move || fill(ctx.t(S::LastYearItem), &[("n", n.get().to_string())])}</legend>
            <TextField id=format!("{p}-problem") label=S::LastYearProblem value=field(|i| &i.problem, id.clone())
                on_change=set(id.clone(), |i, v| i.problem = v)/>
            <TextArea id=format!("{p}-measure") label=S::LastYearMeasure rows=2 value=field(|i| &i.measure, id.clone())
                on_change=set(id.clone(), |i, v| i.measure = v)/>
            <fieldset class="field">
                <legend>{tr(S::LastYearStatus)}</legend>
                <div class="choices">
                    <label class="choice">
                        <input type="radio" name=format!("{p}-status") value="done" prop:checked=move || !ongoing.get()
                            on:change=move |_| set_done(ItemStatus::Done)/>
                        {tr(S::StatusDone)}
                    </label>
                    <label class="choice">
                        <input type="radio" name=format!("{p}-status") id=format!("{p}-ongoing") value="ongoing" prop:checked=move || ongoing.get()
                            on:change=move |_| set_status(ItemStatus::Ongoing)/>
                        {tr(S::StatusOngoing)}
                    </label>
                </div>
            </fieldset>
            <TextArea id=format!("{p}-result") label=S::LastYearResult rows=2 value=field(|i| &i.result, id.clone())
                on_change=set(id.clone(), |i, v| i.result = v)/>
            <Show when=move || ongoing.get()>
                <TextArea id=next_id.clone() label=S::LastYearNext rows=2 value=field(|i| &i.next_steps, id.clone())
                    on_change=set(id.clone(), |i, v| i.next_steps = v)/>
            </Show>
            <button type="button" class="danger" on:click=move |_| {
                let id = remove.clone();
                ctx.edit(move |d| d.last_year.retain(|i| i.id != id))
            }>{tr(S::Delete)}</button>
        </fieldset>
    }
}

/// A step that is one long text of the draft (需要向组织说明的事项, 表态).
fn one_text_step(
    heading: S,
    hint: S,
    id: &'static str,
    label: S,
    rows: u32,
    get: fn(&Draft) -> &String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <section class="step">
            <StepHeading text=heading_text(heading)/>
            <p class="lead">{tr(hint)}</p>
            <TextArea id=id label=label rows=rows
                value=text_of(ctx, move |d| Some(get(d).clone()))
                on_change=move |v| ctx.edit(|d| set(d, v))/>
        </section>
    }
}

#[component]
pub fn ExplanationsStep() -> impl IntoView {
    one_text_step(
        S::ExplanationsHeading,
        S::ExplanationsHint,
        "explanations",
        S::ExplanationsLabel,
        8,
        |d| &d.explanations,
        |d, v| d.explanations = v,
    )
}

#[component]
pub fn ClosingStep() -> impl IntoView {
    one_text_step(
        S::ClosingHeading,
        S::ClosingHint,
        "statement",
        S::ClosingLabel,
        5,
        |d| &d.statement,
        |d, v| d.statement = v,
    )
}
