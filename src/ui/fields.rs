//! Reusable fields: every one has a visible label, an optional hint and, for long
//! text, a character count that never blocks typing.

use super::{fill, tr, Ctx};
use crate::domain::checks::{self, Section};
use crate::domain::count::{self, Fit};
use crate::strings::S;
use leptos::prelude::*;

/// The heading of a step. After every step change it takes focus, unless a field
/// was named as the place to land (a link from the check page).
#[component]
pub fn StepHeading(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let h1: NodeRef<leptos::html::H1> = NodeRef::new();
    let ticket = ctx.focus_ticket();
    Effect::new(move |_| {
        // Not on the first page the app opens with: only after a move.
        if ticket.get() == 0 {
            return;
        }
        let Some(el) = h1.get() else { return };
        let target = ctx
            .focus_target
            .get_untracked()
            .and_then(|id| web_sys::window()?.document()?.get_element_by_id(&id));
        ctx.focus_target.set(None);
        use wasm_bindgen::JsCast;
        match target
            .as_ref()
            .and_then(|t| t.dyn_ref::<web_sys::HtmlElement>())
        {
            Some(t) => {
                let _ = t.focus();
                t.scroll_into_view();
            }
            None => {
                let _ = el.focus();
            }
        }
    });
    view! { <h1 class="step-heading" id="step-heading" tabindex="-1" node_ref=h1>{move || text.get()}</h1> }
}

/// A heading from the strings table.
pub fn heading_text(s: S) -> Signal<String> {
    let ctx = expect_context::<Ctx>();
    Signal::derive(move || ctx.t(s).to_string())
}

/// Keeps a field showing `value` when it changes from elsewhere (undo, restore, another
/// version loaded). The field the user types in already shows its text: setting it again
/// would re-lay out the field on every keystroke and can break Chinese IME composition.
fn follow(value: Signal<String>, apply: impl Fn(&str) + 'static) {
    Effect::new(move |_| value.with(|v| apply(v)));
}

/// A one-line text field.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    label: S,
    #[prop(optional)] hint: Option<Signal<String>>,
    value: Signal<String>,
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    follow(value, move |v| {
        if let Some(el) = input.get() {
            if el.value() != v {
                el.set_value(v);
            }
        }
    });
    view! {
        <div class="field">
            <label for=id.clone()>{move || ctx.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || h.get()}</p> })}
            <input type="text" id=id.clone() name=id aria-describedby=described node_ref=input
                prop:value=value.get_untracked()
                on:input=move |ev| on_change(event_target_value(&ev)) />
        </div>
    }
}

/// A long text field with its character count.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    label: S,
    #[prop(optional)] hint: Option<S>,
    value: Signal<String>,
    on_change: impl Fn(String) + 'static,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let hint_id = format!("{id}-hint");
    let count_id = format!("{id}-count");
    let described = if hint.is_some() {
        format!("{hint_id} {count_id}")
    } else {
        count_id.clone()
    };
    // What the field holds now: typed here, or set from outside.
    let typed = RwSignal::new(value.get_untracked());
    let n = Memo::new(move |_| typed.with(|v| count::chars(v)));
    let area: NodeRef<leptos::html::Textarea> = NodeRef::new();
    follow(value, move |v| {
        typed.set(v.to_string());
        if let Some(el) = area.get() {
            if el.value() != v {
                el.set_value(v);
            }
        }
    });
    view! {
        <div class="field">
            <label for=id.clone()>{move || ctx.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || ctx.t(h)}</p> })}
            <textarea id=id.clone() name=id rows=rows aria-describedby=described node_ref=area
                prop:value=value.get_untracked()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    typed.set(v.clone());
                    on_change(v)
                }></textarea>
            <p class="count" id=count_id>{move || fill(ctx.t(S::CharCount), &[("n", n.get().to_string())])}</p>
        </div>
    }
}

/// A whole-number field (counts of sessions, opinions, talks).
#[component]
pub fn NumberField(
    #[prop(into)] id: String,
    label: S,
    value: Signal<u32>,
    on_change: impl Fn(u32) + 'static,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <div class="field field-number">
            <label for=id.clone()>{move || ctx.t(label)}</label>
            <input type="number" inputmode="numeric" min="0" step="1" id=id.clone() name=id
                prop:value=move || { let v = value.get(); if v == 0 { String::new() } else { v.to_string() } }
                on:input=move |ev| on_change(event_target_value(&ev).trim().parse().unwrap_or(0)) />
        </div>
    }
}

/// The count of a section beside its target range (never a limit).
#[component]
pub fn SectionCount(section: Section) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let sec = section.clone();
    let n = Memo::new(move |_| ctx.draft.with(|d| checks::section_chars(d, &sec)));
    move || {
        let kind = ctx.kind.get();
        checks::target(&section, kind).map(|t| {
            let class = match t.fit(n.get()) {
                Fit::Within => "section-count fit",
                _ => "section-count off",
            };
            let text = fill(
                ctx.t(S::SectionCount),
                &[
                    ("n", n.get().to_string()),
                    ("min", t.min.to_string()),
                    ("max", t.max.to_string()),
                ],
            );
            view! { <p class=class aria-live="polite">{text}</p> }
        })
    }
}

/// "本部分是否已完成？" at the end of a long section.
#[component]
pub fn DoneQuestion(section: Section) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let key = section.key();
    let k1 = key.clone();
    let done = Memo::new(move |_| ctx.draft.with(|d| d.section_done(&k1)));
    let name = format!("done-{key}");
    let (k_yes, k_no) = (key.clone(), key);
    view! {
        <fieldset class="field done-question">
            <legend>{tr(S::SectionDoneQuestion)}</legend>
            <div class="choices">
                <label class="choice">
                    <input type="radio" name=name.clone() value="yes" prop:checked=move || done.get()
                        on:change=move |_| { let k = k_yes.clone(); ctx.edit(move |d| d.set_section_done(&k, true)) }/>
                    {tr(S::SectionDoneYes)}
                </label>
                <label class="choice">
                    <input type="radio" name=name value="no" prop:checked=move || !done.get()
                        on:change=move |_| { let k = k_no.clone(); ctx.edit(move |d| d.set_section_done(&k, false)) }/>
                    {tr(S::SectionDoneNo)}
                </label>
            </div>
        </fieldset>
    }
}

/// A keyed list of item editors. One instance of `For` serves every list, which keeps
/// the wasm small; `child` is a plain function from an item id to its editor.
pub fn keyed_list(ids: Memo<Vec<String>>, child: fn(String) -> AnyView) -> impl IntoView {
    view! { <For each=move || ids.get() key=|id: &String| id.clone() children=move |id| child(id)/> }
}
