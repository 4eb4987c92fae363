//! 谈心谈话: the talks held before the meeting, the usual pairings with how many of
//! each are held, and what was raised linked to the problem that answers it
//! (`domain::talks`, stored beside the draft). The 导语's count follows the records.

use super::drafts::Drafts;
use super::fields::{heading_text, NoticeLine, StepHeading};
use super::records::{answer_select, change_counted, id_parts, set_intro, Record};
use super::state::Language;
use super::{browser, fill, tr};
use crate::domain::talks::{Pairing, Talk, Talks};
use crate::domain::Draft;
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
    let rec = Record::<Talks>::open(|_, _| false);
    let lang = ops.lang;
    let change = move |f: &dyn Fn(&mut Talks), redraw: bool| {
        change_counted(
            rec,
            |t, _| t.held(),
            |ops, n| {
                set_intro(
                    ops,
                    Counts {
                        opinions: None,
                        talks: Some(n),
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
        let Some((tid, part)) = id_parts(&id, "tk") else {
            return;
        };
        let select = matches!(part, "pairing" | "problem");
        if (ev.type_() == "input") == select {
            return;
        }
        let edit = |t: &mut Talk| match part {
            "pairing" => t.pairing = Pairing::from_code(&value).unwrap_or_default(),
            "problem" => t.problem = value.clone(),
            "with" => t.with = value.trim().to_string(),
            "role" => t.role = value.trim().to_string(),
            "date" => t.date = value.clone(),
            "tome" => t.to_me = value.trim().to_string(),
            "fromme" => t.from_me = value.trim().to_string(),
            _ => {}
        };
        // Nothing is drawn again (a select keeps focus); the hints follow the change.
        change(
            &|l| {
                if let Some(t) = l.item_mut(tid) {
                    edit(t);
                }
            },
            false,
        );
    };
    let add = move |p: Pairing| {
        if rec.value.with_untracked(Option::is_none) {
            rec.start(Talks::for_draft(&ops.draft.id_untracked()));
        }
        let today = browser::today();
        let added = std::cell::RefCell::new(String::new());
        change(&|l| *added.borrow_mut() = l.add(p, &today), true);
        browser::focus_soon(format!("tk-{}-with", added.borrow()));
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let el: web_sys::HtmlElement = event_target(&ev);
        let id = el.id();
        if let Some(code) = id.strip_prefix("talk-add-") {
            add(Pairing::from_code(code).unwrap_or_default());
        } else if let Some((tid, "remove")) = id_parts(&id, "tk") {
            rec.delete(|| change(&|l| l.remove(tid), true));
        }
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
                            aria-label=fill(lang.t(S::TalkAddLabel), &[("x", lang.t(pairing_text(p)).to_string())])>{lang.t(S::TalkAdd)}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="step records" on:click=on_click>
            <StepHeading text=heading_text(S::StepTalks)/>
            <p class="lead">{tr(S::TalksHint)}</p>
            <NoticeLine id="talks-notice"/>
            <p class="records-counts" id="talks-counts">{counts}</p>
            {rec.undo_view(move |before| change(&|l| *l = before.clone(), true))}
            <Show when=move || !rec.unreadable.get()>
                <p>{tr(S::TalksUsual)}</p>
                <ul class="pairings" id="talks-usual">{usual}</ul>
            </Show>
            <div class="record-items" on:input=on_change on:change=on_change>
                {move || {
                    let draft = ops.draft;
                    rec.value.get().map(|l| draft.with_untracked(|d| {
                        l.items.iter().enumerate().map(|(i, t)| talk_view(i, t, d, lang, rec)).collect_view()
                    }))
                }}
            </div>
        </section>
    }
}

fn talk_view(i: usize, k: &Talk, d: &Draft, lang: Language, rec: Record<Talks>) -> impl IntoView {
    let tid = k.id.clone();
    let id = |part: &str| format!("tk-{tid}-{part}");
    let t = move |s: S| lang.t(s);
    let name = fill(t(S::TalkN), &[("n", (i + 1).to_string())]);
    let delete = fill(t(S::DeleteItem), &[("x", name.clone())]);
    let tid2 = tid.clone();
    let open = move || {
        rec.read(|l, d| l.unanswered(d).any(|x| x.id == tid2))
            .unwrap_or(false)
    };
    let open2 = open.clone();
    view! {
        <fieldset class="record-item" id=id("item") data-open=move || open2().to_string()>
            <legend>{name}</legend>
            <div class="entry-row">
                <div class="field">
                    <label for=id("pairing")>{t(S::TalkPairing)}</label>
                    <select id=id("pairing")>
                        {Pairing::ALL.into_iter().map(|p| view! {
                            <option value=p.code() selected=p == k.pairing>{t(pairing_text(p))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=id("with")>{t(S::TalkWith)}</label>
                    <input type="text" id=id("with") value=k.with.clone()/>
                </div>
                <div class="field">
                    <label for=id("role")>{t(S::RecordPost)}</label>
                    <input type="text" id=id("role") value=k.role.clone()/>
                </div>
                <div class="field">
                    <label for=id("date")>{t(S::NoteDate)}</label>
                    <input type="date" id=id("date") value=k.date.clone()/>
                </div>
            </div>
            <div class="field">
                <label for=id("tome")>{t(S::TalkToMe)}</label>
                <textarea id=id("tome") rows="2">{k.to_me.clone()}</textarea>
            </div>
            <div class="field">
                <label for=id("fromme")>{t(S::TalkFromMe)}</label>
                <textarea id=id("fromme") rows="2">{k.from_me.clone()}</textarea>
            </div>
            <div class="entry-row">
                <div class="field grow">
                    <label for=id("problem")>{t(S::LinkProblemLabel)}</label>
                    {answer_select(id("problem"), d, &k.problem, false, lang)}
                </div>
                <button type="button" class="secondary" id=id("remove") aria-label=delete>{t(S::Delete)}</button>
            </div>
            <p class="hint gap" aria-live="polite" hidden=move || !open()>{t(S::TalkUnanswered)}</p>
        </fieldset>
    }
}
