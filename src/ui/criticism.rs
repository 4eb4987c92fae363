//! 批评与自我批评: for each colleague, the criticism prepared before the meeting,
//! checked as it is typed (concrete, not praise, not a mere wish), and the criticism
//! received at the meeting, each answered by a problem or a measure
//! (`domain::criticism`, stored beside the draft).

use super::drafts::Drafts;
use super::fields::keyed_list;
use super::records::{answer_field, item_id, record_page, text_field, Page, Record};
use super::state::Language;
use super::{browser, fill, tr};
use crate::domain::criticism::{self, Criticism, Flaw};
use crate::domain::fields::RecordPart;
use crate::domain::FieldId;
use crate::strings::S;
use leptos::prelude::*;

fn flaw_text(f: Flaw) -> S {
    match f {
        Flaw::Empty => S::FlawEmpty,
        Flaw::Praise => S::FlawPraise,
        Flaw::Wish => S::FlawWish,
        Flaw::Vague => S::FlawVague,
    }
}

#[component]
pub fn CriticismPage() -> impl IntoView {
    let ops = Drafts::get();
    let rec = Record::<Criticism>::open(|_, _| false, None);
    let lang = ops.lang;
    let ids = rec.ids(|c| c.colleagues.iter().map(|k| k.id.clone()).collect());
    provide_context((rec, ids));
    let add = move |_| {
        if rec.value.with_untracked(Option::is_none) {
            rec.start(Criticism::for_draft(&ops.draft.id_untracked()));
        }
        let mut added = String::new();
        rec.change(
            &mut |c| {
                added = c.add_colleague();
                true
            },
            true,
        );
        browser::focus_soon(FieldId::Record(added, RecordPart::ColleagueName).dom_id());
    };
    let summary = move || {
        rec.read(|c, d| {
            let named = c.colleagues.iter().filter(|k| !k.name.trim().is_empty());
            let received: usize = c
                .colleagues
                .iter()
                .flat_map(|k| &k.received)
                .filter(|r| !r.text.trim().is_empty())
                .count();
            fill(
                lang.t(S::CriticismSummary),
                &[
                    ("n", named.count().to_string()),
                    ("flawed", c.flawed().count().to_string()),
                    ("r", received.to_string()),
                    ("open", c.unanswered(d).count().to_string()),
                ],
            )
        })
    };
    let page = Page {
        heading: S::StepCriticism,
        hint: S::CriticismHint,
        notice: "criticism-notice",
        counts: "criticism-summary",
    };
    let add_button = move || {
        view! { <button type="button" class="primary" id="colleague-add" on:click=add>{tr(S::ColleagueAdd)}</button> }
    };
    record_page(
        page,
        rec.unreadable,
        summary.into_any(),
        rec.undo_view(),
        keyed_list(ids, colleague_view).into_any(),
        ViewFn::default(),
        add_button.into(),
    )
}

/// One colleague (from the page's context: the record and its colleagues' ids).
fn colleague_view(kid: String) -> AnyView {
    let (rec, ids) = expect_context::<(Record<Criticism>, Memo<Vec<String>>)>();
    let lang = expect_context::<Language>();
    let t = move |s: S| lang.t(s);
    let x2 = kid.clone();
    let name = move || {
        let n = ids.with(|v| v.iter().position(|x| *x == x2).unwrap_or(0) + 1);
        fill(t(S::ColleagueN), &[("n", n.to_string())])
    };
    let name2 = name.clone();
    let delete = move || fill(t(S::DeleteItem), &[("x", name2())]);
    // The prepared criticism's flaws, as it is typed.
    let k3 = kid.clone();
    let flaws = move || {
        rec.read(|c, _| {
            c.colleagues
                .iter()
                .find(|k| k.id == k3)
                .map(|k| criticism::flaws(&k.given))
                .unwrap_or_default()
        })
        .unwrap_or_default()
    };
    let f2 = flaws.clone();
    let codes = move || f2().iter().map(|f| f.code()).collect::<Vec<_>>().join(" ");
    let k4 = kid.clone();
    let received = Memo::new(move |_| {
        rec.read(|c, _| {
            c.colleagues
                .iter()
                .find(|k| k.id == k4)
                .map(|k| k.received.iter().map(|r| r.id.clone()).collect())
                .unwrap_or_default()
        })
        .unwrap_or_default()
    });
    let (k5, k6) = (kid.clone(), kid.clone());
    let add_received = move |_| {
        let mut added = None;
        rec.change(
            &mut |c| {
                added = c.add_received(&k6);
                added.is_some()
            },
            true,
        );
        if let Some(r) = added {
            browser::focus_soon(FieldId::Record(r, RecordPart::ReceivedText).dom_id());
        }
    };
    let field = |part| rec.bind(&kid, part);
    use RecordPart::*;
    view! {
        <fieldset class="record-item" id=item_id("ck", &kid, "item")>
            <legend>{name}</legend>
            <div class="entry-row">
                {text_field(S::ColleagueName, &kid, ColleagueName, field(ColleagueName), "text", 0)}
                {text_field(S::RecordPost, &kid, ColleaguePost, field(ColleaguePost), "text", 0)}
                <button type="button" class="secondary" id=item_id("ck", &kid, "remove") aria-label=delete
                    on:click=move |_| rec.delete(&mut |c| c.remove(&k5))>{t(S::Delete)}</button>
            </div>
            {text_field(S::CriticismGiven, &kid, ColleagueGiven, field(ColleagueGiven), "", 3)}
            <ul class="flaws" id=item_id("ck", &kid, "flaws") data-flaws=codes aria-live="polite">
                {move || {
                    let f = flaws();
                    if f.is_empty() {
                        view! { <li class="ok">{t(S::FlawNone)}</li> }.into_any()
                    } else {
                        f.into_iter().map(|f| view! { <li class="flaw">{t(flaw_text(f))}</li> }).collect_view().into_any()
                    }
                }}
            </ul>
            <h3>{t(S::CriticismReceived)}</h3>
            <ul class="received-list">{keyed_list(received, received_view)}</ul>
            <button type="button" class="small" id=item_id("ck", &kid, "addrecv") on:click=add_received>{t(S::ReceivedAdd)}</button>
        </fieldset>
    }
    .into_any()
}

/// One criticism received from a colleague.
fn received_view(rid: String) -> AnyView {
    let (rec, _) = expect_context::<(Record<Criticism>, Memo<Vec<String>>)>();
    let lang = expect_context::<Language>();
    let t = move |s: S| lang.t(s);
    let r2 = rid.clone();
    let open = move || {
        rec.read(|c, d| c.unanswered(d).any(|x| x.id == r2))
            .unwrap_or(false)
    };
    let open2 = open.clone();
    let r3 = rid.clone();
    let field = |part| rec.bind(&rid, part);
    view! {
        <li class="received" id=item_id("cr", &rid, "item") data-open=move || open2().to_string()>
            {text_field(S::ReceivedText, &rid, RecordPart::ReceivedText, field(RecordPart::ReceivedText), "", 2)}
            <div class="entry-row">
                {answer_field(S::ReceivedAnswer, &rid, RecordPart::ReceivedAnswer, field(RecordPart::ReceivedAnswer), true)}
                <button type="button" class="secondary" id=item_id("cr", &rid, "remove")
                    on:click=move |_| rec.delete(&mut |c| c.remove(&r3))>{t(S::Delete)}</button>
            </div>
            <p class="hint gap" aria-live="polite" hidden=move || !open()>{t(S::ReceivedUnanswered)}</p>
        </li>
    }
    .into_any()
}
