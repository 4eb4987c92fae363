//! Which page is on screen, and where focus lands after a move.

use super::{OpenDraft, Saver};
use crate::domain::anchor::{FieldId, Section};
use crate::domain::{Checklist, MaterialKind};
use leptos::prelude::*;
use std::sync::Arc;

/// The pages of the app. `Tasks` is the home of a draft; the others are numbered steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The drafts list (我的稿件), with backups and the 回收站.
    Home,
    /// The history (snapshots) of the open draft.
    History,
    /// The editor of one of the unit's own checklists.
    OwnChecklist,
    /// The rectification ledger of the open draft (after the meeting).
    Ledger,
    /// The opinions received, the talks held and the criticism given and received
    /// (before and at the meeting).
    Opinions,
    Talks,
    Criticism,
    Tasks,
    Profile,
    Intro,
    LastYear,
    /// 存在的问题 under the aspect with this id.
    Aspect(Arc<str>),
    Explanations,
    Causes,
    Measures,
    Closing,
    /// A free-text part of the year's checklist (its id), e.g. 反面典型案例剖析.
    Text(Arc<str>),
    Check,
    Preview,
}

impl Step {
    /// The numbered steps of a draft of this kind, in order.
    pub fn all(kind: MaterialKind, checklist: &Checklist) -> Vec<Step> {
        let mut v: Vec<Step> = Section::all(kind, checklist)
            .iter()
            .map(|s| Step::of_section(s, checklist))
            .collect();
        v.extend([Step::Check, Step::Preview]);
        v
    }

    /// The section a step edits, if it edits one.
    pub fn section(&self) -> Option<Section> {
        Some(match self {
            Step::Profile => Section::Profile,
            Step::Intro => Section::Intro,
            Step::LastYear => Section::LastYear,
            Step::Aspect(id) => Section::Aspect(id.to_string()),
            Step::Explanations => Section::Explanations,
            Step::Causes => Section::Causes,
            Step::Measures => Section::Measures,
            Step::Closing => Section::Closing,
            Step::Text(id) => Section::Text(id.to_string()),
            Step::Home
            | Step::History
            | Step::OwnChecklist
            | Step::Ledger
            | Step::Opinions
            | Step::Talks
            | Step::Criticism
            | Step::Tasks
            | Step::Check
            | Step::Preview => return None,
        })
    }

    /// The step that edits a section (the task list for an aspect or a part the year
    /// lacks).
    pub fn of_section(section: &Section, checklist: &Checklist) -> Step {
        match section {
            Section::Profile => Step::Profile,
            Section::Intro => Step::Intro,
            Section::LastYear => Step::LastYear,
            Section::Aspect(id) => checklist
                .aspect(id)
                .map_or(Step::Tasks, |a| Step::Aspect(a.id.as_str().into())),
            Section::Explanations => Step::Explanations,
            Section::Causes => Step::Causes,
            Section::Measures => Step::Measures,
            Section::Closing => Step::Closing,
            Section::Text(id) => checklist
                .text_part(id)
                .map_or(Step::Tasks, |t| Step::Text(t.id.as_str().into())),
        }
    }
}

/// Navigation between steps.
#[derive(Clone, Copy)]
pub struct Nav {
    pub step: RwSignal<Step>,
    /// Set when the user came to a step from the check page: show "back to check".
    pub from_check: RwSignal<bool>,
    /// The field to focus after the next step change instead of the heading.
    focus_target: RwSignal<Option<FieldId>>,
    /// Increments on every step change; step headings focus themselves on it.
    focus_ticket: RwSignal<u32>,
    draft: OpenDraft,
    saver: Saver,
}

impl Nav {
    pub fn new(draft: OpenDraft, saver: Saver, first: Step) -> Self {
        Nav {
            step: RwSignal::new(first),
            from_check: RwSignal::new(false),
            focus_target: RwSignal::new(None),
            focus_ticket: RwSignal::new(0),
            draft,
            saver,
        }
    }

    /// The numbered steps of the open draft (tracked).
    pub fn steps(&self) -> Vec<Step> {
        Step::all(self.draft.kind.get(), &self.draft.checklist())
    }

    /// (n, total) of a step among the numbered steps; (0, total) for the others.
    pub fn position(&self, step: &Step) -> (usize, usize) {
        let steps = self.steps();
        let n = steps.iter().position(|s| s == step).map_or(0, |i| i + 1);
        (n, steps.len())
    }

    /// The step after / before this one.
    pub fn neighbour(&self, step: &Step, delta: i32) -> Option<Step> {
        let steps = self.steps();
        match steps.iter().position(|s| s == step) {
            Some(i) => {
                let j = i as i64 + i64::from(delta);
                (j >= 0).then(|| steps.get(j as usize).cloned()).flatten()
            }
            None if delta > 0 => steps.first().cloned(),
            None => None,
        }
    }

    /// Moves to a step (after writing the draft); the step's heading takes focus.
    pub fn go(&self, step: Step) {
        self.saver.flush();
        if step == Step::Check || step == Step::Tasks {
            self.from_check.set(false);
        }
        self.step.set(step);
        self.focus_ticket.update(|n| *n += 1);
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Moves to the step of a section and focuses a field on it.
    pub fn go_to_field(&self, section: &Section, field: FieldId) {
        self.focus_target.set(Some(field));
        self.go(Step::of_section(section, &self.draft.checklist_untracked()));
    }

    /// The focus ticket (tracked) and the field to focus, taken.
    pub fn take_focus(&self) -> (u32, Option<FieldId>) {
        let ticket = self.focus_ticket.get();
        let target = self.focus_target.get_untracked();
        if target.is_some() {
            self.focus_target.set(None);
        }
        (ticket, target)
    }
}
