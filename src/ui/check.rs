//! The check page (GOV.UK "check answers"): every section with a 修改 link, then the
//! findings of the checks, each linked to its field.

use super::fields::{heading_text, StepHeading};
use super::{fill, step_label, tr, Ctx, Step};
use crate::domain::checks::{self, Finding, Kind, Section};
use crate::domain::render::generated_intro;
use crate::domain::{Checklist, Draft};
use crate::strings::{Lang, S};
use leptos::prelude::*;

/// What a finding says, in the current language.
pub fn message(ctx: Ctx, f: &Finding) -> String {
    let s = |key: S| fill(ctx.t(key), &[("s", f.subject.clone())]);
    match &f.kind {
        Kind::ProfileIncomplete => s(S::FProfileIncomplete),
        Kind::IntroPlaceholder => s(S::FIntroPlaceholder),
        Kind::LastYearEmpty => s(S::FLastYearEmpty),
        Kind::OngoingWithoutExplanation => s(S::FOngoing),
        Kind::AspectWithoutProblem => {
            let subject = match (&f.anchor.section, ctx.lang.get()) {
                (Section::Aspect(id), Lang::En) => ctx
                    .checklist()
                    .aspect(id)
                    .map(|a| a.short_en.clone())
                    .unwrap_or_default(),
                _ => f.subject.clone(),
            };
            fill(ctx.t(S::FAspectEmpty), &[("s", subject)])
        }
        Kind::ProblemWithoutSummary => s(S::FNoSummary),
        Kind::ProblemWithoutMeasure => s(S::FNoMeasure),
        Kind::ProblemWithoutCause => s(S::FNoCause),
        Kind::BoilerplateProblem => s(S::FBoilerplate),
        Kind::NoCause => s(S::FNoCauses),
        Kind::CauseLinkedToNothing => s(S::FCauseUnlinked),
        Kind::MeasureLinkedToNothing => s(S::FMeasureUnlinked),
        Kind::MeasureWithoutDeadlineOrOwner => s(S::FMeasureIncomplete),
        Kind::NoMeasure => s(S::FNoMeasures),
        Kind::ProblemsAndCausesUnderHalf(n) => fill(ctx.t(S::FUnderHalf), &[("n", n.to_string())]),
        Kind::HeadingSkipsLevel => s(S::FSkipsLevel),
    }
}

/// The id of the field a finding is about, on its step.
pub fn field_id(f: &Finding) -> String {
    let item = f.anchor.item.clone().unwrap_or_default();
    match (&f.kind, &f.anchor.section) {
        (Kind::ProfileIncomplete, _) => "unit".into(),
        (Kind::IntroPlaceholder, _) => "study-sessions".into(),
        (Kind::LastYearEmpty, _) => "add-last-year".into(),
        (Kind::OngoingWithoutExplanation, _) => format!("ly-{item}-next"),
        (Kind::AspectWithoutProblem, _) => "add-problem".into(),
        (Kind::ProblemWithoutSummary, _) => format!("problem-{item}-summary"),
        (Kind::ProblemWithoutMeasure | Kind::ProblemWithoutCause | Kind::BoilerplateProblem, _) => {
            format!("problem-{item}-detail")
        }
        (Kind::NoCause, _) => "add-cause".into(),
        (Kind::CauseLinkedToNothing, _) => format!("cause-{item}-summary"),
        (Kind::MeasureLinkedToNothing, _) => format!("measure-{item}-summary"),
        (Kind::MeasureWithoutDeadlineOrOwner, _) => format!("measure-{item}-responsible"),
        (Kind::NoMeasure, _) => "add-measure".into(),
        (Kind::ProblemsAndCausesUnderHalf(_), _) => "step-heading".into(),
        (Kind::HeadingSkipsLevel, _) => "step-heading".into(),
    }
}

