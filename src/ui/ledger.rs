//! 整改台账: after the meeting, every measure of the open draft's 整改清单 followed to
//! the end (owner, status, dated progress notes, evidence), overdue ones marked, and
//! the 整改落实情况报告 drawn from it on pages as it prints. The ledger is its own
//! record beside the draft (`storage::ledgers`).

use super::drafts::Drafts;
use super::fields::{heading_text, NoticeLine, StepHeading};
use super::preview::Paper;
use super::records::Record;
use super::{browser, fill, tr};
use crate::domain::ledger::{Entry, EntryStatus, Ledger};
use crate::domain::render::written_date;
use crate::export::docx::{self, Scope};
use crate::export::text;
use crate::strings::S;
use leptos::prelude::*;

/// The status names on screen.
fn status_text(s: EntryStatus) -> S {
    match s {
        EntryStatus::Pending => S::EntryPending,
        EntryStatus::InProgress => S::EntryInProgress,
        EntryStatus::Done => S::EntryDone,
    }
}

#[component]
pub fn LedgerPage() -> impl IntoView {
    let ops = Drafts::get();
    let draft = ops.draft;
    let today = browser::today();
    // The open draft's ledger, brought up to its 整改清单 (new measures, new wording).
    let rec = Record::<Ledger>::open(|l, d| {
        let before = l.clone();
        l.sync(d);
        *l != before
    });
    let (ledger, unreadable) = (rec.value, rec.unreadable);
    let change = move |f: &dyn Fn(&mut Ledger), redraw: bool| {
        rec.change(f, redraw);
    };
    let start = move |_| rec.start(Ledger::for_draft(&draft.snapshot()));
    // The report as of today, from the ledger and the draft as they are.
    let today5 = StoredValue::new(today.clone());
    let report_doc = move || {
        ledger.with_untracked(|l| {
            l.as_ref()
                .map(|l| draft.with_untracked(|d| today5.with_value(|t| l.report(d, t))))
        })
    };
    let has_measures = Memo::new(move |_| draft.with(|d| !d.measures.is_empty()));
    let show_report = RwSignal::new(false);
    let today2 = today.clone();
    let report = Memo::new(move |_| {
        if !show_report.get() {
            return Vec::new();
        }
        ledger.with(|l| {
            l.as_ref().map_or_else(Vec::new, |l| {
                crate::domain::layout::paginate(&draft.with(|d| l.report(d, &today2)))
            })
        })
    });
    let today3 = today.clone();
    let counts = move || {
        ledger.with(|l| {
            l.as_ref().map(|l| {
                let (done, open) = l.counts();
                fill(
                    ops.lang.t(S::LedgerCounts),
                    &[
                        ("n", (done + open).to_string()),
                        ("done", done.to_string()),
                        ("open", open.to_string()),
                        ("late", l.overdue(&today3).count().to_string()),
                    ],
                )
            })
        })
    };
    // One handler for every field of every entry (their ids say which): far less
    // code in the wasm than a closure per field. Texts are saved as they are typed.
    let today4 = today.clone();
    let on_change = move |ev: leptos::ev::Event| {
        let el: web_sys::HtmlElement = event_target(&ev);
        let id = el.id();
        let value = event_target_value(&ev);
        let Some((mid, part)) = id.strip_prefix("entry-").and_then(|r| r.rsplit_once('-')) else {
            return;
        };
        // Texts on every keystroke (input), the status once it is chosen (change).
        if (ev.type_() == "input") == (part == "status") {
            return;
        }
        let mid = mid.to_string();
        match part {
            "owner" => change(
                &|l| {
                    if let Some(x) = l.entry_mut(&mid) {
                        x.owner = value.trim().to_string();
                    }
                },
                false,
            ),
            "evidence" => change(
                &|l| {
                    if let Some(x) = l.entry_mut(&mid) {
                        x.evidence = value.trim().to_string();
                    }
                },
                false,
            ),
            "status" => {
                if let Some(s) = EntryStatus::from_code(&value) {
                    change(&|l| l.set_status(&mid, s, &today4), true);
                }
            }
            _ => {}
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let el: web_sys::HtmlElement = event_target(&ev);
        let id = el.id();
        let Some(mid) = id
            .strip_prefix("entry-")
            .and_then(|r| r.strip_suffix("-note-add"))
        else {
            return;
        };
        let field = |part: &str| browser::input_value(&format!("entry-{mid}-{part}"));
        let (date, text) = (field("note-date"), field("note-text"));
        let added = std::cell::Cell::new(false);
        if field("note-text").trim().is_empty() {
            ops.notices.error(ops.lang.t(S::NoteIncomplete).to_string());
            return;
        }
        change(&|l| added.set(l.add_note(mid, &date, &text)), true);
        if !added.get() {
            ops.notices.error(ops.lang.t(S::NoteIncomplete).to_string());
        }
    };
    view! {
        <section class="step ledger">
            <div class="no-print">
                <StepHeading text=heading_text(S::StepLedger)/>
                <p class="lead">{tr(S::LedgerHint)}</p>
                <NoticeLine id="ledger-notice"/>
                <Show when=move || ledger.with(Option::is_none) && !unreadable.get()>
                    <Show when=move || has_measures.get() fallback=|| view! { <p class="empty">{tr(S::LedgerNoMeasures)}</p> }>
                        <button type="button" class="primary" id="ledger-start" on:click=start>{tr(S::LedgerStart)}</button>
                    </Show>
                </Show>
                <p class="ledger-counts" id="ledger-counts">{counts}</p>
                <div class="ledger-entries" on:input=on_change.clone() on:change=on_change on:click=on_click>
                    {move || {
                        let lang = ops.lang;
                        ledger.get().map(|l| {
                            l.entries.iter().filter(|e| !e.dropped).map(|e| entry_view(e, &today, lang)).collect_view()
                        })
                    }}
                </div>
                <Show when=move || ledger.with(Option::is_some)>
                    <div class="home-actions">
                        <button type="button" class="primary" id="ledger-report" on:click=move |_| show_report.update(|s| *s = !*s)>{tr(S::ReportShow)}</button>
                        <Show when=move || show_report.get()>
                            <button type="button" id="ledger-print" on:click=|_| browser::print()>{tr(S::ReportPrint)}</button>
                            // The report as the material leaves: a Word file and plain text.
                            <button type="button" id="ledger-docx" on:click=move |_| {
                                if let Some(doc) = report_doc() {
                                    let name = super::preview::file_name(&doc.title, false, "docx");
                                    browser::download_bytes(&name, super::preview::DOCX_MIME, &docx::docx(&doc, Scope::Whole));
                                }
                            }>{tr(S::ExportDocx)}</button>
                            <button type="button" id="ledger-txt" on:click=move |_| {
                                if let Some(doc) = report_doc() {
                                    let name = super::preview::file_name(&doc.title, false, "txt");
                                    browser::download(&name, "text/plain;charset=utf-8", &text::text(&doc, false));
                                }
                            }>{tr(S::ExportTxt)}</button>
                        </Show>
                    </div>
                </Show>
            </div>
            <Show when=move || show_report.get()>
                <Paper pages=report/>
            </Show>
        </section>
    }
}

/// A date on the page: as the material writes it (2026年3月31日) in Chinese, as
/// `2026-03-31` in English; none for an empty or unreadable one.
fn date_text(lang: super::state::Language, iso: &str) -> Option<String> {
    let zh = written_date(iso)?;
    Some(match lang.get() {
        crate::strings::Lang::Zh => zh,
        crate::strings::Lang::En => iso.trim().to_string(),
    })
}

/// A deadline on the page, in the page's language.
fn deadline_text(lang: super::state::Language, d: &crate::domain::Deadline) -> String {
    use crate::domain::Deadline;
    match (lang.get(), d) {
        (crate::strings::Lang::Zh, _) => d.material_text(),
        (_, Deadline::AtOnce) => lang.t(S::DeadlineNow).to_string(),
        (_, Deadline::Ongoing) => lang.t(S::DeadlineLong).to_string(),
        (_, Deadline::Date(day)) => fill(lang.t(S::DeadlineBy), &[("d", day.trim().to_string())]),
    }
}

/// One entry, drawn whole from the ledger (its fields are handled by the page's one
/// change and one click handler, by their ids).
fn entry_view(e: &Entry, today: &str, lang: super::state::Language) -> impl IntoView {
    let mid = &e.measure_id;
    let id = |part: &str| format!("entry-{mid}-{part}");
    let t = |s: S| lang.t(s);
    let late = e.overdue(today);
    let mut info = format!(
        "{}{}",
        t(S::EntryDeadline),
        deadline_text(lang, &e.deadline)
    );
    if !e.problems.is_empty() {
        info = format!(
            "{}{}{}{info}",
            t(S::EntryProblems),
            e.problems.join(t(S::ListSep)),
            t(S::FieldSep)
        );
    }
    if late {
        info.push_str(t(S::EntryOverdue));
    }
    if let Some(d) = date_text(lang, &e.done_date).filter(|_| e.status == EntryStatus::Done) {
        info.push_str(&format!("{}{}{d}", t(S::FieldSep), t(S::EntryDoneOn)));
    }
    let notes: Vec<String> = e
        .notes
        .iter()
        .map(|n| {
            format!(
                "{}{}{}",
                date_text(lang, &n.date).unwrap_or_default(),
                t(S::FieldSep),
                n.text
            )
        })
        .collect();
    view! {
        <fieldset class=if late { "ledger-entry overdue" } else { "ledger-entry" } id=id("entry") data-status=e.status.code()>
            <legend>{e.measure.clone()}</legend>
            <p class="hint">{info}</p>
            <div class="entry-row">
                <div class="field">
                    <label for=id("owner")>{t(S::EntryOwner)}</label>
                    <input type="text" id=id("owner") value=e.owner.clone()/>
                </div>
                <div class="field">
                    <label for=id("status")>{t(S::EntryStatusLabel)}</label>
                    <select id=id("status")>
                        {EntryStatus::ALL.into_iter().map(|s| view! {
                            <option value=s.code() selected=s == e.status>{t(status_text(s))}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <h3>{t(S::EntryNotes)}</h3>
            <ul class="entry-notes">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            <div class="entry-row">
                <div class="field">
                    <label for=id("note-date")>{t(S::NoteDate)}</label>
                    <input type="date" id=id("note-date") value=today.to_string()/>
                </div>
                <div class="field grow">
                    <label for=id("note-text")>{t(S::NoteText)}</label>
                    <input type="text" id=id("note-text")/>
                </div>
                <button type="button" class="secondary" id=id("note-add")>{t(S::NoteAdd)}</button>
            </div>
            <div class="field">
                <label for=id("evidence")>{t(S::EntryEvidence)}</label>
                <textarea id=id("evidence") rows="2">{e.evidence.clone()}</textarea>
            </div>
        </fieldset>
    }
}
