//! The Leptos components. All text comes from [`crate::strings`].

mod aspect;
pub mod browser;
mod check;
pub mod checklists;
mod criticism;
mod drafts;
mod fields;
mod history;
mod home;
mod ledger;
mod lists;
mod opinions;
mod preview;
mod profile;
mod records;
mod sections;
mod state;
mod talks;
mod tasks;

use crate::domain::checklist::Mark;
use crate::domain::checks::{self, Finding, Status};
use crate::strings::{Lang, S};
use leptos::prelude::*;
pub use state::{Language, Nav, Notices, OpenDraft, SaveState, Saver, Step};

/// Mounts the app on the page.
pub fn start() {
    // An internal error stops the app: say so plainly instead of freezing in silence.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        // Before the app is up, the page's shell says it with this text (index.html).
        browser::note_start_error(&info.to_string());
        browser::show_fatal(&format!(
            "{} {}",
            S::Fatal.get(Lang::Zh),
            S::Fatal.get(Lang::En)
        ));
    }));
    browser::mark("dz-main");
    browser::mark_print_limits();
    leptos::mount::mount_to_body(App);
    // The page's shell (index.html) stood in for the app until now.
    browser::remove_shell();
    browser::mark("dz-mounted");
}

/// A table string as a view that follows the UI language. Every use shares this
/// one closure type, which keeps the wasm small.
pub fn tr(s: S) -> impl IntoView {
    let lang = expect_context::<Language>().0;
    move || s.get(lang.get())
}

/// The same, for an attribute value.
pub fn tr_attr(s: S) -> impl Fn() -> &'static str + Send + Sync + Copy + 'static {
    let lang = expect_context::<Language>().0;
    move || s.get(lang.get())
}

/// `n / unit` with one decimal, rounded ("1.5"), in integer arithmetic (float
/// formatting would cost the wasm several kilobytes).
pub fn tenths(n: u64, unit: u64) -> String {
    let t = (n * 10 + unit / 2) / unit.max(1);
    format!("{}.{}", t / 10, t % 10)
}

/// The stable name of how sure a wording is (`data-mark`).
pub fn mark_code(m: Mark) -> &'static str {
    match m {
        Mark::Verified => "verified",
        Mark::ThirdParty => "third-party",
        Mark::Recalled => "recalled",
        Mark::Compiled => "compiled",
        Mark::Unit => "unit",
        Mark::Copied => "copied",
    }
}

/// How sure a wording is, in the current language.
pub fn mark_text(m: Mark) -> impl IntoView {
    tr(match m {
        Mark::Verified => S::MarkVerified,
        Mark::ThirdParty => S::MarkThirdParty,
        Mark::Recalled => S::MarkRecalled,
        Mark::Compiled => S::MarkCompiled,
        Mark::Unit => S::MarkUnit,
        Mark::Copied => S::MarkCopied,
    })
}

