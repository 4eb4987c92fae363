//! Step: the rendered material, as it prints.

use super::browser;
use super::fields::{heading_text, NoticeLine, StepHeading};
use super::state::{Language, Notices, OpenDraft, Saver};
use super::tenths;
use super::{fill, tr};
use crate::domain::layout::{self, Content, FontRole, Line, Page, Row, Style};
use crate::domain::render::ATTACHMENT_TITLE;
use crate::domain::{checks, count, render};
use crate::export::docx::{self, Scope};
use crate::export::text;
use crate::strings::S;
use leptos::prelude::*;

/// The material on its pages, as it prints: the preview and the print source are the
/// same pages (`domain::layout`). User text is always rendered as text.
#[component]
pub fn Paper(pages: Memo<Vec<Page>>) -> impl IntoView {
    view! {
        <div class="paper" lang="zh-CN" data-pages=move || pages.with(Vec::len)>
            {move || pages.with(|pages| pages.iter().map(page_view).collect_view())}
        </div>
    }
}

fn page_view(p: &Page) -> AnyView {
    let side = if p.odd() {
        "page-no odd"
    } else {
        "page-no even"
    };
    let number = format!("— {} —", p.number);
    match &p.content {
        Content::Text(lines) => view! {
            <article class="page">
                {lines.iter().map(line_view).collect_view()}
                <div class=side>{number}</div>
            </article>
        }
        .into_any(),
        Content::Table(t) => view! {
            <article class="page landscape">
                {t.first.then(|| view! {
                    <div class="ln ln-attach">{layout::ATTACHMENT_MARK}</div>
                    <div class="ln ln-title ln-centre">{t.title.clone()}</div>
                    <div class="ln"></div>
                })}
                <table class="doc-table">
                    <colgroup>
                        {t.widths.iter().enumerate().map(|(i, w)| {
                            // The measure column takes what is left of the line.
                            let w = (i != 2).then(|| format!("calc({w} * 12pt + 7pt)"));
                            view! { <col style:width=w/> }
                        }).collect_view()}
                    </colgroup>
                    <thead>{row_view(&t.header, true)}</thead>
                    <tbody>{t.rows.iter().map(|r| row_view(r, false)).collect_view()}</tbody>
                </table>
                <div class=side>{number}</div>
            </article>
        }
        .into_any(),
    }
}

fn row_view(r: &Row, head: bool) -> AnyView {
    let height = format!("{}pt", tenths(u64::from(r.height()), 100));
    let cells = r
        .cells
        .iter()
        .map(|c| {
            let lines = c
                .iter()
                .map(|l| view! { <div>{l.clone()}</div> })
                .collect_view();
            if head {
                view! { <th scope="col">{lines}</th> }.into_any()
            } else {
                view! { <td>{lines}</td> }.into_any()
            }
        })
        .collect_view();
    view! { <tr style:height=height>{cells}</tr> }.into_any()
}

fn line_view(l: &Line) -> AnyView {
    let mut class = String::from("ln");
    class.push_str(match l.style {
        Style::Title => " ln-title ln-centre",
        Style::Subtitle => " ln-sub ln-centre",
        Style::Heading(1) => " doc-h doc-h1",
        Style::Heading(2) => " doc-h doc-h2",
        Style::Heading(3) => " doc-h doc-h3",
        Style::Heading(_) => " doc-h doc-h4",
        Style::Body => " doc-p",
        Style::Signature => " ln-right",
        Style::Blank => "",
    });
    if l.indent {
        class.push_str(" ln-indent");
    }
    if l.justify {
        class.push_str(" ln-just");
    }
    // Twentieths of a character of the 156 mm line (one character is 156/28 mm).
    let right = l
        .right
        .map(|r| format!("calc(156mm * {r} / {})", layout::LINE_WIDTH));
    view! {
        <div class=class data-section=l.section.as_ref().map(|s| s.key()) style:padding-right=right>
            {l.runs.iter().map(|r| if r.strong {
                view! { <strong>{r.text.clone()}</strong> }.into_any()
            } else {
                view! { <span>{r.text.clone()}</span> }.into_any()
            }).collect_view()}
        </div>
    }
    .into_any()
}

