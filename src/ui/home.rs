//! 我的稿件: the drafts list, backups (export and import) and the 回收站.

use super::drafts::Drafts;
use super::fields::{heading_text, StepHeading};
use super::{browser, fill, tr};
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

/// What the home page's parts share: the list on screen, the file waiting to be
/// imported, and the rows' states.
#[derive(Clone, Copy)]
struct Home {
    ctx: Drafts,
    list: Memo<Vec<DraftMeta>>,
    pending: RwSignal<Option<Backup>>,
    overwrite: RwSignal<bool>,
    renaming: RwSignal<Option<String>>,
    /// The draft whose 开始下一年度 waits for a second click (a draft was started from it).
    pending_next: RwSignal<Option<String>>,
    /// The draft just deleted (id, title), whose deletion may be undone.
    deleted: RwSignal<Option<(String, String)>>,
}

#[component]
pub fn HomePage() -> impl IntoView {
    let ctx = Drafts::get();
    let home = Home {
        ctx,
        list: Memo::new(move |_| ctx.list()),
        pending: RwSignal::new(None),
        overwrite: RwSignal::new(false),
        renaming: RwSignal::new(None),
        pending_next: RwSignal::new(None),
        deleted: RwSignal::new(None),
    };
    let deleted = home.deleted;
    view! {
        <section class="step home">
            <StepHeading text=heading_text(S::StepHome)/>
            <p class="lead">{tr(S::HomeHint)}</p>
            <ExportReminder/>
            {overdue_measures(home.list)}
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
                    {move || home.list.get().into_iter().map(|m| draft_row(home, m)).collect_view()}
                </tbody>
            </table>

            <super::checklists::OwnChecklists/>

            {backups(home)}
            {trash_list()}
        </section>
    }
}

/// Measures past their deadline and not done, in every draft's ledger, each with the
/// way to its ledger (`Desk::overdue`).
fn overdue_measures(list: Memo<Vec<DraftMeta>>) -> impl IntoView {
    let ctx = Drafts::get();
    let overdue = Memo::new(move |_| {
        let today = browser::today();
        let list = list.get();
        ctx.desk(|k| k.overdue(&list, &today))
    });
    view! {
        <Show when=move || overdue.with(|o| !o.is_empty())>
            <div class="alert alert-warning inline" id="overdue" role="status">
                <h2>{tr(S::OverdueHeading)}</h2>
                <ul>
                    {move || overdue.get().into_iter().map(|o| {
                        let text = fill(
                            ctx.lang.t(S::OverdueItem),
                            &[("title", o.title), ("measure", o.measure), ("deadline", o.deadline)],
                        );
                        let id = o.draft_id;
                        view! {
                            <li>{text}" "
                                <button type="button" class="small" on:click=move |_| {
                                    if ctx.open(&id) {
                                        ctx.nav.go(super::state::Step::Ledger);
                                    }
                                }>{tr(S::OpenLedger)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

/// One draft of the list, with its actions.
fn draft_row(home: Home, m: DraftMeta) -> impl IntoView {
    let Home {
        ctx,
        renaming,
        deleted,
        ..
    } = home;
    let open_id = ctx.draft.id;
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
                {next_year_button(home, m.id.clone())}
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
}

/// 开始下一年度: a second start from the same draft asks first.
fn next_year_button(home: Home, id: String) -> impl IntoView {
    let Home {
        ctx,
        list,
        pending_next,
        ..
    } = home;
    let label = {
        let id = id.clone();
        move || {
            let again = pending_next.get().as_deref() == Some(id.as_str());
            ctx.lang
                .t(if again { S::NextYearAgain } else { S::NextYear })
                .to_string()
        }
    };
    view! {
        <button type="button" class="small" id=format!("next-year-{id}") on:click=move |_| {
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
        }>{label}</button>
    }
}

/// Backups: export all, and import a file after showing what it holds.
fn backups(home: Home) -> impl IntoView {
    let Home { ctx, pending, .. } = home;
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
    view! {
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
        {move || pending.get().map(|file| import_summary(home, file))}
    }
}

/// What a picked file holds, the choice of new drafts or overwriting, and the import.
fn import_summary(home: Home, file: Backup) -> impl IntoView {
    let Home {
        ctx,
        pending,
        overwrite,
        ..
    } = home;
    let n = file.drafts.len();
    let items = file
        .drafts
        .iter()
        .map(|d| {
            let exists = ctx.has(&d.id);
            view! {
                <li>{d.display_name()}" "{exists.then(|| ctx.lang.t(S::ImportExists))}</li>
            }
        })
        .collect_view();
    let own = file
        .checklists
        .iter()
        .map(|c| {
            view! {
                <li>{fill(ctx.lang.t(S::ImportChecklist), &[("name", c.name_zh())])}</li>
            }
        })
        .collect_view();
    let lang = ctx.lang.get();
    let left = (!file.left_out.is_empty()).then(|| {
        let lines = file
            .left_out
            .iter()
            .map(|l| {
                view! {
                    <li>{super::drafts::left_out_line(lang, l)}</li>
                }
            })
            .collect_view();
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
}

/// The 回收站: deleted drafts, kept 30 days, each to restore.
fn trash_list() -> impl IntoView {
    let ctx = Drafts::get();
    let trash = Memo::new(move |_| ctx.trash());
    view! {
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
