//! 征求意见: the opinions received before the meeting, each claimed and linked to
//! the problem that answers it (`domain::opinions`, stored beside the draft). The
//! 导语's counts follow the list once it is used.

use super::drafts::Drafts;
use super::fields::keyed_list;
use super::records::{
    answer_field, choice_field, coded, item_id, record_page, text_field, Page, Record,
};
use super::state::Language;
use super::{browser, fill, tr};
use crate::domain::fields::RecordPart;
use crate::domain::opinions::{Claim, Gap, OpinionSource, Opinions};
use crate::domain::FieldId;
use crate::strings::S;
use duizhao_core::usecase::records::Counts;
use leptos::prelude::*;

fn source_text(s: OpinionSource) -> S {
    match s {
        OpinionSource::Forum => S::SourceForum,
        OpinionSource::Survey => S::SourceSurvey,
        OpinionSource::Mailbox => S::SourceMailbox,
        OpinionSource::Interview => S::SourceInterview,
        OpinionSource::Superior => S::SourceSuperior,
        OpinionSource::Other => S::OpinionOther,
    }
}

fn claim_text(c: Claim) -> S {
    match c {
        Claim::Open => S::ClaimOpen,
        Claim::Team => S::ClaimTeam,
        Claim::Person => S::ClaimPerson,
        Claim::Other => S::ClaimOther,
    }
}

#[component]
pub fn OpinionsPage() -> impl IntoView {
    let ops = Drafts::get();
    let counted = |n| Counts {
        opinions: Some(n),
        talks: None,
    };
    let rec = Record::<Opinions>::open(|_, _| false, Some((Opinions::count_for, counted)));
    let lang = ops.lang;
    let ids = rec.ids(|l| l.items.iter().map(|o| o.id.clone()).collect());
    provide_context((rec, ids));
    let add = move |_| {
        if rec.value.with_untracked(Option::is_none) {
            rec.start(Opinions::for_draft(&ops.draft.id_untracked()));
        }
        let today = browser::today();
        let mut added = String::new();
        rec.change(
            &mut |l| {
                added = l.add(&today);
                true
            },
            true,
        );
        browser::focus_soon(FieldId::Record(added, RecordPart::OpinionContent).dom_id());
    };
    let counts = move || {
        rec.read(|l, d| {
            let (team, person) = l.counts();
            let n = l
                .items
                .iter()
                .filter(|o| !o.content.trim().is_empty())
                .count();
            fill(
                lang.t(S::OpinionsCounts),
                &[
                    ("n", n.to_string()),
                    ("team", team.to_string()),
                    ("person", person.to_string()),
                    ("gaps", l.gaps(d).count().to_string()),
                ],
            )
        })
    };
    let page = Page {
        heading: S::StepOpinions,
        hint: S::OpinionsHint,
        notice: "opinions-notice",
        counts: "opinions-counts",
    };
    let add_button = move || {
        view! { <button type="button" class="primary" id="opinion-add" on:click=add>{tr(S::OpinionAdd)}</button> }
    };
    record_page(
        page,
        rec.unreadable,
        counts.into_any(),
        rec.undo_view(),
        keyed_list(ids, opinion_view).into_any(),
        ViewFn::default(),
        add_button.into(),
    )
}

/// One opinion (from the page's context: the record and its ids).
fn opinion_view(oid: String) -> AnyView {
    let (rec, ids) = expect_context::<(Record<Opinions>, Memo<Vec<String>>)>();
    let lang = expect_context::<Language>();
    let t = move |s: S| lang.t(s);
    let x2 = oid.clone();
    let name = move || {
        let n = ids.with(|v| v.iter().position(|x| *x == x2).unwrap_or(0) + 1);
        fill(t(S::OpinionN), &[("n", n.to_string())])
    };
    let name2 = name.clone();
    let delete = move || fill(t(S::DeleteItem), &[("x", name2())]);
    // The gap follows the opinion as it is typed and linked.
    let o3 = oid.clone();
    let gap = move || {
        rec.read(|l, d| {
            l.items
                .iter()
                .find(|o| o.id == o3)
                .and_then(|o| l.gap(o, d))
        })
        .flatten()
    };
    let gap2 = gap.clone();
    let gap3 = gap.clone();
    let o4 = oid.clone();
    let field = |part| rec.bind(&oid, part);
    view! {
        <fieldset class="record-item" id=item_id("op", &oid, "item") data-gap=move || gap3().map_or("", Gap::code)>
            <legend>{name}</legend>
            <div class="entry-row">
                {choice_field(S::OpinionSource, &oid, RecordPart::OpinionSource, field(RecordPart::OpinionSource),
                    coded(&OpinionSource::ALL, OpinionSource::code, source_text, lang), false)}
                {text_field(S::NoteDate, &oid, RecordPart::OpinionDate, field(RecordPart::OpinionDate), "date", 0)}
                {choice_field(S::OpinionClaim, &oid, RecordPart::OpinionClaim, field(RecordPart::OpinionClaim),
                    coded(&Claim::ALL, Claim::code, claim_text, lang), false)}
            </div>
            {text_field(S::OpinionContent, &oid, RecordPart::OpinionContent, field(RecordPart::OpinionContent), "", 2)}
            <div class="entry-row">
                {answer_field(S::LinkProblemLabel, &oid, RecordPart::OpinionProblem, field(RecordPart::OpinionProblem), false)}
                <button type="button" class="secondary" id=item_id("op", &oid, "remove") aria-label=delete
                    on:click=move |_| rec.delete(&mut |l| l.remove(&o4))>{t(S::Delete)}</button>
            </div>
            <p class="hint gap" aria-live="polite" hidden=move || gap2().is_none()>
                {move || match gap() {
                    Some(Gap::Unclaimed) => t(S::GapUnclaimed),
                    _ => t(S::GapUnlinked),
                }}
            </p>
        </fieldset>
    }
    .into_any()
}