/// Replaces `{name}` placeholders in a table string, in one pass over it: a value
/// (the user's text, a file's) is never read as a placeholder itself.
pub fn fill(text: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let arg = after.find('}').and_then(|close| {
            let key = &after[..close];
            let (_, v) = args.iter().find(|(k, _)| *k == key)?;
            Some((v, close))
        });
        match arg {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[component]
pub fn App() -> impl IntoView {
    browser::mark("dz-restore");
    let nav = state::provide_all(browser::now_ms(), browser::new_id);
    browser::mark("dz-restored");
    let saver = expect_context::<Saver>();
    saver.install();
    // The 导语's counts follow the opinions and talks (changed in another tab, say).
    records::sync_intro(drafts::Drafts::get());
    let checked = provide_checks();
    follow_language_and_progress(nav);
    // Ready once the restored draft is on the page; the statuses follow once the
    // checks have run after the first frame (`data-checked`).
    Effect::new(move |_| browser::mark_ready());
    browser::after_first_paint(move || {
        checked.0.set(true);
        leptos::prelude::set_timeout(browser::mark_checked, std::time::Duration::ZERO);
    });

    view! {
        // The first tab stop: past the header and the step list to the step itself.
        <a href="#content" class="skip-link no-print" id="skip-link" on:click=move |ev| {
            ev.prevent_default();
            browser::focus_by_id("content");
        }>{tr(S::SkipToContent)}</a>
        {app_header()}
        <Alerts/>
        <div class="layout">
            {step_list(nav)}
            <main class="content" id="content" tabindex="-1">
                {move || page(nav.step.get())}
                <StepNav/>
            </main>
        </div>
        <footer class="app-footer no-print">{tr(S::Offline)}</footer>
    }
}

/// The checks, shared by the task list, the step list and the check page. They follow
/// the saves (400 ms after typing stops, and every step change), not every keystroke,
/// and wait for the first screen to be drawn: the statuses appear a frame after the
/// page.
fn provide_checks() -> Checked {
    let draft = expect_context::<OpenDraft>();
    let saver = expect_context::<Saver>();
    let checked = Checked(RwSignal::new(false));
    provide_context(checked);
    let findings: Memo<Vec<Finding>> = Memo::new(move |_| {
        if !checked.0.get() {
            return Vec::new();
        }
        saver.revision.track();
        let checklist = draft.checklist();
        draft.with_untracked(|d| checks::check(d, &checklist))
    });
    provide_context(findings);
    checked
}

/// The page's language follows the UI's, and its title says the step and the progress.
fn follow_language_and_progress(nav: Nav) {
    let lang = expect_context::<Language>();
    Effect::new(move |_| {
        browser::set_document_lang(if lang.get() == Lang::En {
            "en"
        } else {
            "zh-CN"
        });
    });
    Effect::new(move |_| {
        let step = nav.step.get();
        let (n, total) = nav.position(&step);
        let label = step_label(&step);
        let title = if n == 0 {
            format!("{label} - {}", lang.t(S::AppName))
        } else {
            let progress = fill(
                lang.t(S::StepOf),
                &[("n", n.to_string()), ("total", total.to_string())],
            );
            format!("{label} - {progress} - {}", lang.t(S::AppName))
        };
        browser::set_title(&title);
    });
}

/// The page of a step.
fn page(step: Step) -> AnyView {
    match step {
        Step::Home => home::HomePage().into_any(),
        Step::History => history::HistoryPage().into_any(),
        Step::OwnChecklist => checklists::ChecklistEditor().into_any(),
        Step::Ledger => ledger::LedgerPage().into_any(),
        Step::Opinions => opinions::OpinionsPage().into_any(),
        Step::Talks => talks::TalksPage().into_any(),
        Step::Criticism => criticism::CriticismPage().into_any(),
        Step::Tasks => tasks::TaskList().into_any(),
        Step::Profile => profile::ProfileStep().into_any(),
        Step::Intro => sections::IntroStep().into_any(),
        Step::LastYear => sections::LastYearStep().into_any(),
        Step::Aspect(id) => view! { <aspect::AspectStep aspect=id/> }.into_any(),
        Step::Explanations => sections::ExplanationsStep().into_any(),
        Step::Causes => lists::CausesStep().into_any(),
        Step::Measures => lists::MeasuresStep().into_any(),
        Step::Closing => sections::ClosingStep().into_any(),
        Step::Text(id) => view! { <sections::TextPartStep part=id/> }.into_any(),
        Step::Check => check::CheckStep().into_any(),
        Step::Preview => preview::PreviewStep().into_any(),
    }
}

/// The app's name, the save state and the language switch (kept for the next visit).
fn app_header() -> impl IntoView {
    let saver = expect_context::<Saver>();
    let lang = expect_context::<Language>();
    let lang_not_kept = RwSignal::new(false);
    view! {
        <header class="app-header no-print">
            <div class="brand">
                <span class="brand-name">{tr(S::AppName)}</span>
                <span class="brand-tagline">{tr(S::AppTagline)}</span>
            </div>
            <SaveStatus/>
            <button type="button" class="link-button" lang=move || if lang.get() == Lang::Zh { "en" } else { "zh-CN" }
                aria-label=tr_attr(S::Language)
                on:click=move |_| {
                    lang.0.update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh });
                    // Kept for the next visit.
                    let english = lang.0.get_untracked() == Lang::En;
                    let kept = saver.with_store(|s| {
                        let mut meta = s.meta();
                        meta.english = english;
                        s.set_meta(&meta)
                    });
                    lang_not_kept.set(kept.is_err());
                }>
                {tr(S::LangSwitch)}
            </button>
            // Said where the switch is, on every page.
            <Show when=move || lang_not_kept.get()>
                <p class="notice notice-error" role="alert" id="lang-not-kept">{tr(S::LanguageNotKept)}</p>
            </Show>
        </header>
    }
}

