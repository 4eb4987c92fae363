//! The task list of a draft (GOV.UK "complete multiple tasks"): every section with
//! its status, shown whenever the draft is opened.

use super::drafts::Drafts;
use super::fields::{heading_text, StepHeading};
use super::state::{Language, Nav, OpenDraft};
use super::{fill, step_label, step_status, tr, Status, StatusTag, Step};
use crate::domain::draft::DraftStoreFields;
use crate::strings::S;
use leptos::prelude::*;

#[component]
pub fn TaskList() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let nav = expect_context::<Nav>();
    let drafts = Drafts::get();
    let progress = move || {
        let steps: Vec<Step> = nav.steps();
        let with_section: Vec<_> = steps.iter().filter_map(step_status).collect();
        // Nothing to count before the checks have run (a frame after the page).
        if with_section.is_empty() {
            return String::new();
        }
        let done = with_section
            .iter()
            .filter(|(st, _)| *st == Status::Completed)
            .count();
        fill(
            lang.t(S::TasksProgress),
            &[
                ("n", done.to_string()),
                ("total", with_section.len().to_string()),
            ],
        )
    };
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::StepTasks)/>
            <p class="doc-name">{move || draft.with(|d| d.title_in(&draft.checklist()))}</p>
            {previous_draft()}
            <p class="lead">{tr(S::TasksHint)}</p>
            <super::fields::NoticeLine id="tasks-notice"/>
            <super::home::ExportReminder/>
            <p class="tasks-progress">{progress}</p>
            <ol class="task-list">
                {move || nav.steps().into_iter().filter(|s| s.section().is_some()).map(|s| view! {
                    <li class="task">
                        <a href="#" class="task-name" on:click={
                            let s = s.clone();
                            move |ev| { ev.prevent_default(); nav.go(s.clone()); }
                        }>
                            {
                                let s = s.clone();
                                move || step_label(&s)
                            }
                        </a>
                        <StatusTag step=s.clone()/>
                    </li>
                }).collect_view()}
            </ol>
            <div class="home-actions">
                <button type="button" class="primary" on:click=move |_| nav.go(Step::Check)>{tr(S::GoToCheck)}</button>
                <button type="button" id="export-this" on:click=move |_| drafts.export(vec![draft.snapshot()])>{tr(S::ExportThis)}</button>
                <button type="button" id="open-history" on:click=move |_| nav.go(Step::History)>{tr(S::StepHistory)}</button>
                <button type="button" id="next-year" on:click=move |_| drafts.next_year(&draft.id_untracked())>{tr(S::NextYear)}</button>
            </div>
            // The records around the material, in the order of the meeting: before it,
            // at it, after it.
            <h2 class="sub">{tr(S::AroundHeading)}</h2>
            <div class="home-actions around">
                <button type="button" id="open-opinions" on:click=move |_| nav.go(Step::Opinions)>{tr(S::StepOpinions)}</button>
                <button type="button" id="open-talks" on:click=move |_| nav.go(Step::Talks)>{tr(S::StepTalks)}</button>
                <button type="button" id="open-criticism" on:click=move |_| nav.go(Step::Criticism)>{tr(S::StepCriticism)}</button>
                <button type="button" id="open-ledger" on:click=move |_| nav.go(Step::Ledger)>{tr(S::StepLedger)}</button>
            </div>
        </section>
    }
}

/// Last year's draft, when this one was started from it (and it is still stored):
/// only that field is followed, and only that draft read.
fn previous_draft() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let drafts = Drafts::get();
    move || {
        drafts.saver.drafts_version.track();
        let prev = draft.store.previous_draft().get();
        let old = (!prev.is_empty())
            .then(|| {
                drafts
                    .saver
                    .with_store(|s| s.load_draft(&prev))
                    .ok()
                    .flatten()
            })
            .flatten();
        old.map(|d| {
            let id = d.id.clone();
            view! {
                <p class="previous-draft">{tr(S::PreviousDraft)}
                    <a href="#" id="open-previous" on:click=move |ev| { ev.prevent_default(); drafts.open(&id); }>{d.display_name()}</a>
                </p>
            }
        })
    }
}
