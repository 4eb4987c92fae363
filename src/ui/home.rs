//! 我的稿件: the drafts list, backups (export and import) and the 回收站.

use super::drafts::Drafts;
use super::fields::{heading_text, StepHeading};
use super::{browser, fill, tr};
use crate::domain::ledger::Ledger;
use crate::domain::MaterialKind;
use crate::storage::backup::{self, Backup, ImportError, MAX_IMPORT_BYTES};
use crate::storage::DraftMeta;
use crate::strings::S;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn kind_label(k: MaterialKind) -> S {
    match k {
        MaterialKind::Individual => S::KindShortIndividual,
        MaterialKind::Team => S::KindShortTeam,
    }
}

fn kb(size: usize) -> String {
    super::tenths(size as u64, 1024)
}

/// Reads a picked or dropped file and checks it; nothing is written here.
fn read_backup(ctx: Drafts, file: web_sys::File, pending: RwSignal<Option<Backup>>) {
    pending.set(None);
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        ctx.notices
            .error(ctx.import_error(&ImportError::TooLarge(size)));
        return;
    }
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        match backup::decode_backup_all(&text) {
            // Every draft and checklist in it left out: nothing to choose.
            Ok(file) if file.is_empty() => ctx.notices.error(ctx.nothing_to_import(&file.left_out)),
            Ok(file) => {
                ctx.notices.notice.set(None);
                pending.set(Some(file));
            }
            Err(e) => ctx.notices.error(ctx.import_error(&e)),
        }
    });
}

