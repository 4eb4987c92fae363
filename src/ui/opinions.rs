//! 征求意见: the opinions received before the meeting, each claimed and linked to
//! the problem that answers it (`domain::opinions`, stored beside the draft). The
//! 导语's counts follow the list once it is used.

use super::drafts::Drafts;
use super::fields::{heading_text, NoticeLine, StepHeading};
use super::records::{answer_select, change_counted, id_parts, set_intro, Record};
use super::state::Language;
use super::{browser, fill, tr};
use crate::domain::opinions::{Claim, Gap, Opinion, OpinionSource, Opinions};
use crate::domain::Draft;
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
    let rec = Record::<Opinions>::open(|_, _| false);
    let lang = ops.lang;
    // Every change saved at once; the 导语's counts follow the list.
    let change = move |f: &dyn Fn(&mut Opinions), redraw: bool| {
        change_counted(
            rec,
            Opinions::count_for,
            |ops, n| {
                set_intro(
                    ops,
                    Counts {
                        opinions: Some(n),
                        talks: None,
                    },
                )
            },
            f,
            redraw,
        );
    };
    let on_change = move |ev: leptos::ev::Event| {
        let el: web_sys::HtmlElement = event_target(&ev);
        let id = el.id();
        let value = event_target_value(&ev);
        let Some((oid, part)) = id_parts(&id, "op") else {
            return;
        };
        let select = matches!(part, "source" | "claim" | "problem");
        // Texts on every keystroke (input), the choices once made (change).
        if (ev.type_() == "input") == select {
            return;
        }
        let edit = |o: &mut Opinion| match part {
            "source" => o.source = OpinionSource::from_code(&value).unwrap_or_default(),
            "claim" => o.claim = Claim::from_code(&value).unwrap_or_default(),
            "problem" => o.problem = value.clone(),
            "date" => o.date = value.clone(),
            "content" => o.content = value.trim().to_string(),
            _ => {}
        };
        // Nothing is drawn again (a select keeps focus); the hints follow the change.
        change(
            &|l| {
                if let Some(o) = l.item_mut(oid) {
                    edit(o);
                }
            },
            false,
        );
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let el: web_sys::HtmlElement = event_target(&ev);
        let id = el.id();
        if let Some((oid, "remove")) = id_parts(&id, "op") {
            rec.delete(|| change(&|l| l.remove(oid), true));
        }
    };
    let add = move |_| {
        if rec.value.with_untracked(Option::is_none) {
            rec.start(Opinions::for_draft(&ops.draft.id_untracked()));
        }
        let today = browser::today();
        let added = std::cell::RefCell::new(String::new());
        change(&|l| *added.borrow_mut() = l.add(&today), true);
        browser::focus_soon(format!("op-{}-content", added.borrow()));
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
    view! {
        <section class="step records">
            <StepHeading text=heading_text(S::StepOpinions)/>
            <p class="lead">{tr(S::OpinionsHint)}</p>
            <NoticeLine id="opinions-notice"/>
            <p class="records-counts" id="opinions-counts">{counts}</p>
            {rec.undo_view(move |before| change(&|l| *l = before.clone(), true))}
            <div class="record-items" on:input=on_change on:change=on_change on:click=on_click>
                {move || {
                    let draft = ops.draft;
                    rec.value.get().map(|l| draft.with_untracked(|d| {
                        l.items.iter().enumerate().map(|(i, o)| opinion_view(i, o, d, lang, rec)).collect_view()
                    }))
                }}
            </div>
            <Show when=move || !rec.unreadable.get()>
                <button type="button" class="primary" id="opinion-add" on:click=add>{tr(S::OpinionAdd)}</button>
            </Show>
        </section>
    }
}

fn opinion_view(
    i: usize,
    o: &Opinion,
    d: &Draft,
    lang: Language,
    rec: Record<Opinions>,
) -> impl IntoView {
    let oid = o.id.clone();
    let id = |part: &str| format!("op-{oid}-{part}");
    let t = move |s: S| lang.t(s);
    let name = fill(t(S::OpinionN), &[("n", (i + 1).to_string())]);
    let delete = fill(t(S::DeleteItem), &[("x", name.clone())]);
    // The gap follows the opinion as it is typed and linked.
    let oid2 = oid.clone();
    let gap = move || {
        rec.read(|l, d| {
            l.items
                .iter()
                .find(|o| o.id == oid2)
                .and_then(|o| l.gap(o, d))
        })
        .flatten()
    };
    let gap2 = gap.clone();
    let gap3 = gap.clone();
    view! {
        <fieldset class="record-item" id=id("item") data-gap=move || gap3().map_or("", Gap::code)>
            <legend>{name}</legend>
            <div class="entry-row">
                <div class="field">
                    <label for=id("source")>{t(S::OpinionSource)}</label>
                    <select id=id("source")>
                        {OpinionSource::ALL.into_iter().map(|s| view! {
                            <option value=s.code() selected=s == o.source>{t(source_text(s))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=id("date")>{t(S::NoteDate)}</label>
                    <input type="date" id=id("date") value=o.date.clone()/>
                </div>
                <div class="field">
                    <label for=id("claim")>{t(S::OpinionClaim)}</label>
                    <select id=id("claim")>
                        {Claim::ALL.into_iter().map(|c| view! {
                            <option value=c.code() selected=c == o.claim>{t(claim_text(c))}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="field">
                <label for=id("content")>{t(S::OpinionContent)}</label>
                <textarea id=id("content") rows="2">{o.content.clone()}</textarea>
            </div>
            <div class="entry-row">
                <div class="field grow">
                    <label for=id("problem")>{t(S::LinkProblemLabel)}</label>
                    {answer_select(id("problem"), d, &o.problem, false, lang)}
                </div>
                <button type="button" class="secondary" id=id("remove") aria-label=delete>{t(S::Delete)}</button>
            </div>
            <p class="hint gap" aria-live="polite" hidden=move || gap2().is_none()>
                {move || match gap() {
                    Some(Gap::Unclaimed) => t(S::GapUnclaimed),
                    _ => t(S::GapUnlinked),
                }}
            </p>
        </fieldset>
    }
}
