//! Reusable fields: every one has a visible label, an optional hint and, for long
//! text, a character count that never blocks typing.

use super::Ctx;
use crate::strings::S;
use leptos::prelude::*;

/// The heading of a step; it takes focus after every step change.
#[component]
pub fn StepHeading(text: S) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let h1: NodeRef<leptos::html::H1> = NodeRef::new();
    let ticket = ctx.focus_ticket();
    Effect::new(move |prev: Option<u32>| {
        let now = ticket.get();
        if let (Some(el), Some(_)) = (h1.get(), prev) {
            let _ = el.focus();
        }
        now
    });
    view! { <h1 class="step-heading" tabindex="-1" node_ref=h1>{move || ctx.t(text)}</h1> }
}

/// A one-line text field.
#[component]
pub fn TextField(
    id: &'static str,
    label: S,
    #[prop(optional)] hint: Option<Signal<String>>,
    value: Signal<String>,
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    view! {
        <div class="field">
            <label for=id>{move || ctx.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || h.get()}</p> })}
            <input type="text" id=id name=id aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| on_change(event_target_value(&ev)) />
        </div>
    }
}