#[component]
pub fn HomePage() -> impl IntoView {
    let ctx = Drafts::get();
    let pending: RwSignal<Option<Backup>> = RwSignal::new(None);
    let overwrite = RwSignal::new(false);
    let renaming: RwSignal<Option<String>> = RwSignal::new(None);
    // The draft whose 开始下一年度 waits for a second click (a draft was started from it).
    let pending_next: RwSignal<Option<String>> = RwSignal::new(None);
    let deleted: RwSignal<Option<(String, String)>> = RwSignal::new(None);
    let list = Memo::new(move |_| ctx.list());
    let trash = Memo::new(move |_| ctx.trash());
    // Measures past their deadline and not done, in every draft's ledger.
    let overdue = Memo::new(move |_| {
        let today = browser::today();
        let list = list.get();
        ctx.saver
            .with_store(|s| s.records::<Ledger>().0)
            .into_iter()
            .flat_map(|mut l| {
                // As the draft now stands (a measure removed or its deadline moved).
                if let Ok(Some(d)) = ctx.saver.with_store(|s| s.load_draft(&l.draft_id)) {
                    l.sync(&d);
                }
                let title = list
                    .iter()
                    .find(|m| m.id == l.draft_id)
                    .map(|m| m.title.clone());
                title.map_or_else(Vec::new, |title| {
                    l.overdue(&today)
                        .map(|e| {
                            let text = fill(
                                ctx.lang.t(S::OverdueItem),
                                &[
                                    ("title", title.clone()),
                                    ("measure", e.measure.clone()),
                                    ("deadline", e.deadline.material_text()),
                                ],
                            );
                            (l.draft_id.clone(), text)
                        })
                        .collect()
                })
            })
            .collect::<Vec<(String, String)>>()
    });
    let open_id = ctx.draft.id;

    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(f) = input.files().and_then(|l| l.get(0)) {
            read_backup(ctx, f, pending);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(f) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|l| l.get(0))
        {
            read_backup(ctx, f, pending);
        }
    };

    let row = move |m: DraftMeta| {
        let id_next = m.id.clone();
        let (id_open, id_dup, id_ren, id_del, id_save) = (
            m.id.clone(),
            m.id.clone(),
            m.id.clone(),
            m.id.clone(),
            m.id.clone(),
        );
        let id_row = m.id.clone();
        let is_open = move || open_id.get() == id_row;
        let title = m.title.clone();
        let title_del = m.title.clone();
        let editing = {
            let id = m.id.clone();
            move || renaming.get().as_deref() == Some(id.as_str())
        };
        let name_input: NodeRef<leptos::html::Input> = NodeRef::new();
        let rename_id = format!("rename-{}", m.id);
        view! {
            <tr data-id=m.id.clone()>
                <td class="draft-title">
                    <Show when=editing.clone() fallback=move || view! { <span>{title.clone()}</span> }>
                        <label class="visually-hidden" for=rename_id.clone()>{tr(S::RenameLabel)}</label>
                        <input type="text" id=rename_id.clone() node_ref=name_input value=m.title.clone()/>
                        <button type="button" on:click={
                            let id = id_save.clone();
                            move |_| {
                                if let Some(el) = name_input.get() {
                                    ctx.rename(&id, el.value());
                                }
                                renaming.set(None);
                            }
                        }>{tr(S::Save)}</button>
                        <button type="button" on:click=move |_| renaming.set(None)>{tr(S::Cancel)}</button>
                    </Show>
                    <Show when=is_open.clone()>
                        <strong class="tag tag-progress">{tr(S::Opened)}</strong>
                    </Show>
                </td>
                <td>{move || ctx.lang.t(kind_label(m.kind))}</td>
                <td>{m.year}</td>
                <td>{browser::date_time(m.updated_ms)}</td>
                <td>{(m.size > 0).then(|| fill(ctx.lang.t(S::SizeKb), &[("n", kb(m.size))]))}</td>
                <td class="draft-actions">
                    <button type="button" class="primary small" on:click=move |_| { ctx.open(&id_open); }>{tr(S::Open)}</button>
                    <button type="button" class="small" on:click=move |_| ctx.duplicate(&id_dup)>{tr(S::Duplicate)}</button>
                    <button type="button" class="small" id=format!("next-year-{}", m.id) on:click={
                        let id = id_next.clone();
                        move |_| {
                            // A second start from the same draft asks first.
                            let asked = pending_next.get_untracked().as_deref() == Some(id.as_str());
                            // A draft already started from it, in the list on screen.
                            let twin = list.with_untracked(|l| {
                                l.iter().find(|m| m.previous == id).map(|m| m.title.clone())
                            });
                            match twin.filter(|_| !asked) {
                                Some(twin) => {
                                    pending_next.set(Some(id.clone()));
                                    ctx.notices.info(fill(ctx.lang.t(S::NextYearTwin), &[("title", twin)]));
                                }
                                None => {
                                    pending_next.set(None);
                                    ctx.next_year(&id);
                                }
                            }
                        }
                    }>{
                        let id = id_next.clone();
                        move || ctx.lang.t(if pending_next.get().as_deref() == Some(id.as_str()) { S::NextYearAgain } else { S::NextYear }).to_string()
                    }</button>
                    <button type="button" class="small" on:click=move |_| {
                        renaming.set(Some(id_ren.clone()));
                        let id = format!("rename-{}", id_ren);
                        request_animation_frame(move || {
                            if let Some(el) = document().get_element_by_id(&id) {
                                if let Ok(el) = el.dyn_into::<web_sys::HtmlInputElement>() {
                                    browser::focus(&el);
                                    el.select();
                                }
                            }
                        });
                    }>{tr(S::Rename)}</button>
                    <button type="button" class="small danger" on:click=move |_| {
                        if ctx.delete(&id_del) {
                            deleted.set(Some((id_del.clone(), title_del.clone())));
                        }
                    }>{tr(S::Delete)}</button>
                </td>
            </tr>
        }
    };

    view! {
        <section class="step home">
            <StepHeading text=heading_text(S::StepHome)/>
            <p class="lead">{tr(S::HomeHint)}</p>
            <ExportReminder/>
            <Show when=move || overdue.with(|o| !o.is_empty())>
                <div class="alert alert-warning inline" id="overdue" role="status">
                    <h2>{tr(S::OverdueHeading)}</h2>
                    <ul>
                        {move || overdue.get().into_iter().map(|(id, text)| view! {
                            <li>{text}" "
                                <button type="button" class="small" on:click=move |_| {
                                    if ctx.open(&id) {
                                        ctx.nav.go(super::state::Step::Ledger);
                                    }
                                }>{tr(S::OpenLedger)}</button>
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
            </Show>
            <div class="home-actions">
                <button type="button" class="primary" id="new-individual" on:click=move |_| ctx.new_draft(MaterialKind::Individual)>{tr(S::NewIndividual)}</button>
                <button type="button" class="secondary" id="new-team" on:click=move |_| ctx.new_draft(MaterialKind::Team)>{tr(S::NewTeam)}</button>
            </div>
            {move || deleted.get().map(|(id, name)| view! {
                <div class="undo" role="status">
                    <span>{fill(ctx.lang.t(S::DraftDeleted), &[("name", name)])}</span>
                    <button type="button" id="undo-delete" on:click=move |_| {
                        // A failed undo says why, and the undo stays offered.
                        if ctx.restore_from_trash(&id) {
                            deleted.set(None);
                        }
                    }>{ctx.lang.t(S::Undo)}</button>
                </div>
            })}
            <table class="drafts">
                <thead>
                    <tr>
                        <th scope="col">{tr(S::ColTitle)}</th>
                        <th scope="col">{tr(S::ColKind)}</th>
                        <th scope="col">{tr(S::ColYear)}</th>
                        <th scope="col">{tr(S::ColEdited)}</th>
                        <th scope="col">{tr(S::ColSize)}</th>
                        <th scope="col">{tr(S::ColActions)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || list.get().into_iter().map(row).collect_view()}
                </tbody>
            </table>

            <super::checklists::OwnChecklists/>

            <h2>{tr(S::BackupHeading)}</h2>
            <p><button type="button" id="export-all" on:click=move |_| ctx.export_all()>{tr(S::ExportAll)}</button></p>
            <div class="drop-zone" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                <label for="import-file">{tr(S::ImportLabel)}</label>
                <input type="file" id="import-file" accept=".json,application/json" on:change=on_pick/>
                <p class="hint">{tr(S::ImportDrop)}</p>
            </div>
            {move || ctx.notices.notice.get().map(|(text, error)| view! {
                <p class=if error { "notice notice-error" } else { "notice" } role="alert" id="import-notice">{text}</p>
            })}
            {move || pending.get().map(|file| {
                let n = file.drafts.len();
                let items = file.drafts.iter().map(|d| {
                    let exists = ctx.has(&d.id);
                    view! {
                        <li>{d.display_name()}" "{exists.then(|| ctx.lang.t(S::ImportExists))}</li>
                    }
                }).collect_view();
                let own = file.checklists.iter().map(|c| view! {
                    <li>{fill(ctx.lang.t(S::ImportChecklist), &[("name", c.name_zh())])}</li>
                }).collect_view();
                let lang = ctx.lang.get();
                let left = (!file.left_out.is_empty()).then(|| {
                    let lines = file.left_out.iter().map(|l| view! {
                        <li>{super::drafts::left_out_line(lang, l)}</li>
                    }).collect_view();
                    view! {
                        <p>{ctx.lang.t(S::LeftOutHeading)}</p>
                        <ul id="import-left-out">{lines}</ul>
                    }
                });
                view! {
                    <div class="import-summary" id="import-summary">
                        <p>{fill(ctx.lang.t(S::ImportSummary), &[("n", n.to_string())])}</p>
                        <ul>{items}{own}</ul>
                        {left}
                        <label class="choice">
                            <input type="radio" name="import-mode" id="import-new" prop:checked=move || !overwrite.get() on:change=move |_| overwrite.set(false)/>
                            {ctx.lang.t(S::ImportAsNew)}
                        </label>
                        <label class="choice">
                            <input type="radio" name="import-mode" id="import-overwrite" prop:checked=move || overwrite.get() on:change=move |_| overwrite.set(true)/>
                            {ctx.lang.t(S::ImportOverwrite)}
                        </label>
                        <div class="home-actions">
                            <button type="button" class="primary" id="import-do" on:click=move |_| {
                                if let Some(file) = pending.get_untracked() {
                                    ctx.import_backup(file, overwrite.get_untracked());
                                }
                                pending.set(None);
                            }>{ctx.lang.t(S::ImportDo)}</button>
                            <button type="button" on:click=move |_| pending.set(None)>{ctx.lang.t(S::Cancel)}</button>
                        </div>
                    </div>
                }
            })}

            <h2>{tr(S::TrashHeading)}</h2>
            <p class="hint">{tr(S::TrashHint)}</p>
            <Show when=move || trash.with(|t| t.is_empty()) fallback=move || view! {
                <ul class="trash">
                    {move || trash.get().into_iter().map(|m| {
                        let id = m.id.clone();
                        view! {
                            <li data-id=m.id.clone()>
                                <span>{m.title.clone()}</span>" "
                                <span class="hint">{fill(ctx.lang.t(S::DeletedAt), &[("time", browser::date_time(m.deleted_ms.unwrap_or_default()))])}</span>" "
                                <button type="button" class="small" on:click=move |_| { ctx.restore_from_trash(&id); }>{ctx.lang.t(S::Restore)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }>
                <p class="empty">{tr(S::TrashEmpty)}</p>
            </Show>
        </section>
    }
}

/// The reminder to export, shown on the home page and the task list.
#[component]
pub fn ExportReminder() -> impl IntoView {
    let ctx = Drafts::get();
    let due = Memo::new(move |_| ctx.export_due());
    view! {
        <Show when=move || due.get()>
            <div class="alert alert-warning inline" role="status" id="export-reminder">
                <p>{tr(S::ExportReminder)}</p>
                <button type="button" on:click=move |_| ctx.export_all()>{tr(S::ExportAll)}</button>
            </div>
        </Show>
    }
}
