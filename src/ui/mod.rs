//! The Leptos components. All text comes from [`crate::strings`].

mod aspect;
pub mod browser;
mod check;
mod drafts;
mod fields;
mod history;
mod home;
mod lists;
mod preview;
mod profile;
mod sections;
mod state;
mod tasks;

use crate::domain::checks::{self, Finding, Status};
use crate::strings::{Lang, S};
use leptos::prelude::*;
pub use state::{Ctx, SaveState, Step};

/// Mounts the app on the page.
pub fn start() {
    // An internal error stops the app: say so plainly instead of freezing in silence.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        browser::show_fatal(&format!(
            "{} {}",
            S::Fatal.get(Lang::Zh),
            S::Fatal.get(Lang::En)
        ));
    }));
    leptos::mount::mount_to_body(App);
}

/// A table string as a view that follows the UI language. Every use shares this
/// one closure type, which keeps the wasm small.
pub fn tr(s: S) -> impl IntoView {
    let lang = expect_context::<Ctx>().lang;
    move || s.get(lang.get())
}

/// The same, for an attribute value.
pub fn tr_attr(s: S) -> impl Fn() -> &'static str + Send + Sync + Copy + 'static {
    let lang = expect_context::<Ctx>().lang;
    move || s.get(lang.get())
}

/// Replaces `{name}` placeholders in a table string.
pub fn fill(text: &str, args: &[(&str, String)]) -> String {
    let mut out = text.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

#[component]
pub fn App() -> impl IntoView {
    let ctx = Ctx::restore();
    provide_context(ctx);
    state::install_autosave(ctx);

    // The checks, shared by the task list, the step list and the check page.
    // They follow the saves (400 ms after typing stops, and every step change), not
    // every keystroke.
    let findings: Memo<Vec<Finding>> = Memo::new(move |_| {
        ctx.revision.track();
        let checklist = ctx.checklist();
        ctx.draft.with_untracked(|d| checks::check(d, checklist))
    });
    provide_context(findings);

    // Progress in the page title.
    Effect::new(move |_| {
        let step = ctx.step.get();
        let lang = ctx.lang.get();
        let (n, total) = ctx.position(step);
        let label = step_label(ctx, step);
        let title = if n == 0 {
            format!("{label} - {}", S::AppName.get(lang))
        } else {
            let progress = fill(
                S::StepOf.get(lang),
                &[("n", n.to_string()), ("total", total.to_string())],
            );
            format!("{label} - {progress} - {}", S::AppName.get(lang))
        };
        browser::set_title(&title);
    });
    // Ready once the restored draft is on the page.
    Effect::new(move |_| browser::mark_ready());

    view! {
        <header class="app-header no-print">
            <div class="brand">
                <span class="brand-name">{tr(S::AppName)}</span>
                <span class="brand-tagline">{tr(S::AppTagline)}</span>
            </div>
            <SaveStatus/>
            <button type="button" class="link-button" lang=move || if ctx.lang.get() == Lang::Zh { "en" } else { "zh-CN" }
                aria-label=tr_attr(S::Language)
                on:click=move |_| ctx.lang.update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh })>
                {tr(S::LangSwitch)}
            </button>
        </header>
        <Alerts/>
        <div class="layout">
            <nav class="steps no-print" aria-label=tr_attr(S::StepsNav)>
                <ol>
                    <li class="steps-home">
                        <a href="#" id="nav-home" aria-current=move || (ctx.step.get() == Step::Home).then_some("page")
                            on:click=move |ev| { ev.prevent_default(); ctx.go(Step::Home); }>
                            {tr(S::StepHome)}
                        </a>
                    </li>
                    <li class="steps-home">
                        <a href="#" aria-current=move || (ctx.step.get() == Step::Tasks).then_some("step")
                            on:click=move |ev| { ev.prevent_default(); ctx.go(Step::Tasks); }>
                            {tr(S::StepTasks)}
                        </a>
                    </li>
                    {move || ctx.steps().into_iter().map(|s| view! {
                        <li>
                            <a href="#" aria-current=move || (ctx.step.get() == s).then_some("step")
                                on:click=move |ev| { ev.prevent_default(); ctx.go(s); }>
                                <span class="step-name">{move || step_label(ctx, s)}</span>
                                <StatusTag step=s compact=true/>
                            </a>
                        </li>
                    }).collect_view()}
                </ol>
            </nav>
            <main class="content">
                {move || match ctx.step.get() {
                    Step::Home => home::HomePage().into_any(),
                    Step::History => history::HistoryPage().into_any(),
                    Step::Tasks => tasks::TaskList().into_any(),
                    Step::Profile => profile::ProfileStep().into_any(),
                    Step::Intro => sections::IntroStep().into_any(),
                    Step::LastYear => sections::LastYearStep().into_any(),
                    Step::Aspect(i) => view! { <aspect::AspectStep index=i/> }.into_any(),
                    Step::Explanations => sections::ExplanationsStep().into_any(),
                    Step::Causes => lists::CausesStep().into_any(),
                    Step::Measures => lists::MeasuresStep().into_any(),
                    Step::Closing => sections::ClosingStep().into_any(),
                    Step::Check => check::CheckStep().into_any(),
                    Step::Preview => preview::PreviewStep().into_any(),
                }}
                <StepNav/>
            </main>
        </div>
        <footer class="app-footer no-print">{tr(S::Offline)}</footer>
    }
}

