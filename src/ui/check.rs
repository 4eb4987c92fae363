//! The check page (GOV.UK "check answers"): every section with a 修改 link, then the
//! findings of the checks, each linked to its field.

use super::fields::{heading_text, StepHeading};
use super::state::{Language, Nav, OpenDraft};
use super::{fill, step_label, tr, Step};
use crate::domain::checks::{self, Finding, Kind, Section};
use crate::domain::render::generated_intro;
use crate::domain::{Checklist, Draft};
use crate::strings::{Lang, S};
use leptos::prelude::*;

/// What a finding says, in the current language.
pub fn message(lang: Language, draft: OpenDraft, f: &Finding) -> String {
    let s = |key: S| fill(lang.t(key), &[("s", f.subject.clone())]);
    let with = |key: S, name: &str, value: String| {
        fill(lang.t(key), &[("s", f.subject.clone()), (name, value)])
    };
    if let Some(key) = named_only(&f.kind) {
        return s(key);
    }
    match &f.kind {
        Kind::AspectWithoutProblem => {
            let subject = match (&f.anchor.section, lang.get()) {
                (Section::Aspect(id), Lang::En) => draft
                    .checklist()
                    .aspect(id)
                    .map(|a| a.short_en.clone())
                    .unwrap_or_default(),
                _ => f.subject.clone(),
            };
            fill(lang.t(S::FAspectEmpty), &[("s", subject)])
        }
        Kind::ProblemsAndCausesUnderHalf(n) => fill(lang.t(S::FUnderHalf), &[("n", n.to_string())]),
        Kind::Duplicate(o) => with(S::FDuplicate, "o", o.clone()),
        Kind::RepeatedFromLastYear(o) => with(S::FRepeated, "o", o.clone()),
        Kind::FewProblems(n) => with(S::FFewProblems, "n", n.to_string()),
        // Named by its part: the finding is listed apart from its section.
        Kind::EmptyText if f.subject.is_empty() => fill(
            lang.t(S::FEmptyTextUnnamed),
            &[(
                "part",
                step_label(&Step::of_section(&f.anchor.section, &draft.checklist())),
            )],
        ),
        Kind::EmptyText => s(S::FEmptyText),
        // Named: the finding is listed apart from its section.
        Kind::SectionShort(n, min) => fill(
            lang.t(S::FSectionShort),
            &[
                (
                    "part",
                    step_label(&Step::of_section(&f.anchor.section, &draft.checklist())),
                ),
                ("n", n.to_string()),
                ("min", min.to_string()),
            ],
        ),
        Kind::MaterialShort(n, min) => fill(
            lang.t(S::FMaterialShort),
            &[("n", n.to_string()), ("min", min.to_string())],
        ),
        Kind::MaterialLong(n, max) => fill(
            lang.t(S::FMaterialLong),
            &[("n", n.to_string()), ("max", max.to_string())],
        ),
        Kind::HalfWidthPunct(c) => with(S::FHalfWidth, "c", c.to_string()),
        Kind::RelativeYear(w) => with(S::FRelativeYear, "w", w.clone()),
        // The category's own title in English (the finding carries the material's).
        Kind::ExplanationUnanswered => {
            let subject = match (&f.anchor.field, lang.get()) {
                (crate::domain::FieldId::Explanation(id, _), Lang::En) => {
                    crate::domain::explanations::category(id)
                        .map_or_else(|| f.subject.clone(), |c| c.title_en.to_string())
                }
                _ => f.subject.clone(),
            };
            fill(lang.t(S::FUnanswered), &[("s", subject)])
        }
        Kind::StaleFacts(y) => with(S::FStaleFacts, "y", y.to_string()),
        Kind::DeadlineBeforeMeeting(d) => with(S::FDeadlineBeforeMeeting, "d", d.clone()),
        Kind::ChecklistStandIn(from) => fill(
            lang.t(S::FStandIn),
            &[
                ("year", draft.which.get().1.to_string()),
                ("from", from.to_string()),
            ],
        ),
        Kind::ChecklistCopyUnchecked(from) => with(S::FCopyUnchecked, "from", from.to_string()),
        // Every other kind names only its subject (`named_only`, which lists them all).
        _ => String::new(),
    }
}