/// The step list: 我的稿件, the task list, and the draft's numbered steps with their
/// statuses.
fn step_list(nav: Nav) -> impl IntoView {
    view! {
        <nav class="steps no-print" aria-label=tr_attr(S::StepsNav)>
            <ol>
                <li class="steps-home">
                    <a href="#" id="nav-home" aria-current=move || (nav.step.get() == Step::Home).then_some("page")
                        on:click=move |ev| { ev.prevent_default(); nav.go(Step::Home); }>
                        {tr(S::StepHome)}
                    </a>
                </li>
                <li class="steps-home">
                    <a href="#" aria-current=move || (nav.step.get() == Step::Tasks).then_some("step")
                        on:click=move |ev| { ev.prevent_default(); nav.go(Step::Tasks); }>
                        {tr(S::StepTasks)}
                    </a>
                </li>
                {move || nav.steps().into_iter().map(|s| view! {
                    <li>
                        <a href="#" aria-current={
                                let s = s.clone();
                                move || (nav.step.get() == s).then_some("step")
                            }
                            on:click={
                                let s = s.clone();
                                move |ev| { ev.prevent_default(); nav.go(s.clone()); }
                            }>
                            <span class="step-name">{
                                let s = s.clone();
                                move || step_label(&s)
                            }</span>
                            <StatusTag step=s.clone() compact=true/>
                        </a>
                    </li>
                }).collect_view()}
            </ol>
        </nav>
    }
}

#[component]
fn SaveStatus() -> impl IntoView {
    let saver = expect_context::<Saver>();
    let lang = expect_context::<Language>();
    view! {
        <p class="save-status" role="status" aria-live="polite" data-save=move || saver.state.get().code()>
            {move || {
                let lang = lang.get();
                match saver.state.get() {
                    SaveState::NotYet => S::NotSavedYet.get(lang).to_string(),
                    SaveState::Pending => S::Saving.get(lang).to_string(),
                    // A draft saved on another day says which.
                    SaveState::Saved(ms) => {
                        let at = browser::date_time(ms);
                        let time = if at.get(..10) == Some(browser::today().as_str()) {
                            browser::clock(ms)
                        } else {
                            at
                        };
                        fill(S::Saved.get(lang), &[("time", time)])
                    }
                    SaveState::Failed(_) | SaveState::Unavailable => String::new(),
                }
            }}
        </p>
    }
}

/// Persistent messages: failed saves, blocked storage, unreadable stored data.
#[component]
fn Alerts() -> impl IntoView {
    let saver = expect_context::<Saver>();
    let notices = expect_context::<Notices>();
    let lang = expect_context::<Language>();
    let drafts = drafts::Drafts::get();
    // A backup file of the open draft, which 导入备份文件 takes back.
    let download_draft = move |_| drafts.export(vec![drafts.draft.snapshot()]);
    view! {
        <Show when=move || matches!(saver.state.get(), SaveState::Failed(_) | SaveState::Unavailable)>
            <div class="alert alert-error no-print" role="alert">
                <p>{move || match saver.state.get() {
                    SaveState::Unavailable => lang.t(S::StorageUnavailable),
                    SaveState::Failed(crate::storage::SaveError::Quota) => lang.t(S::SaveFailedQuota),
                    _ => lang.t(S::SaveFailedOther),
                }}</p>
                <button type="button" on:click=download_draft>{tr(S::DownloadDraft)}</button>
            </div>
        </Show>
        <Show when=move || saver.conflict.get()>
            <div class="alert alert-warning no-print" role="alert" id="conflict">
                <p>{tr(S::ConflictMessage)}</p>
                <button type="button" id="load-theirs" on:click=move |_| {
                    // An undo would put an item of this tab's version into theirs.
                    notices.undo.set(None);
                    saver.load_theirs();
                }>{tr(S::LoadTheirs)}</button>
                <button type="button" id="keep-mine" on:click=move |_| saver.keep_mine()>{tr(S::KeepMine)}</button>
            </div>
        </Show>
        <Show when=move || notices.unreadable.with(|u| u.is_some())>
            <div class="alert alert-warning no-print" role="alert">
                <p>{tr(S::Unreadable)}</p>
                <button type="button" on:click=move |_| {
                    if let Some((key, raw)) = notices.unreadable.get_untracked() {
                        let name = key.replace('/', "-");
                        browser::download(&format!("{name}.txt"), "text/plain", &raw);
                    }
                }>{tr(S::DownloadRaw)}</button>
            </div>
        </Show>
    }
}

