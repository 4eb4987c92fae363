//! 历史版本: the snapshots of the open draft, a readable preview and restore.

use super::drafts::Drafts;
use super::fields::{heading_text, NoticeLine, StepHeading};
use super::preview::Paper;
use super::{browser, fill, tr};
use crate::domain::{render, Document};
use crate::strings::S;
use leptos::prelude::*;

#[component]
pub fn HistoryPage() -> impl IntoView {
    let ops = Drafts::get();
    let shown: RwSignal<Option<String>> = RwSignal::new(None);
    let list = Memo::new(move |_| {
        ops.saver.drafts_version.track();
        ops.saver.revision.track();
        let id = ops.draft.id.get();
        ops.saver.with_store(|s| s.snapshots(&id))
    });
    let doc: Memo<Option<Document>> = Memo::new(move |_| {
        let key = shown.get()?;
        let d = ops.saver.with_store(|s| s.load_snapshot(&key))?;
        Some(render(&d, &ops.draft.checklist_for(&d)))
    });
    view! {
        <section class="step">
            <StepHeading text=heading_text(S::HistoryHeading)/>
            <p class="lead">{tr(S::HistoryHint)}</p>
            <NoticeLine id="history-notice"/>
            <Show when=move || list.with(|l| l.is_empty())>
                <p class="empty">{tr(S::HistoryEmpty)}</p>
            </Show>
            <ul class="history">
                {move || list.get().into_iter().map(|m| {
                    let (k1, k2, k3) = (m.key.clone(), m.key.clone(), m.key.clone());
                    let time = browser::date_time(m.saved_ms);
                    let time2 = time.clone();
                    view! {
                        <li class:current=move || shown.get().as_deref() == Some(k3.as_str())>
                            <span class="history-time">{time.clone()}</span>
                            <span class="hint">{fill(ops.lang.t(S::SizeKb), &[("n", super::tenths(m.size as u64, 1024))])}</span>
                            <button type="button" class="small" on:click=move |_| shown.set(Some(k1.clone()))>{tr(S::ShowVersion)}</button>
                            <button type="button" class="small" on:click=move |_| {
                                if ops.restore_snapshot(&k2) {
                                    ops.notices.info(fill(ops.lang.t(S::Restored), &[("time", time2.clone())]));
                                    shown.set(None);
                                }
                            }>{tr(S::RestoreVersion)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {move || doc.get().map(|d| {
                let pages = Memo::new(move |_| crate::domain::layout::paginate(&d));
                view! { <Paper pages=pages/> }
            })}
        </section>
    }
}