/// The words of a finding that names only its subject.
fn named_only(kind: &Kind) -> Option<S> {
    Some(match kind {
        Kind::ProfileIncomplete => S::FProfileIncomplete,
        Kind::IntroPlaceholder => S::FIntroPlaceholder,
        Kind::LastYearEmpty => S::FLastYearEmpty,
        Kind::OngoingWithoutExplanation => S::FOngoing,
        Kind::ProblemWithoutSummary => S::FNoSummary,
        Kind::ProblemWithoutMeasure => S::FNoMeasure,
        Kind::ProblemWithoutCause => S::FNoCause,
        Kind::BoilerplateProblem => S::FBoilerplate,
        Kind::NoCause => S::FNoCauses,
        Kind::CauseLinkedToNothing => S::FCauseUnlinked,
        Kind::MeasureLinkedToNothing => S::FMeasureUnlinked,
        Kind::MeasureWithoutDeadlineOrOwner => S::FMeasureIncomplete,
        Kind::NoMeasure => S::FNoMeasures,
        Kind::HeadingSkipsLevel => S::FSkipsLevel,
        Kind::AchievementAsProblem => S::FAchievement,
        Kind::OthersAsOwn => S::FOthersAsOwn,
        Kind::FirstPersonInTeam => S::FFirstPerson,
        Kind::ObjectiveCause => S::FObjective,
        Kind::CauseRestatesProblem => S::FRestates,
        Kind::VagueMeasure => S::FVagueMeasure,
        Kind::Placeholder => S::FPlaceholder,
        Kind::ProblemOutsideChecklist => S::FOutsideChecklist,
        // Said with more than their subject (`message`).
        Kind::AspectWithoutProblem
        | Kind::ChecklistCopyUnchecked(_)
        | Kind::ChecklistStandIn(_)
        | Kind::DeadlineBeforeMeeting(_)
        | Kind::Duplicate(_)
        | Kind::EmptyText
        | Kind::ExplanationUnanswered
        | Kind::FewProblems(_)
        | Kind::HalfWidthPunct(_)
        | Kind::MaterialLong(_, _)
        | Kind::MaterialShort(_, _)
        | Kind::ProblemsAndCausesUnderHalf(_)
        | Kind::RelativeYear(_)
        | Kind::RepeatedFromLastYear(_)
        | Kind::SectionShort(_, _)
        | Kind::StaleFacts(_) => return None,
    })
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
        Section::Profile => vec![d.title_in(checklist)],
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
            // The categories answered (their titles, material text), then the free text.
            let mut v: Vec<String> = crate::domain::explanations::CATEGORIES
                .iter()
                .filter(|c| {
                    d.answer(c.id)
                        .is_some_and(|a| a.answer != crate::domain::Answer::Unanswered)
                })
                .map(|c| clip(c.title_zh, 40))
                .collect();
            if !d.explanations.trim().is_empty() {
                v.push(clip(&d.explanations, 60));
            }
            v
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
        Section::Text(id) => d
            .part_texts
            .get(id)
            .filter(|t| !t.trim().is_empty())
            .map(|t| vec![clip(t, 60)])
            .unwrap_or_default(),
    }
}

