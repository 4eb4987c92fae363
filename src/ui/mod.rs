//! The Leptos components. All text comes from [`crate::strings`].

pub mod browser;
mod fields;
mod preview;
mod profile;
mod state;

use crate::strings::{Lang, S};
use leptos::prelude::*;
pub use state::{Ctx, SaveState, Step};

/// Mounts the app on the page.
pub fn start() {
    leptos::mount::mount_to_body(App);
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
fn App() -> impl IntoView {
    let ctx = Ctx::restore();
    provide_context(ctx);
    state::install_autosave(ctx);

    // Progress in the page title, focus on the heading after every move.
    Effect::new(move |_| {
        let step = ctx.step.get();
        let lang = ctx.lang.get();
        let (n, total) = step.position();
        let progress = fill(
            S::StepOf.get(lang),
            &[("n", n.to_string()), ("total", total.to_string())],
        );
        browser::set_title(&format!(
            "{} - {} - {}",
            step.label().get(lang),
            progress,
            S::AppName.get(lang)
        ));
    });
    browser::mark_ready();

    view! {
        <header class="app-header no-print">
            <div class="brand">
                <span class="brand-name">{move || ctx.t(S::AppName)}</span>
                <span class="brand-tagline">{move || ctx.t(S::AppTagline)}</span>
            </div>
            <SaveStatus/>
            <button type="button" class="link-button" lang=move || if ctx.lang.get() == Lang::Zh { "en" } else { "zh-CN" }
                aria-label=move || ctx.t(S::Language)
                on:click=move |_| ctx.lang.update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh })>
                {move || ctx.t(S::LangSwitch)}
            </button>
        </header>
        <Alerts/>
        <div class="layout">
            <nav class="steps no-print" aria-label=move || ctx.t(S::StepsNav)>
                <ol>
                    {Step::ALL.iter().map(|&s| view! {
                        <li>
                            <a href="#" aria-current=move || (ctx.step.get() == s).then_some("step")
                                on:click=move |ev| { ev.prevent_default(); ctx.go(s); }>
                                {move || ctx.t(s.label())}
                            </a>
                        </li>
                    }).collect_view()}
                </ol>
            </nav>
            <main class="content">
                {move || match ctx.step.get() {
                    Step::Profile => profile::ProfileStep().into_any(),
                    Step::Preview => preview::PreviewStep().into_any(),
                }}
                <StepNav/>
            </main>
        </div>
        <footer class="app-footer no-print">{move || ctx.t(S::Offline)}</footer>
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
    let download_draft = move |_| {
        let d = ctx.draft.get_untracked();
        let raw = crate::storage::codec::encode_draft(&d, browser::now_ms());
        browser::download(
            &format!("{}.duizhao.json", d.title()),
            "application/json",
            &raw,
        );
    };
    view! {
        <Show when=move || matches!(ctx.save.get(), SaveState::Failed(_) | SaveState::Unavailable)>
            <div class="alert alert-error no-print" role="alert">
                <p>{move || match ctx.save.get() {
                    SaveState::Unavailable => ctx.t(S::StorageUnavailable),
                    SaveState::Failed(crate::storage::SaveError::Quota) => ctx.t(S::SaveFailedQuota),
                    _ => ctx.t(S::SaveFailedOther),
                }}</p>
                <button type="button" on:click=download_draft>{move || ctx.t(S::DownloadDraft)}</button>
            </div>
        </Show>
        <Show when=move || ctx.unreadable.with(|u| u.is_some())>
            <div class="alert alert-warning no-print" role="alert">
                <p>{move || ctx.t(S::Unreadable)}</p>
                <button type="button" on:click=move |_| {
                    if let Some((key, raw)) = ctx.unreadable.get_untracked() {
                        let name = key.replace('/', "-");
                        browser::download(&format!("{name}.txt"), "text/plain", &raw);
                    }
                }>{move || ctx.t(S::DownloadRaw)}</button>
            </div>
        </Show>
    }
}

#[component]
fn StepNav() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <div class="step-nav no-print">
            <Show when=move || ctx.step.get().prev().is_some()>
                <button type="button" class="secondary" on:click=move |_| {
                    if let Some(p) = ctx.step.get_untracked().prev() { ctx.go(p) }
                }>{move || ctx.t(S::Back)}</button>
            </Show>
            <Show when=move || ctx.step.get().next().is_some()>
                <button type="button" class="primary" on:click=move |_| {
                    if let Some(n) = ctx.step.get_untracked().next() { ctx.go(n) }
                }>{move || ctx.t(S::Continue)}</button>
            </Show>
        </div>
    }
}
