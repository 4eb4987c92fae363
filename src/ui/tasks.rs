//! The task list of a draft (GOV.UK "complete multiple tasks"): every section with
//! its status, shown whenever the draft is opened.

use super::fields::{heading_text, StepHeading};
use super::{fill, step_label, step_status, tr, Ctx, Status, StatusTag, Step};
use crate::strings::S;
use leptos::prelude::*;

#[component]
pub fn TaskList() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let progress = move || {
        let steps: Vec<Step> = ctx.steps();
        let with_section: Vec<_> = steps.iter().filter_map(|s| step_status(ctx, *s)).collect();
        let done = with_section
            .iter()
            .filter(|(st, _)| *st == Status::Completed)
            .count();
        fill(
            ctx.t(S::TasksProgress),
            &[
                ("n", done.to_string()),
                ("total", with_section.len().to_string()),
            ],
        )
    };
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::StepTasks)/>
            <p class="doc-name">{move || ctx.draft.with(|d| d.title())}</p>
            <p class="lead">{tr(S::TasksHint)}</p>
            <super::home::ExportReminder/>
            <p class="tasks-progress">{progress}</p>
            <ol class="task-list">
                {move || ctx.steps().into_iter().filter(|s| s.section(ctx.checklist()).is_some()).map(|s| view! {
                    <li class="task">
                        <a href="#" class="task-name" on:click=move |ev| { ev.prevent_default(); ctx.go(s); }>
                            {move || step_label(ctx, s)}
                        </a>
                        <StatusTag step=s/>
                    </li>
                }).collect_view()}
            </ol>
            <div class="home-actions">
                <button type="button" class="primary" on:click=move |_| ctx.go(Step::Check)>{tr(S::GoToCheck)}</button>
                <button type="button" id="export-this" on:click=move |_| ctx.export(vec![ctx.draft.get_untracked()])>{tr(S::ExportThis)}</button>
                <button type="button" id="open-history" on:click=move |_| ctx.go(Step::History)>{tr(S::StepHistory)}</button>
            </div>
        </section>
    }
}