/// The faces each role falls back to on this computer, read when the step opens:
/// (role, official face, the face that prints), for the roles whose official face is
/// missing.
fn font_fallbacks() -> Vec<(FontRole, &'static str, Option<&'static str>)> {
    let faces: Vec<&'static str> = layout::FONT_CHAINS
        .iter()
        .flat_map(|(_, chain)| chain.iter().copied())
        .collect();
    let installed = browser::fonts_installed(&faces);
    let has = |f: &str| faces.iter().zip(&installed).any(|(g, i)| *g == f && *i);
    layout::FONT_CHAINS
        .iter()
        .filter_map(|(role, chain)| {
            let used = chain.iter().copied().find(|f| has(f));
            (used != chain.first().copied()).then(|| (*role, chain[0], used))
        })
        .collect()
}

/// A file name from the material's title (and the attachment's, when it goes alone),
/// without the characters file systems refuse.
pub(super) fn file_name(title: &str, attachment_only: bool, ext: &str) -> String {
    let base: String = title
        .chars()
        .map(|c| {
            if "\\/:*?\"<>|".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    if attachment_only {
        format!("{}-{ATTACHMENT_TITLE}.{ext}", base.trim())
    } else {
        format!("{}.{ext}", base.trim())
    }
}

#[component]
pub fn PreviewStep() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let notices = expect_context::<Notices>();
    let doc = Memo::new(move |_| draft.with(|d| render(d, &draft.checklist())));
    let total = Memo::new(move |_| doc.with(|d| count::chars(&d.plain_text())));
    let attachment_only = RwSignal::new(false);
    let pages = Memo::new(move |_| {
        if attachment_only.get() {
            doc.with(layout::paginate_attachment)
        } else {
            doc.with(layout::paginate)
        }
    });
    let has_attachment = move || doc.with(|d| d.attachment.is_some());
    // A message from another step does not belong here, nor does this step's elsewhere.
    notices.notice.set(None);
    on_cleanup(move || notices.notice.set(None));
    view! {
        <section class="step" aria-labelledby="step-heading">
            <div class="no-print">
                <StepHeading text=heading_text(S::PreviewHeading)/>
                <p class="lead">{tr(S::PreviewHint)}</p>
                <p class="total-count">{move || {
                    let t = checks::total_target(draft.kind.get());
                    fill(lang.t(S::TotalCount), &[("n", total.get().to_string()), ("min", t.min.to_string()), ("max", t.max.to_string())])
                }}</p>
                <p class="page-count">{move || pages.with(|p| {
                    let attach = p.iter().filter(|p| matches!(p.content, Content::Table(_))).count();
                    fill(lang.t(S::PageCount), &[("n", p.len().to_string()), ("body", (p.len() - attach).to_string()), ("attach", attach.to_string())])
                })}</p>
                {fonts_used()}
                {move || (has_attachment() && !browser::prints_landscape_pages()).then(|| view! {
                    <p class="notice notice-error" id="no-landscape">{tr(S::NoLandscapePrint)}</p>
                })}
                {move || (has_attachment() && browser::prints_landscape_pages() && !browser::prints_mixed_pages()).then(|| view! {
                    <p class="notice notice-error" id="print-apart">{tr(S::PrintAttachmentApart)}</p>
                })}
                <fieldset class="field print-scope">
                    <legend>{tr(S::PrintScope)}</legend>
                    <label class="choice">
                        <input type="radio" name="print-scope" id="scope-whole" prop:checked=move || !attachment_only.get() on:change=move |_| attachment_only.set(false)/>
                        {tr(S::ScopeWhole)}
                    </label>
                    <label class="choice">
                        <input type="radio" name="print-scope" id="scope-attachment" prop:checked=move || attachment_only.get() on:change=move |_| attachment_only.set(true)/>
                        {tr(S::ScopeAttachment)}
                    </label>
                    {move || (attachment_only.get() && !has_attachment()).then(|| view! { <p class="hint">{tr(S::NoAttachment)}</p> })}
                </fieldset>
                {preview_actions(doc, attachment_only)}
                <NoticeLine id="preview-notice"/>
            </div>
            <Paper pages=pages/>
        </section>
    }
}

/// Which fonts the printed pages use where the official ones are missing.
fn fonts_used() -> impl IntoView {
    let lang = expect_context::<Language>();
    let fallbacks = font_fallbacks();
    if fallbacks.is_empty() {
        view! { <p class="hint fonts-ok" id="fonts">{tr(S::FontsOk)}</p> }.into_any()
    } else {
        view! {
            <div class="fonts" id="fonts">
            <p>{tr(S::FontsMissing)}</p>
            <ul>
                {fallbacks.into_iter().map(|(role, want, used)| {
                    let role = match role {
                        FontRole::Body => S::RoleBody,
                        FontRole::Title => S::RoleTitle,
                        FontRole::Hei => S::RoleHei,
                        FontRole::Kai => S::RoleKai,
                    };
                    view! { <li data-face=want>{move || fill(lang.t(S::FontFallback), &[
                        ("want", want.to_string()),
                        ("role", lang.t(role).to_string()),
                        ("used", used.map_or_else(|| lang.t(S::FontBrowserDefault).to_string(), str::to_string)),
                    ])}</li> }
                }).collect_view()}
            </ul>
            </div>
        }
        .into_any()
    }
}

/// Print, the Word and text exports and the copy, of the whole material or the
/// 整改清单 alone.
fn preview_actions(
    doc: Memo<crate::domain::render::Document>,
    attachment_only: RwSignal<bool>,
) -> impl IntoView {
    let saver = expect_context::<Saver>();
    let lang = expect_context::<Language>();
    let notices = expect_context::<Notices>();
    let scope = move || {
        if attachment_only.get_untracked() {
            Scope::AttachmentOnly
        } else {
            Scope::Whole
        }
    };
    // The 整改清单 alone, while there is none: nothing to print, export or copy.
    let nothing_to_print = move || attachment_only.get() && !doc.with(|d| d.attachment.is_some());
    let exported =
        move |name: String| notices.info(fill(lang.t(S::FileExported), &[("name", name)]));
    view! {
                <div class="home-actions">
                    <button type="button" class="primary" id="print" disabled=nothing_to_print on:click=move |_| {
                        saver.flush();
                        browser::print();
                    }>{tr(S::Print)}</button>
                    <button type="button" id="export-docx" disabled=nothing_to_print on:click=move |_| {
                        saver.flush();
                        let scope = scope();
                        let (bytes, name) = doc.with_untracked(|d| {
                            (docx::docx(d, scope), file_name(&d.title, scope == Scope::AttachmentOnly, "docx"))
                        });
                        browser::download_bytes(&name, DOCX_MIME, &bytes);
                        exported(name);
                    }>{tr(S::ExportDocx)}</button>
                    <button type="button" id="export-txt" disabled=nothing_to_print on:click=move |_| {
                        saver.flush();
                        let only = attachment_only.get_untracked();
                        let (t, name) = doc.with_untracked(|d| {
                            (text::text(d, only), file_name(&d.title, only, "txt"))
                        });
                        browser::download(&name, "text/plain;charset=utf-8", &t);
                        exported(name);
                    }>{tr(S::ExportTxt)}</button>
                    <button type="button" id="copy-all" disabled=nothing_to_print on:click=move |_| {
                        let only = attachment_only.get_untracked();
                        let t = doc.with_untracked(|d| text::text(d, only));
                        if browser::copy_text(&t) {
                            notices.info(lang.t(S::Copied).to_string());
                        } else {
                            notices.error(lang.t(S::CopyFailed).to_string());
                        }
                    }>{tr(S::CopyAll)}</button>
                </div>
    }
}

pub(super) const DOCX_MIME: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
