//! 谈心谈话: the talks held before the meeting, the usual pairings with how many of
//! each are held, and what was raised linked to the problem that answers it
//! (`domain::talks`, stored beside the draft). The 导语's count follows the records.

use super::drafts::Drafts;
use super::fields::keyed_list;
use super::records::{
    answer_field, choice_field, coded, item_id, record_page, text_field, Page, Record,
};
use super::state::Language;
use super::{browser, fill, tr};
use crate::domain::fields::RecordPart;
use crate::domain::talks::{Pairing, Talks};
use crate::domain::FieldId;
use crate::strings::S;
use duizhao_core::usecase::records::Counts;
use leptos::prelude::*;

fn pairing_text(p: Pairing) -> S {
    match p {
        Pairing::Secretary => S::PairingSecretary,
        Pairing::Members => S::PairingMembers,
        Pairing::Departments => S::PairingDepartments,
        Pairing::Branch => S::PairingBranch,
        Pairing::Other => S::PairingOther,
    }
}

#[component]
pub fn TalksPage() -> impl IntoView {
    let ops = Drafts::get();
    let counted = |n| Counts {
        opinions: None,
        talks: Some(n),
    };
    let rec = Record::<Talks>::open(|_, _| false, Some((|t, _| t.held(), counted)));
    let lang = ops.lang;
    let ids = rec.ids(|l| l.items.iter().map(|t| t.id.clone()).collect());
    provide_context((rec, ids));
    let add = move |p: Pairing| {
        if rec.value.with_untracked(Option::is_none) {
            rec.start(Talks::for_draft(&ops.draft.id_untracked()));
        }
        let today = browser::today();
        let mut added = String::new();
        rec.change(
            &mut |l| {
                added = l.add(p, &today);
                true
            },
            true,
        );
        browser::focus_soon(FieldId::Record(added, RecordPart::TalkWith).dom_id());
    };
    let counts = move || {
        rec.read(|t, d| {
            fill(
                lang.t(S::TalksCounts),
                &[
                    ("n", t.held().to_string()),
                    ("open", t.unanswered(d).count().to_string()),
                ],
            )
        })
    };
    // The usual pairings, each with how many talks of it are held and a way to add one.
    let usual = move || {
        let done = rec.read(|t, _| t.coverage()).unwrap_or_default();
        Pairing::ALL
            .into_iter()
            .map(|p| {
                let n = done.iter().find(|(q, _)| *q == p).map(|(_, n)| *n);
                let held = n.map(|n| fill(lang.t(S::TalksUsualCount), &[("n", n.to_string())]));
                let class = if n == Some(0) { "pairing missing" } else { "pairing" };
                view! {
                    <li class=class data-pairing=p.code()>
                        {lang.t(pairing_text(p))}{held}" "
                        <button type="button" class="small" id=format!("talk-add-{}", p.code())
                            aria-label=fill(lang.t(S::TalkAddLabel), &[("x", lang.t(pairing_text(p)).to_string())])
                            on:click=move |_| add(p)>{lang.t(S::TalkAdd)}</button>
                    </li>
                }
            })
            .collect_view()
    };
    let offers = move || {
        view! {
            <p>{tr(S::TalksUsual)}</p>
            <ul class="pairings" id="talks-usual">{usual}</ul>
        }
    };
    let page = Page {
        heading: S::StepTalks,
        hint: S::TalksHint,
        notice: "talks-notice",
        counts: "talks-counts",
    };
    record_page(
        page,
        rec.unreadable,
        counts.into_any(),
        rec.undo_view(),
        keyed_list(ids, talk_view).into_any(),
        offers.into(),
        ViewFn::default(),
    )
}

/// One talk (from the page's context: the record and its ids).
fn talk_view(tid: String) -> AnyView {
    let (rec, ids) = expect_context::<(Record<Talks>, Memo<Vec<String>>)>();
    let lang = expect_context::<Language>();
    let t = move |s: S| lang.t(s);
    let x2 = tid.clone();
    let name = move || {
        let n = ids.with(|v| v.iter().position(|x| *x == x2).unwrap_or(0) + 1);
        fill(t(S::TalkN), &[("n", n.to_string())])
    };
    let name2 = name.clone();
    let delete = move || fill(t(S::DeleteItem), &[("x", name2())]);
    let t3 = tid.clone();
    let open = move || {
        rec.read(|l, d| l.unanswered(d).any(|x| x.id == t3))
            .unwrap_or(false)
    };
    let open2 = open.clone();
    let t4 = tid.clone();
    let field = |part| rec.bind(&tid, part);
    use RecordPart::*;
    view! {
        <fieldset class="record-item" id=item_id("tk", &tid, "item") data-open=move || open2().to_string()>
            <legend>{name}</legend>
            <div class="entry-row">
                {choice_field(S::TalkPairing, &tid, TalkPairing, field(TalkPairing),
                    coded(&Pairing::ALL, Pairing::code, pairing_text, lang), false)}
                {text_field(S::TalkWith, &tid, TalkWith, field(TalkWith), "text", 0)}
                {text_field(S::RecordPost, &tid, TalkRole, field(TalkRole), "text", 0)}
                {text_field(S::NoteDate, &tid, TalkDate, field(TalkDate), "date", 0)}
            </div>
            {text_field(S::TalkToMe, &tid, TalkToMe, field(TalkToMe), "", 2)}
            {text_field(S::TalkFromMe, &tid, TalkFromMe, field(TalkFromMe), "", 2)}
            <div class="entry-row">
                {answer_field(S::LinkProblemLabel, &tid, TalkProblem, field(TalkProblem), false)}
                <button type="button" class="secondary" id=item_id("tk", &tid, "remove") aria-label=delete
                    on:click=move |_| rec.delete(&mut |l| l.remove(&t4))>{t(S::Delete)}</button>
            </div>
            <p class="hint gap" aria-live="polite" hidden=move || !open()>{t(S::TalkUnanswered)}</p>
        </fieldset>
    }
    .into_any()
}