/// The name of a step in the current language (tracked).
pub fn step_label(step: &Step) -> String {
    let lang = expect_context::<Language>();
    let draft = expect_context::<OpenDraft>();
    let s = |k: S| lang.t(k).to_string();
    match step {
        Step::Home => s(S::StepHome),
        Step::History => s(S::StepHistory),
        Step::OwnChecklist => s(S::OwnEditorHeading),
        Step::Ledger => s(S::StepLedger),
        Step::Opinions => s(S::StepOpinions),
        Step::Talks => s(S::StepTalks),
        Step::Criticism => s(S::StepCriticism),
        Step::Tasks => s(S::StepTasks),
        Step::Profile => s(S::StepProfile),
        Step::Intro => s(S::StepIntro),
        Step::LastYear => s(S::StepLastYear),
        Step::Aspect(id) => {
            let name = draft
                .checklist()
                .aspect(id)
                .map(|a| lang.pick(&a.short_zh, &a.short_en).to_string())
                .unwrap_or_default();
            fill(lang.t(S::StepAspect), &[("name", name)])
        }
        Step::Explanations => s(S::StepExplanations),
        Step::Causes => s(S::StepCauses),
        Step::Measures => s(S::StepMeasures),
        Step::Closing => s(S::StepClosing),
        Step::Text(id) => draft
            .checklist()
            .text_part(id)
            .map(|t| lang.pick(&t.zh, &t.en))
            .unwrap_or_default(),
        Step::Check => s(S::StepCheck),
        Step::Preview => s(S::StepPreview),
    }
}

/// The status of the section a step edits (tracked); None for steps without one.
pub fn step_status(step: &Step) -> Option<(Status, bool)> {
    // No status before the checks have run (a frame after the first screen).
    if !expect_context::<Checked>().0.get() {
        return None;
    }
    let findings = expect_context::<Memo<Vec<Finding>>>();
    let draft = expect_context::<OpenDraft>();
    let section = step.section()?;
    let status = findings.with(|f| draft.with_untracked(|d| checks::status(d, &section, f)));
    Some((status, section.optional(&draft.checklist())))
}

/// Whether the checks over the whole draft have run: they wait until the first screen
/// is drawn.
#[derive(Clone, Copy, Debug)]
pub struct Checked(pub RwSignal<bool>);

/// A status tag (未开始 / 填写中 / 已完成 / 有问题), with its stable name in
/// `data-status`.
#[component]
pub fn StatusTag(step: Step, #[prop(optional)] compact: bool) -> impl IntoView {
    let lang = expect_context::<Language>();
    move || {
        step_status(&step).map(|(status, optional)| {
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
            view! { <strong class=class data-status=status.code()>{lang.t(text)}</strong> }
        })
    }
}

#[component]
fn StepNav() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let step = nav.step;
    view! {
        <div class="step-nav no-print">
            {move || nav.neighbour(&step.get(), -1).map(|p| view! {
                <button type="button" class="secondary" on:click=move |_| nav.go(p.clone())>{tr(S::Back)}</button>
            })}
            {move || nav.neighbour(&step.get(), 1).map(|n| view! {
                <button type="button" class="primary" on:click=move |_| nav.go(n.clone())>{tr(S::Continue)}</button>
            })}
            <Show when=move || nav.from_check.get() && step.get() != Step::Check>
                <button type="button" class="secondary" on:click=move |_| nav.go(Step::Check)>{tr(S::BackToCheck)}</button>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn a_value_is_never_read_as_a_placeholder() {
        let args = [
            ("what", "稿件“{why}”".to_string()),
            ("why", "x".to_string()),
        ];
        assert_eq!(fill("{what}：{why}。", &args), "稿件“{why}”：x。");
        assert_eq!(
            fill("{n} {unknown} {", &[("n", "1".into())]),
            "1 {unknown} {"
        );
    }
}
