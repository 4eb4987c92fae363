//! Reusable fields: every one has a visible label, an optional hint and, for long
//! text, a character count that never blocks typing.

use super::state::{Binding, Language, Nav, OpenDraft};
use super::{fill, tr};
use crate::domain::anchor::{FieldId, Section};
use crate::domain::checks;
use crate::domain::count::{self, Fit};
use crate::strings::S;
use leptos::prelude::*;

/// The heading of a step. After every step change it takes focus, unless a field
/// was named as the place to land (a link from the check page).
#[component]
pub fn StepHeading(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let h1: NodeRef<leptos::html::H1> = NodeRef::new();
    Effect::new(move |_| {
        let (ticket, target) = nav.take_focus();
        // Not on the first page the app opens with: only after a move.
        if ticket == 0 {
            return;
        }
        let Some(el) = h1.get() else { return };
        let target = target.and_then(|f| {
            web_sys::window()?
                .document()?
                .get_element_by_id(&f.dom_id())
        });
        use wasm_bindgen::JsCast;
        match target
            .as_ref()
            .and_then(|t| t.dyn_ref::<web_sys::HtmlElement>())
        {
            Some(t) => {
                super::browser::focus(t);
                t.scroll_into_view();
            }
            None => super::browser::focus(&el),
        }
    });
    view! { <h1 class="step-heading" id="step-heading" tabindex="-1" node_ref=h1>{move || text.get()}</h1> }
}

/// A heading from the strings table.
pub fn heading_text(s: S) -> Signal<String> {
    let lang = expect_context::<Language>();
    Signal::derive(move || lang.t(s).to_string())
}

/// Keeps an input showing its field's value when the value changes, whoever changed
/// it. The memo stops a re-read that finds the same value (a list around the item
/// changed) from reaching the input; what the user typed is already in the input and
/// is not set again (that would re-lay out the field and break Chinese IME
/// composition). A field of an item that was just deleted has no value: nothing
/// happens.
pub fn follow(field: Binding<String>, apply: impl Fn(&str) + 'static) {
    let value = Memo::new(move |_| field.get());
    Effect::new(move |_| {
        value.with(|v| {
            if let Some(v) = v {
                apply(v)
            }
        })
    });
}

/// A one-line text field.
#[component]
pub fn TextField(
    id: FieldId,
    label: S,
    #[prop(optional)] hint: Option<Signal<String>>,
    field: Binding<String>,
) -> impl IntoView {
    let lang = expect_context::<Language>();
    let id = id.dom_id();
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    follow(field, move |v| {
        if let Some(el) = input.get() {
            if el.value() != v {
                el.set_value(v);
            }
        }
    });
    view! {
        <div class="field">
            <label for=id.clone()>{move || lang.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || h.get()}</p> })}
            <input type="text" id=id.clone() name=id aria-describedby=described node_ref=input
                prop:value=untrack(move || field.get()).unwrap_or_default()
                on:input=move |ev| field.set(event_target_value(&ev)) />
        </div>
    }
}

/// A long text field with its character count.
#[component]
pub fn TextArea(
    id: FieldId,
    label: S,
    #[prop(optional)] hint: Option<S>,
    field: Binding<String>,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let lang = expect_context::<Language>();
    let id = id.dom_id();
    let hint_id = format!("{id}-hint");
    let count_id = format!("{id}-count");
    let described = if hint.is_some() {
        format!("{hint_id} {count_id}")
    } else {
        count_id.clone()
    };
    let n = Memo::new(move |_| field.get().map_or(0, |v| count::chars(&v)));
    let area: NodeRef<leptos::html::Textarea> = NodeRef::new();
    follow(field, move |v| {
        if let Some(el) = area.get() {
            if el.value() != v {
                el.set_value(v);
            }
        }
    });
    view! {
        <div class="field">
            <label for=id.clone()>{move || lang.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || lang.t(h)}</p> })}
            <textarea id=id.clone() name=id rows=rows aria-describedby=described node_ref=area
                prop:value=untrack(move || field.get()).unwrap_or_default()
                on:input=move |ev| field.set(event_target_value(&ev))></textarea>
            <p class="count" id=count_id>{move || fill(lang.t(S::CharCount), &[("n", n.get().to_string())])}</p>
        </div>
    }
}

/// A whole-number field (counts of sessions, opinions, talks).
#[component]
pub fn NumberField(id: FieldId, label: S, field: Binding<u32>) -> impl IntoView {
    let lang = expect_context::<Language>();
    let id = id.dom_id();
    view! {
        <div class="field field-number">
            <label for=id.clone()>{move || lang.t(label)}</label>
            <input type="number" inputmode="numeric" min="0" step="1" id=id.clone() name=id
                prop:value=move || match field.get() { Some(0) | None => String::new(), Some(v) => v.to_string() }
                on:input=move |ev| field.set(event_target_value(&ev).trim().parse().unwrap_or(0)) />
        </div>
    }
}

/// The count of a section beside its target range (never a limit).
#[component]
pub fn SectionCount(section: Section) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let lang = expect_context::<Language>();
    let sec = section.clone();
    let n = Memo::new(move |_| draft.with(|d| checks::section_chars(d, &sec)));
    let target = Memo::new(move |_| {
        checks::target(&section, draft.kind.get(), draft.checklist().aspects.len())
    });
    // One element, whose class and text follow the count (typing does not rebuild it).
    // Not a live region: it would speak on every keystroke.
    move || {
        target.get().map(|t| {
            let class = move || match t.fit(n.get()) {
                Fit::Within => "section-count fit",
                _ => "section-count off",
            };
            let text = move || {
                fill(
                    lang.t(S::SectionCount),
                    &[
                        ("n", n.get().to_string()),
                        ("min", t.min.to_string()),
                        ("max", t.max.to_string()),
                    ],
                )
            };
            view! { <p class=class>{text}</p> }
        })
    }
}

/// "本部分是否已完成？" at the end of a long section.
#[component]
pub fn DoneQuestion(section: Section) -> impl IntoView {
    let draft = expect_context::<OpenDraft>();
    let key = section.key();
    let k1 = key.clone();
    use crate::domain::draft::DraftStoreFields;
    let marks = draft.store.sections_done();
    let done = Memo::new(move |_| marks.with(|m| m.contains(&k1)));
    let name = format!("done-{key}");
    let (k_yes, k_no) = (key.clone(), key);
    view! {
        <fieldset class="field done-question">
            <legend>{tr(S::SectionDoneQuestion)}</legend>
            <div class="choices">
                <label class="choice">
                    <input type="radio" name=name.clone() value="yes" prop:checked=move || done.get()
                        on:change=move |_| { let k = k_yes.clone(); draft.edit(move |d| d.set_section_done(&k, true)) }/>
                    {tr(S::SectionDoneYes)}
                </label>
                <label class="choice">
                    <input type="radio" name=name value="no" prop:checked=move || !done.get()
                        on:change=move |_| { let k = k_no.clone(); draft.edit(move |d| d.set_section_done(&k, false)) }/>
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

/// The last message of `Notices` (an export done, a copy refused …), as a status line.
#[component]
pub fn NoticeLine(id: &'static str) -> impl IntoView {
    let notices = expect_context::<super::state::Notices>();
    move || {
        notices.notice.get().map(|(text, error)| {
            view! {
                <p class=if error { "notice notice-error" } else { "notice" } role="status" id=id>{text}</p>
            }
        })
    }
}
