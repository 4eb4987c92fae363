//! The unit's own checklists: the list on the home page (start one from a built-in
//! checklist, edit, export for the other members, delete) and the editor page. A
//! year whose checklist the app does not carry (2026年度 today) is typed in here from
//! the unit's notice; drafts then choose it like a built-in one.

use super::drafts::Drafts;
use super::fields::{heading_text, StepHeading};
use super::state::{Language, Step};
use super::{fill, tr};
use crate::domain::checklist;
use crate::domain::{Checklist, MaterialKind};
use crate::strings::S;
use duizhao_core::usecase::checklists::{AspectForm, ChecklistForm, FormFault};
use leptos::prelude::*;

/// Which of the unit's checklists the editor page shows (its id).
#[derive(Clone, Copy)]
pub struct Editing(pub RwSignal<Option<String>>);

/// The home page's section: the unit's checklists, and a new one from a built-in one.
#[component]
pub fn OwnChecklists() -> impl IntoView {
    let ctx = Drafts::get();
    let editing = expect_context::<Editing>();
    let newest = checklist::newest_builtin();
    let base = RwSignal::new(newest.key());
    let year = RwSignal::new((newest.year + 1).to_string());
    let create = move |_| {
        let Ok(y) = year.get_untracked().trim().parse::<u32>() else {
            ctx.notices.error(ctx.lang.t(S::OwnBadYear).to_string());
            return;
        };
        if !(2000..=2100).contains(&y) {
            ctx.notices.error(ctx.lang.t(S::OwnBadYear).to_string());
            return;
        }
        let from = Checklist::builtin(&base.get_untracked()).unwrap_or(newest);
        let id = super::browser::new_id();
        if ctx.save_checklist(&from.copy_as_custom(&id, y)) {
            editing.0.set(Some(id));
            ctx.nav.go(Step::OwnChecklist);
        }
    };
    view! {
        <h2>{tr(S::OwnHeading)}</h2>
        <p class="hint">{tr(S::OwnHint)}</p>
        <ul class="own-checklists">
            {move || ctx.draft.custom.get().into_iter().map(|c| {
                let (id_edit, id_del) = (c.custom_id.clone(), c.custom_id.clone());
                let (named, exported) = (c.clone(), c.clone());
                view! {
                    <li data-id=c.custom_id.clone()>
                        <span class="own-name">{c.name_zh()}</span>" "
                        <span class="hint">{move || fill(ctx.lang.t(S::OwnAspects), &[("n", named.aspects.len().to_string()), ("name", named.checklist_name_zh.clone())])}</span>" "
                        <button type="button" class="small" id=format!("own-edit-{}", c.custom_id) on:click=move |_| {
                            editing.0.set(Some(id_edit.clone()));
                            ctx.nav.go(Step::OwnChecklist);
                        }>{tr(S::OwnEdit)}</button>
                        <button type="button" class="small" id=format!("own-export-{}", c.custom_id)
                            on:click=move |_| ctx.export_checklist(&exported)>{tr(S::OwnExport)}</button>
                        <button type="button" class="small danger" id=format!("own-delete-{}", c.custom_id)
                            on:click=move |_| ctx.delete_checklist(&id_del)>{tr(S::Delete)}</button>
                    </li>
                }
            }).collect_view()}
        </ul>
        <div class="own-new">
            <div class="field">
                <label for="own-base">{tr(S::OwnBase)}</label>
                <select id="own-base" on:change=move |ev| base.set(event_target_value(&ev))>
                    {checklist::all().map(|c| view! {
                        <option value=c.key() prop:selected=move || base.get() == c.key()>{move || ctx.lang.pick(&c.name_zh(), &c.name_en())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="own-new-year">{tr(S::OwnYear)}</label>
                <input type="number" id="own-new-year" min="2000" max="2100" prop:value=move || year.get()
                    on:input=move |ev| year.set(event_target_value(&ev))/>
            </div>
            <button type="button" class="secondary" id="own-new" on:click=create>{tr(S::OwnNew)}</button>
        </div>
    }
}

/// One aspect on the editor page.
#[derive(Clone)]
struct Row {
    key: usize,
    /// The aspect's id (kept, so that drafts keep their problems under it); empty
    /// for a new one.
    id: String,
    short: RwSignal<String>,
    heading: RwSignal<String>,
    /// One prompt a line.
    prompts: RwSignal<String>,
}

impl Row {
    fn new(key: usize, a: &AspectForm) -> Self {
        let text = |s: &str| RwSignal::new(s.to_string());
        Row {
            key,
            id: a.id.clone(),
            short: text(&a.short),
            heading: text(&a.heading),
            prompts: text(&a.prompts),
        }
    }
}

/// The editor's fields, each a signal the inputs follow and write.
#[derive(Clone, Copy)]
struct Fields {
    year: RwSignal<String>,
    meeting: RwSignal<String>,
    name: RwSignal<String>,
    theme: RwSignal<String>,
    previous: RwSignal<String>,
    campaign: RwSignal<String>,
    intro_team: RwSignal<String>,
    intro_individual: RwSignal<String>,
    case: RwSignal<bool>,
    rows: RwSignal<Vec<Row>>,
    /// The key the next aspect added gets (rows are keyed in the list).
    next_key: StoredValue<usize>,
}

impl Fields {
    /// The fields as the form holds them.
    fn of(form: &ChecklistForm) -> Self {
        let text = |s: &str| RwSignal::new(s.to_string());
        Fields {
            year: text(&form.year),
            meeting: text(&form.meeting),
            name: text(&form.name),
            theme: text(&form.theme),
            previous: text(&form.previous),
            campaign: text(&form.campaign),
            intro_team: text(&form.intro_team),
            intro_individual: text(&form.intro_individual),
            case: RwSignal::new(form.case_study),
            rows: RwSignal::new(
                form.aspects
                    .iter()
                    .enumerate()
                    .map(|(key, a)| Row::new(key, a))
                    .collect(),
            ),
            next_key: StoredValue::new(form.aspects.len()),
        }
    }

    /// The form as typed.
    fn typed(&self) -> ChecklistForm {
        let field = |s: RwSignal<String>| s.get_untracked();
        ChecklistForm {
            year: field(self.year),
            meeting: field(self.meeting),
            name: field(self.name),
            theme: field(self.theme),
            previous: field(self.previous),
            campaign: field(self.campaign),
            intro_team: field(self.intro_team),
            intro_individual: field(self.intro_individual),
            case_study: self.case.get_untracked(),
            aspects: self
                .rows
                .get_untracked()
                .iter()
                .map(|r| AspectForm {
                    id: r.id.clone(),
                    short: field(r.short),
                    heading: field(r.heading),
                    prompts: field(r.prompts),
                })
                .collect(),
        }
    }
}

/// What the form lacks, in words.
fn fault_text(lang: Language, fault: FormFault) -> String {
    match fault {
        FormFault::BadYear => lang.t(S::OwnBadYear).to_string(),
        FormFault::Incomplete => lang.t(S::OwnIncomplete).to_string(),
        FormFault::NoAspect => lang.t(S::OwnNoAspect).to_string(),
        FormFault::AspectNoHeading(n) => {
            fill(lang.t(S::OwnAspectNoHeading), &[("n", n.to_string())])
        }
        FormFault::IntroPlaceholder(kind, placeholder) => {
            let which = match kind {
                MaterialKind::Team => S::OwnIntroTeam,
                MaterialKind::Individual => S::OwnIntroIndividual,
            };
            fill(
                lang.t(S::OwnIntroPlaceholders),
                &[("which", lang.t(which).to_string()), ("p", placeholder)],
            )
        }
    }
}

/// The editor of one of the unit's checklists: the meeting, its theme, the aspects
/// with their headings and prompts, and whether it has a 典型案例剖析 part.
#[component]
pub fn ChecklistEditor() -> impl IntoView {
    let ctx = Drafts::get();
    let lang = expect_context::<Language>();
    let editing = expect_context::<Editing>();
    let id = editing.0.get_untracked().unwrap_or_default();
    let found = ctx
        .draft
        .custom
        .get_untracked()
        .into_iter()
        .find(|c| c.custom_id == id);
    let Some(original) = found else {
        return view! {
            <section class="step">
                <StepHeading text=heading_text(S::OwnEditorHeading)/>
                <p class="empty">{tr(S::OwnMissing)}</p>
            </section>
        }
        .into_any();
    };
    let f = Fields::of(&ChecklistForm::of(&original));
    let Fields { rows, next_key, .. } = f;
    let add = move |_| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        rows.update(|r| r.push(Row::new(key, &AspectForm::default())));
    };
    // The form as typed makes the checklist (`ChecklistForm::apply`, in the core);
    // what it lacks is said here.
    let save = move |_| match f.typed().apply(&original) {
        Ok(c) => {
            ctx.save_checklist(&c);
        }
        Err(fault) => ctx.notices.error(fault_text(lang, fault)),
    };
    view! {
        <section class="step own-editor">
            <StepHeading text=heading_text(S::OwnEditorHeading)/>
            <p class="lead">{tr(S::OwnEditorHint)}</p>
            {checklist_fields(f)}
            <h2>{tr(S::OwnAspectsHeading)}</h2>
            <p class="hint">{tr(S::OwnAspectsHint)}</p>
            <ol class="own-aspects">
                <For each=move || rows.get() key=|r| r.key let:r>
                    <AspectRow row=r rows=rows/>
                </For>
            </ol>
            <button type="button" class="secondary add" id="own-add-aspect" on:click=add>{tr(S::OwnAddAspect)}</button>
            <div class="home-actions">
                <button type="button" class="primary" id="own-save" on:click=save>{tr(S::Save)}</button>
                <button type="button" id="own-back" on:click=move |_| ctx.nav.go(Step::Home)>{tr(S::OwnBack)}</button>
            </div>
            <super::fields::NoticeLine id="own-notice"/>
        </section>
    }
    .into_any()
}

/// The checklist's own fields on the editor: its year, names, theme, the year's
/// campaign, the 导语's wording and the 典型案例剖析 part.
fn checklist_fields(f: Fields) -> impl IntoView {
    let Fields {
        year,
        meeting,
        name,
        theme,
        previous,
        campaign,
        intro_team,
        intro_individual,
        case,
        ..
    } = f;
    let input = |id: &'static str, label: S, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{tr(label)}</label>
                <input type="text" id=id prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };
    view! {
        <div class="field">
            <label for="own-year">{tr(S::OwnYear)}</label>
            <input type="number" id="own-year" min="2000" max="2100" prop:value=move || year.get()
                on:input=move |ev| year.set(event_target_value(&ev))/>
        </div>
        {input("own-meeting", S::OwnMeeting, meeting)}
        {input("own-name", S::OwnName, name)}
        <div class="field">
            <label for="own-theme">{tr(S::OwnTheme)}</label>
            <textarea id="own-theme" rows="3" prop:value=move || theme.get()
                on:input=move |ev| theme.set(event_target_value(&ev))></textarea>
        </div>
        {input("own-previous", S::OwnPrevious, previous)}
        <div class="field">
            <label for="own-campaign">{tr(S::OwnCampaign)}</label>
            <p class="hint" id="own-campaign-hint">{tr(S::OwnCampaignHint)}</p>
            <input type="text" id="own-campaign" aria-describedby="own-campaign-hint" prop:value=move || campaign.get()
                on:input=move |ev| campaign.set(event_target_value(&ev))/>
        </div>
        <p class="hint" id="own-intro-hint">{tr(S::OwnIntroHint)}</p>
        <div class="field">
            <label for="own-intro-team">{tr(S::OwnIntroTeam)}</label>
            <textarea id="own-intro-team" rows="5" aria-describedby="own-intro-hint" prop:value=move || intro_team.get()
                on:input=move |ev| intro_team.set(event_target_value(&ev))></textarea>
        </div>
        <div class="field">
            <label for="own-intro-individual">{tr(S::OwnIntroIndividual)}</label>
            <textarea id="own-intro-individual" rows="5" aria-describedby="own-intro-hint" prop:value=move || intro_individual.get()
                on:input=move |ev| intro_individual.set(event_target_value(&ev))></textarea>
        </div>
        <label class="choice">
            <input type="checkbox" id="own-case" prop:checked=move || case.get()
                on:change=move |ev| case.set(event_target_checked(&ev))/>
            {tr(S::OwnCase)}
        </label>
    }
}

/// One aspect's fields, with buttons to move it and to remove it.
#[component]
fn AspectRow(row: Row, rows: RwSignal<Vec<Row>>) -> impl IntoView {
    let key = row.key;
    let at = move || rows.with(|r| r.iter().position(|x| x.key == key).unwrap_or(0));
    let shift = move |delta: isize| {
        rows.update(|r| {
            let i = r.iter().position(|x| x.key == key).unwrap_or(0);
            let j = i as isize + delta;
            if j >= 0 && (j as usize) < r.len() {
                r.swap(i, j as usize);
            }
        })
    };
    let (short, heading, prompts) = (row.short, row.heading, row.prompts);
    let id = |part: &str| format!("own-aspect-{key}-{part}");
    view! {
        <li class="own-aspect">
            <p class="own-aspect-number">{move || fill(expect_context::<Language>().t(S::OwnAspectN), &[("n", (at() + 1).to_string())])}</p>
            <div class="field">
                <label for=id("heading")>{tr(S::OwnAspectHeading)}</label>
                <input type="text" id=id("heading") prop:value=move || heading.get()
                    on:input=move |ev| heading.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for=id("short")>{tr(S::OwnAspectShort)}</label>
                <input type="text" id=id("short") prop:value=move || short.get()
                    on:input=move |ev| short.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for=id("prompts")>{tr(S::OwnAspectPrompts)}</label>
                <textarea id=id("prompts") rows="5" prop:value=move || prompts.get()
                    on:input=move |ev| prompts.set(event_target_value(&ev))></textarea>
            </div>
            <div class="item-actions">
                <button type="button" class="small" on:click=move |_| shift(-1)>{tr(S::MoveUp)}</button>
                <button type="button" class="small" on:click=move |_| shift(1)>{tr(S::MoveDown)}</button>
                <button type="button" class="small danger" id=id("remove")
                    on:click=move |_| rows.update(|r| r.retain(|x| x.key != key))>{tr(S::OwnRemoveAspect)}</button>
            </div>
        </li>
    }
}
