//! Step: the rendered material, as it prints.

use super::browser;
use super::fields::{heading_text, StepHeading};
use super::state::{Language, OpenDraft, Saver};
use super::tenths;
use super::{fill, tr};
use crate::domain::layout::{self, Content, Line, Page, Row, Style};
use crate::domain::{checks, count, render, Checklist};
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
    // Characters of the 156 mm line: one is 156/28 mm.
    let right = l.right.map(|r| format!("calc(156mm * {} / 560)", r));
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

#[component]
pub fn PreviewStep() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let saver = expect_context::<Saver>();
    let lang = expect_context::<Language>();
    let doc = Memo::new(move |_| draft.with(|d| render(d, Checklist::for_year(d.profile.year))));
    let total = Memo::new(move |_| doc.with(|d| count::chars(&d.plain_text())));
    let pages = Memo::new(move |_| doc.with(layout::paginate));
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
                <button type="button" class="primary" id="print" on:click=move |_| {
                    saver.flush();
                    browser::print();
                }>{tr(S::Print)}</button>
            </div>
            <Paper pages=pages/>
        </section>
    }
}