#[component]
pub fn CheckStep() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let nav = expect_context::<Nav>();
    let findings = expect_context::<Memo<Vec<Finding>>>();
    let rows = move || {
        let checklist = draft.checklist();
        nav.steps()
            .into_iter()
            .filter_map(|s| s.section().map(|sec| (s, sec)))
            .map(|(step, sec)| {
                let lines = draft.with(|d| summary(d, &checklist, &sec));
                let empty = lines.iter().all(|l| l.is_empty());
                view! {
                    <div class="summary-row" data-section=sec.key()>
                        <dt>{step_label(&step)}</dt>
                        <dd>
                            {if empty {
                                view! { <span class="not-provided">{lang.t(S::NotProvided)}</span> }.into_any()
                            } else {
                                view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
                            }}
                        </dd>
                        <dd class="summary-action">
                            <a href="#" on:click={
                                let to = step.clone();
                                move |ev| {
                                    ev.prevent_default();
                                    nav.go(to.clone());
                                    nav.from_check.set(true);
                                }
                            }>{lang.t(S::Change)}<span class="visually-hidden">{step_label(&step)}</span></a>
                        </dd>
                    </div>
                }
            })
            .collect_view()
    };
    let finding_list = move || {
        findings.with(|fs| {
            fs.iter()
                .map(|f| {
                    let anchor = f.anchor.clone();
                    let text = message(lang, draft, f);
                    let code = f.kind.code();
                    view! {
                        <li>
                            <a href="#" class="finding" data-kind=code data-field=anchor.field.dom_id() on:click=move |ev| {
                                ev.prevent_default();
                                nav.go_to_field(&anchor.section, anchor.field.clone());
                                nav.from_check.set(true);
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
                <h2 id="findings-heading">{move || fill(lang.t(S::FindingsHeading), &[("n", findings.with(|f| f.len()).to_string())])}</h2>
                <Show when=move || findings.with(|f| f.is_empty())
                    fallback=move || view! { <p class="hint">{tr(S::FindingsHint)}</p> }>
                    <p class="no-findings">{tr(S::NoFindings)}</p>
                </Show>
                <ul class="finding-list">{finding_list}</ul>
            </div>
            <RecordsFindings/>
            <dl class="summary-list">{rows}</dl>
            <button type="button" class="primary" id="to-preview" on:click=move |_| nav.go(Step::Preview)>{tr(S::ToPreview)}</button>
        </section>
    }
}

/// What the records around the material still lack (an opinion unclaimed or not
/// answered by a problem, a point raised in a talk, criticism to revise or received
/// and unanswered), each linked to its page. Not shown while no record is kept.
#[component]
fn RecordsFindings() -> impl IntoView {
    use duizhao_core::usecase::records::Gap;
    let ops = super::drafts::Drafts::get();
    let lang = ops.lang;
    let d = ops.draft.snapshot();
    // Shown once any record holds an item (`Desk::gaps`).
    let gaps = ops.desk(|k| k.gaps(&d));
    let kept = gaps.is_some();
    let open: Vec<(usize, S, &str, Step)> = gaps
        .unwrap_or_default()
        .into_iter()
        .map(|(gap, n)| {
            let (text, step) = match gap {
                Gap::OpinionUnanswered => (S::RFOpinions, Step::Opinions),
                Gap::TalkUnanswered => (S::RFTalks, Step::Talks),
                Gap::CriticismFlawed => (S::RFCriticismFlawed, Step::Criticism),
                Gap::ReceivedUnanswered => (S::RFReceived, Step::Criticism),
            };
            (n, text, gap.code(), step)
        })
        .collect();
    let all_answered = open.is_empty();
    let nav = ops.nav;
    kept.then(|| view! {
        <div class="findings records-findings" id="records-findings">
            <h2>{tr(S::RecordsOnCheck)}</h2>
            {all_answered.then(|| view! { <p class="no-findings">{tr(S::RecordsAllAnswered)}</p> })}
            <ul class="finding-list">
                {open.into_iter().map(|(n, text, code, step)| view! {
                    <li>
                        <a href="#" class="finding" data-kind=code on:click=move |ev| {
                            ev.prevent_default();
                            nav.go(step.clone());
                        }>{fill(lang.t(text), &[("n", n.to_string())])}</a>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    })
}