fn clip(s: &str, n: usize) -> String {
    let t = s.trim();
    if t.chars().count() > n {
        format!("{}…", t.chars().take(n).collect::<String>())
    } else {
        t.to_string()
    }
}

/// A short summary of what a section holds; empty when nothing is there.
fn summary(d: &Draft, checklist: &Checklist, section: &Section) -> Vec<String> {
    match section {
        Section::Profile => vec![d.title()],
        Section::Intro => {
            if !checks::started(d, section) {
                vec![]
            } else if d.intro.text.trim().is_empty() {
                vec![clip(&generated_intro(d, checklist), 80)]
            } else {
                vec![clip(&d.intro.text, 80)]
            }
        }
        Section::LastYear => d.last_year.iter().map(|i| clip(&i.problem, 40)).collect(),
        Section::Aspect(id) => d.problems_of(id).map(|p| clip(&p.summary, 40)).collect(),
        Section::Explanations => {
            if d.explanations.trim().is_empty() {
                vec![]
            } else {
                vec![clip(&d.explanations, 60)]
            }
        }
        Section::Causes => d.causes.iter().map(|c| clip(&c.summary, 40)).collect(),
        Section::Measures => d.measures.iter().map(|m| clip(&m.summary, 40)).collect(),
        Section::Closing => {
            if d.statement.trim().is_empty() {
                vec![]
            } else {
                vec![clip(&d.statement, 60)]
            }
        }
    }
}

#[component]
pub fn CheckStep() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let findings = expect_context::<Memo<Vec<Finding>>>();
    let rows = move || {
        let checklist = ctx.checklist();
        ctx.steps()
            .into_iter()
            .filter_map(|s| s.section(checklist).map(|sec| (s, sec)))
            .map(|(step, sec)| {
                let lines = ctx.draft.with(|d| summary(d, checklist, &sec));
                let empty = lines.iter().all(|l| l.is_empty());
                view! {
                    <div class="summary-row" data-section=sec.key()>
                        <dt>{step_label(ctx, step)}</dt>
                        <dd>
                            {if empty {
                                view! { <span class="not-provided">{ctx.t(S::NotProvided)}</span> }.into_any()
                            } else {
                                view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
                            }}
                        </dd>
                        <dd class="summary-action">
                            <a href="#" on:click=move |ev| {
                                ev.prevent_default();
                                ctx.go(step);
                                ctx.from_check.set(true);
                            }>{ctx.t(S::Change)}<span class="visually-hidden">{step_label(ctx, step)}</span></a>
                        </dd>
                    </div>
                }
            })
            .collect_view()
    };
    let finding_list = move || {
        let checklist = ctx.checklist();
        findings.with(|fs| {
            fs.iter()
                .map(|f| {
                    let step = Step::of_section(&f.anchor.section, checklist);
                    let target = field_id(f);
                    let text = message(ctx, f);
                    view! {
                        <li>
                            <a href="#" class="finding" on:click=move |ev| {
                                ev.prevent_default();
                                ctx.go_to_field(step, target.clone());
                                ctx.from_check.set(true);
                            }>{text}</a>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::CheckHeading)/>
            <p class="lead">{tr(S::CheckHint)}</p>
            <div class="findings" role="region" aria-labelledby="findings-heading">
                <h2 id="findings-heading">{move || fill(ctx.t(S::FindingsHeading), &[("n", findings.with(|f| f.len()).to_string())])}</h2>
                <Show when=move || findings.with(|f| f.is_empty())
                    fallback=move || view! { <p class="hint">{tr(S::FindingsHint)}</p> }>
                    <p class="no-findings">{tr(S::NoFindings)}</p>
                </Show>
                <ul class="finding-list">{finding_list}</ul>
            </div>
            <dl class="summary-list">{rows}</dl>
            <button type="button" class="primary" id="to-preview" on:click=move |_| ctx.go(Step::Preview)>{tr(S::ToPreview)}</button>
        </section>
    }
}
