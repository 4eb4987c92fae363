//! 批评与自我批评: for each colleague, the criticism prepared before the meeting,
//! checked as it is typed (concrete, not praise, not a mere wish), and the criticism
//! received at the meeting, each answered by a problem or a measure
//! (`domain::criticism`, stored beside the draft).

use super::drafts::Drafts;
use super::fields::{heading_text, NoticeLine, StepHeading};
use super::records::{answer_select, id_parts, Record};
use super::state::Language;
use super::{browser, fill, tr};
use crate::domain::criticism::{self, Colleague, Criticism, Flaw};
use crate::domain::Draft;
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
    let rec = Record::<Criticism>::open(|_, _| false);
    let lang = ops.lang;
    let on_change = move |ev: leptos::ev::Event| {
        let el: web_sys::HtmlElement = event_target(&ev);
        let id = el.id();
        let value = event_target_value(&ev);
        let select = id.ends_with("-answer");
        if (ev.type_() == "input") == select {
            return;
        }
        if let Some((kid, part)) = id_parts(&id, "ck") {
            let v = value.trim().to_string();
            rec.change(
                |c| {
                    if let Some(k) = c.colleague_mut(kid) {
                        match part {
                            "name" => k.name = v,
                            "post" => k.post = v,
                            "given" => k.given = v,
                            _ => {}
                        }
                    }
                },
                false,
            );
        } else if let Some((rid, part)) = id_parts(&id, "cr") {
            rec.change(
                |c| {
                    if let Some(r) = c.received_mut(rid) {
                        match part {
                            "text" => r.text = value.trim().to_string(),
                            "answer" => r.answer = value.clone(),
                            _ => {}
                        }
                    }
                },
                false,
            );
        }
    };
    let ensure = move || {
        if rec.value.with_untracked(Option::is_none) {
            rec.start(Criticism::for_draft(&ops.draft.id_untracked()));
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let el: web_sys::HtmlElement = event_target(&ev);
        let id = el.id();
        if id == "colleague-add" {
            ensure();
            let mut added = String::new();
            rec.change(|c| added = c.add_colleague(), true);
            browser::focus_soon(format!("ck-{added}-name"));
        } else if let Some((kid, "addrecv")) = id_parts(&id, "ck") {
            let mut added = None;
            rec.change(|c| added = c.add_received(kid), true);
            if let Some(r) = added {
                browser::focus_soon(format!("cr-{r}-text"));
            }
        } else if let Some((x, "remove")) = id_parts(&id, "ck").or_else(|| id_parts(&id, "cr")) {
            rec.delete(|| {
                rec.change(|c| c.remove(x), true);
            });
        }
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
    view! {
        <section class="step records" on:click=on_click>
            <StepHeading text=heading_text(S::StepCriticism)/>
            <p class="lead">{tr(S::CriticismHint)}</p>
            <NoticeLine id="criticism-notice"/>
            <p class="records-counts" id="criticism-summary">{summary}</p>
            {rec.undo_view(move |before| {
                rec.change(|c| *c = before, true);
            })}
            <div class="record-items" on:input=on_change on:change=on_change>
                {move || {
                    let draft = ops.draft;
                    rec.value.get().map(|c| draft.with_untracked(|d| {
                        c.colleagues.iter().enumerate().map(|(i, k)| colleague_view(i, k, d, lang, rec)).collect_view()
                    }))
                }}
            </div>
            <Show when=move || !rec.unreadable.get()>
                <button type="button" class="primary" id="colleague-add">{tr(S::ColleagueAdd)}</button>
            </Show>
        </section>
    }
}

fn colleague_view(
    i: usize,
    k: &Colleague,
    d: &Draft,
    lang: Language,
    rec: Record<Criticism>,
) -> impl IntoView {
    let kid = k.id.clone();
    let id = |part: &str| format!("ck-{kid}-{part}");
    let t = move |s: S| lang.t(s);
    let name = fill(t(S::ColleagueN), &[("n", (i + 1).to_string())]);
    let delete = fill(t(S::DeleteItem), &[("x", name.clone())]);
    // The prepared criticism's flaws, as it is typed.
    let kid2 = kid.clone();
    let flaws = move || {
        rec.read(|c, _| {
            c.colleagues
                .iter()
                .find(|k| k.id == kid2)
                .map(|k| criticism::flaws(&k.given))
                .unwrap_or_default()
        })
        .unwrap_or_default()
    };
    let flaws2 = flaws.clone();
    let f3 = flaws.clone();
    let codes = move || f3().iter().map(|f| f.code()).collect::<Vec<_>>().join(" ");
    let received = k
        .received
        .iter()
        .map(|r| {
            let rid = r.id.clone();
            let rid2 = rid.clone();
            let rid3 = rid.clone();
            let open = move || {
                rec.read(|c, d| c.unanswered(d).any(|x| x.id == rid2))
                    .unwrap_or(false)
            };
            let open2 = open.clone();
            view! {
                <li class="received" id=format!("cr-{rid}-item") data-open=move || open2().to_string()>
                    <div class="field">
                        <label for=format!("cr-{rid}-text")>{t(S::ReceivedText)}</label>
                        <textarea id=format!("cr-{rid}-text") rows="2">{r.text.clone()}</textarea>
                    </div>
                    <div class="entry-row">
                        <div class="field grow">
                            <label for=format!("cr-{rid}-answer")>{t(S::ReceivedAnswer)}</label>
                            {answer_select(format!("cr-{rid3}-answer"), d, &r.answer, true, lang)}
                        </div>
                        <button type="button" class="secondary" id=format!("cr-{rid}-remove")>{t(S::Delete)}</button>
                    </div>
                    <p class="hint gap" aria-live="polite" hidden=move || !open()>{t(S::ReceivedUnanswered)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="record-item" id=id("item")>
            <legend>{name}</legend>
            <div class="entry-row">
                <div class="field">
                    <label for=id("name")>{t(S::ColleagueName)}</label>
                    <input type="text" id=id("name") value=k.name.clone()/>
                </div>
                <div class="field">
                    <label for=id("post")>{t(S::RecordPost)}</label>
                    <input type="text" id=id("post") value=k.post.clone()/>
                </div>
                <button type="button" class="secondary" id=id("remove") aria-label=delete>{t(S::Delete)}</button>
            </div>
            <div class="field">
                <label for=id("given")>{t(S::CriticismGiven)}</label>
                <textarea id=id("given") rows="3">{k.given.clone()}</textarea>
            </div>
            <ul class="flaws" id=id("flaws") data-flaws=codes aria-live="polite">
                {move || {
                    let f = flaws2();
                    if f.is_empty() {
                        view! { <li class="ok">{t(S::FlawNone)}</li> }.into_any()
                    } else {
                        f.into_iter().map(|f| view! { <li class="flaw">{t(flaw_text(f))}</li> }).collect_view().into_any()
                    }
                }}
            </ul>
            <h3>{t(S::CriticismReceived)}</h3>
            <ul class="received-list">{received}</ul>
            <button type="button" class="small" id=id("addrecv")>{t(S::ReceivedAdd)}</button>
        </fieldset>
    }
}
