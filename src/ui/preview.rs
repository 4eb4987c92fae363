//! Step: the rendered material, as it prints.

use super::browser;
use super::fields::{heading_text, StepHeading};
use super::state::{Language, OpenDraft, Saver};
use super::{fill, tr};
use crate::domain::{checks, count, render, Block, Checklist, Document};
use crate::strings::S;
use leptos::prelude::*;

/// The material drawn from a document tree. User text is always rendered as text.
#[component]
pub fn Paper(doc: Memo<Document>) -> impl IntoView {
    view! {
        <article class="paper" lang="zh-CN">
            {move || doc.with(|doc| {
                let title = doc.title.clone();
                let subtitle = doc.subtitle.clone();
                let blocks = doc.blocks.iter().map(block_view).collect_view();
                view! {
                    <h2 class="doc-title">{title}</h2>
                    {subtitle.map(|s| view! { <p class="doc-subtitle">{s}</p> })}
                    {blocks}
                }
            })}
        </article>
    }
}

fn block_view(b: &Block) -> AnyView {
    match b {
        Block::Heading {
            level,
            number,
            text,
            section,
        } => {
            let class = format!("doc-h doc-h{level}");
            let t = format!("{number}{text}");
            view! { <p class=class data-section=section.as_ref().map(|s| s.key())>{t}</p> }.into_any()
        }
        Block::Paragraph(runs) => view! {
            <p class="doc-p">
                {runs.iter().map(|r| if r.strong {
                    view! { <strong>{r.text.clone()}</strong> }.into_any()
                } else {
                    view! { <span>{r.text.clone()}</span> }.into_any()
                }).collect_view()}
            </p>
        }
        .into_any(),
        Block::Signature { name, date } => view! {
            <div class="doc-signature">
                <div>
                    <p>{name.clone()}</p>
                    {date.clone().map(|d| view! { <p>{d}</p> })}
                </div>
            </div>
        }
        .into_any(),
        Block::Table {
            caption,
            header,
            rows,
        } => view! {
            <table class="doc-table">
                <caption>{caption.clone()}</caption>
                <thead><tr>{header.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {rows.iter().map(|r| view! {
                        <tr>{r.iter().map(|c| view! { <td>{c.clone()}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
    }
}

#[component]
pub fn PreviewStep() -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let saver = expect_context::<Saver>();
    let lang = expect_context::<Language>();
    let doc = Memo::new(move |_| draft.with(|d| render(d, Checklist::for_year(d.profile.year))));
    let total = Memo::new(move |_| doc.with(|d| count::chars(&d.plain_text())));
    view! {
        <section class="step" aria-labelledby="step-heading">
            <div class="no-print">
                <StepHeading text=heading_text(S::PreviewHeading)/>
                <p class="lead">{tr(S::PreviewHint)}</p>
                <p class="total-count">{move || {
                    let t = checks::total_target(draft.kind.get());
                    fill(lang.t(S::TotalCount), &[("n", total.get().to_string()), ("min", t.min.to_string()), ("max", t.max.to_string())])
                }}</p>
                <button type="button" class="primary" id="print" on:click=move |_| {
                    saver.flush();
                    browser::print();
                }>{tr(S::Print)}</button>
            </div>
            <Paper doc=doc/>
        </section>
    }
}
