//! 整改台账: after the meeting, every measure of the open draft's 整改清单 followed to
//! the end (owner, status, dated progress notes, evidence), overdue ones marked, and
//! the 整改落实情况报告 drawn from it on pages as it prints. The ledger is its own
//! record beside the draft (`storage::ledgers`).

use super::drafts::Drafts;
use super::fields::keyed_list;
use super::fields::{heading_text, NoticeLine, StepHeading};
use super::preview::Paper;
use super::records::{choice_field, coded, item_id, text_field, Record};
use super::{browser, fill, tr};
use crate::domain::fields::RecordPart;
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
    let rec = Record::<Ledger>::open(
        |l, d| {
            let before = l.clone();
            l.sync(d);
            *l != before
        },
        None,
    );
    let (ledger, unreadable) = (rec.value, rec.unreadable);
    let ids = rec.ids(|l| l.live().map(|e| e.measure_id.clone()).collect());
    provide_context(rec);
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
                        ("late", l.overdue(&today).count().to_string()),
                    ],
                )
            })
        })
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
                <div class="ledger-entries">{keyed_list(ids, entry_view)}</div>
                <Show when=move || ledger.with(Option::is_some)>
                    <div class="home-actions">
                        <button type="button" class="primary" id="ledger-report" on:click=move |_| show_report.update(|s| *s = !*s)>{tr(S::ReportShow)}</button>
                        <Show when=move || show_report.get()>
                            {report_exports(report_doc)}
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

/// The report printed, or saved as the material leaves: a Word file and plain text.
fn report_exports(
    report_doc: impl Fn() -> Option<crate::domain::Document> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
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

/// What the page says of an entry under its heading: the problems it answers, the
/// deadline, overdue, and the day it was done.
fn entry_info(e: &Entry, today: &str, lang: super::state::Language) -> String {
    let t = |s: S| lang.t(s);
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
    if e.overdue(today) {
        info.push_str(t(S::EntryOverdue));
    }
    if let Some(d) = date_text(lang, &e.done_date).filter(|_| e.status == EntryStatus::Done) {
        info.push_str(&format!("{}{}{d}", t(S::FieldSep), t(S::EntryDoneOn)));
    }
    info
}

/// What an entry shows beside its bound fields, as text: its measure, its status's
/// code, the line under its heading, its class (overdue or not), then its notes.
fn entry_shown(e: &Entry, today: &str, lang: super::state::Language) -> Vec<String> {
    let class = if e.overdue(today) {
        "ledger-entry overdue"
    } else {
        "ledger-entry"
    };
    let mut shown = vec![
        e.measure.clone(),
        e.status.code().to_string(),
        entry_info(e, today, lang),
        class.to_string(),
    ];
    shown.extend(e.notes.iter().map(|n| {
        format!(
            "{}{}{}",
            date_text(lang, &n.date).unwrap_or_default(),
            lang.t(S::FieldSep),
            n.text
        )
    }));
    shown
}

/// One entry of the ledger (from the page's context): its owner, status and evidence
/// bound to the record, the rest following it.
fn entry_view(mid: String) -> AnyView {
    let rec = expect_context::<Record<Ledger>>();
    let lang = expect_context::<super::state::Language>();
    let t = move |s: S| lang.t(s);
    let today = browser::today();
    let m2 = mid.clone();
    // What the entry shows beside its fields, following it (typing in them leaves it).
    let shown = Memo::new(move |_| {
        rec.read(|l, _| {
            let e = l.entries.iter().find(|e| e.measure_id == m2)?;
            Some(entry_shown(e, &today, lang))
        })
        .flatten()
        .unwrap_or_default()
    });
    let part = move |i: usize| shown.with(|v| v.get(i).cloned().unwrap_or_default());
    let notes = move || {
        shown.with(|v| {
            v.iter()
                .skip(4)
                .map(|n| view! { <li>{n.clone()}</li> })
                .collect_view()
        })
    };
    let (date, text): (NodeRef<leptos::html::Input>, NodeRef<leptos::html::Input>) =
        (NodeRef::new(), NodeRef::new());
    let m3 = mid.clone();
    let add_note = move |_| {
        let ops = Drafts::get();
        let value =
            |r: NodeRef<leptos::html::Input>| r.get().map(|e| e.value()).unwrap_or_default();
        let (d, x) = (value(date), value(text));
        let added = !x.trim().is_empty() && rec.change(&mut |l| l.add_note(&m3, &d, &x), true);
        if added {
            // The note is in the list: its field is empty for the next one.
            browser::show_value(&item_id("entry", &m3, "note-text"), "");
        } else {
            ops.notices.error(ops.lang.t(S::NoteIncomplete).to_string());
        }
    };
    let field = |part| rec.bind(&mid, part);
    let id = |what: &str| item_id("entry", &mid, what);
    let statuses = coded(&EntryStatus::ALL, EntryStatus::code, status_text, lang);
    use RecordPart::{EntryEvidence, EntryOwner};
    view! {
        <fieldset class=move || part(3) id=id("entry") data-status=move || part(1)>
            <legend>{move || part(0)}</legend>
            <p class="hint">{move || part(2)}</p>
            <div class="entry-row">
                {text_field(S::EntryOwner, &mid, EntryOwner, field(EntryOwner), "text", 0)}
                {choice_field(S::EntryStatusLabel, &mid, RecordPart::EntryStatus, field(RecordPart::EntryStatus), statuses, false)}
            </div>
            <h3>{t(S::EntryNotes)}</h3>
            <ul class="entry-notes">{notes}</ul>
            <div class="entry-row">
                <div class="field">
                    <label for=id("note-date")>{t(S::NoteDate)}</label>
                    <input type="date" id=id("note-date") node_ref=date value=browser::today()/>
                </div>
                <div class="field grow">
                    <label for=id("note-text")>{t(S::NoteText)}</label>
                    <input type="text" id=id("note-text") node_ref=text/>
                </div>
                <button type="button" class="secondary" id=id("note-add") on:click=add_note>{t(S::NoteAdd)}</button>
            </div>
            {text_field(S::EntryEvidence, &mid, EntryEvidence, field(EntryEvidence), "", 2)}
        </fieldset>
    }
    .into_any()
}