#[component]
fn SaveStatus() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <p class="save-status" role="status" aria-live="polite" data-save=move || ctx.save.get().code()>
            {move || {
                let lang = ctx.lang.get();
                match ctx.save.get() {
                    SaveState::NotYet => S::NotSavedYet.get(lang).to_string(),
                    SaveState::Pending => S::Saving.get(lang).to_string(),
                    SaveState::Saved(ms) => fill(S::Saved.get(lang), &[("time", browser::clock(ms))]),
                    SaveState::Failed(_) | SaveState::Unavailable => String::new(),
                }
            }}
        </p>
    }
}

/// Persistent messages: failed saves, blocked storage, unreadable stored data.
#[component]
fn Alerts() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // A backup file of the open draft, which 导入备份文件 takes back.
    let download_draft = move |_| ctx.export(vec![ctx.draft.get_untracked()]);
    view! {
        <Show when=move || matches!(ctx.save.get(), SaveState::Failed(_) | SaveState::Unavailable)>
            <div class="alert alert-error no-print" role="alert">
                <p>{move || match ctx.save.get() {
                    SaveState::Unavailable => ctx.t(S::StorageUnavailable),
                    SaveState::Failed(crate::storage::SaveError::Quota) => ctx.t(S::SaveFailedQuota),
                    _ => ctx.t(S::SaveFailedOther),
                }}</p>
                <button type="button" on:click=download_draft>{tr(S::DownloadDraft)}</button>
            </div>
        </Show>
        <Show when=move || ctx.conflict.get()>
            <div class="alert alert-warning no-print" role="alert" id="conflict">
                <p>{tr(S::ConflictMessage)}</p>
                <button type="button" id="load-theirs" on:click=move |_| ctx.load_theirs()>{tr(S::LoadTheirs)}</button>
                <button type="button" id="keep-mine" on:click=move |_| ctx.keep_mine()>{tr(S::KeepMine)}</button>
            </div>
        </Show>
        <Show when=move || ctx.unreadable.with(|u| u.is_some())>
            <div class="alert alert-warning no-print" role="alert">
                <p>{tr(S::Unreadable)}</p>
                <button type="button" on:click=move |_| {
                    if let Some((key, raw)) = ctx.unreadable.get_untracked() {
                        let name = key.replace('/', "-");
                        browser::download(&format!("{name}.txt"), "text/plain", &raw);
                    }
                }>{tr(S::DownloadRaw)}</button>
            </div>
        </Show>
    }
}

/// The name of a step in the current language (tracked).
pub fn step_label(ctx: Ctx, step: Step) -> String {
    let lang = ctx.lang.get();
    match step {
        Step::Home => S::StepHome.get(lang).into(),
        Step::History => S::StepHistory.get(lang).into(),
        Step::Tasks => S::StepTasks.get(lang).into(),
        Step::Profile => S::StepProfile.get(lang).into(),
        Step::Intro => S::StepIntro.get(lang).into(),
        Step::LastYear => S::StepLastYear.get(lang).into(),
        Step::Aspect(i) => {
            let name = ctx
                .checklist()
                .aspects
                .get(i)
                .map(|a| {
                    if lang == Lang::Zh {
                        a.short_zh.clone()
                    } else {
                        a.short_en.clone()
                    }
                })
                .unwrap_or_default();
            fill(S::StepAspect.get(lang), &[("name", name)])
        }
        Step::Explanations => S::StepExplanations.get(lang).into(),
        Step::Causes => S::StepCauses.get(lang).into(),
        Step::Measures => S::StepMeasures.get(lang).into(),
        Step::Closing => S::StepClosing.get(lang).into(),
        Step::Check => S::StepCheck.get(lang).into(),
        Step::Preview => S::StepPreview.get(lang).into(),
    }
}

/// The status of the section a step edits (tracked); None for steps without one.
pub fn step_status(ctx: Ctx, step: Step) -> Option<(Status, bool)> {
    let findings = expect_context::<Memo<Vec<Finding>>>();
    let section = step.section(ctx.checklist())?;
    let status = findings.with(|f| ctx.draft.with_untracked(|d| checks::status(d, &section, f)));
    Some((status, section.optional()))
}

/// A status tag (未开始 / 填写中 / 已完成 / 有问题).
#[component]
pub fn StatusTag(step: Step, #[prop(optional)] compact: bool) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || {
        step_status(ctx, step).map(|(status, optional)| {
            let (class, text) = match status {
                Status::NotStarted if optional => ("tag tag-optional", S::StatusOptional),
                Status::NotStarted => ("tag tag-new", S::StatusNotStarted),
                Status::InProgress => ("tag tag-progress", S::StatusInProgress),
                Status::Completed => ("tag tag-done", S::StatusCompleted),
                Status::HasProblem => ("tag tag-problem", S::StatusHasProblem),
            };
            let class = if compact {
                format!("{class} tag-compact")
            } else {
                class.to_string()
            };
            view! { <strong class=class data-status=format!("{status:?}")>{ctx.t(text)}</strong> }
        })
    }
}

#[component]
fn StepNav() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let step = ctx.step;
    view! {
        <div class="step-nav no-print">
            {move || ctx.neighbour(step.get(), -1).map(|p| view! {
                <button type="button" class="secondary" on:click=move |_| ctx.go(p)>{tr(S::Back)}</button>
            })}
            {move || ctx.neighbour(step.get(), 1).map(|n| view! {
                <button type="button" class="primary" on:click=move |_| ctx.go(n)>{tr(S::Continue)}</button>
            })}
            <Show when=move || ctx.from_check.get() && step.get() != Step::Check>
                <button type="button" class="secondary" on:click=move |_| ctx.go(Step::Check)>{tr(S::BackToCheck)}</button>
            </Show>
        </div>
    }
}
