//! One rule per file: each handler looks at one kind of place (the whole draft, an
//! item of 上年度整改, a problem, a cause, a measure) and pushes the findings of its
//! kind, with its own tests. [`super::check`] calls them in the order of the material.

pub(super) mod achievement_as_problem;
pub(super) mod boilerplate;
pub(super) mod cause_restates_problem;
pub(super) mod checklist_unchecked;
pub(super) mod deadline_before_meeting;
pub(super) mod duplicate;
pub(super) mod empty_text;
pub(super) mod explanation_unanswered;
pub(super) mod few_problems;
pub(super) mod half_width_punct;
pub(super) mod heading_skips_level;
pub(super) mod intro_placeholder;
pub(super) mod last_year_empty;
pub(super) mod linked_to_nothing;
pub(super) mod material_length;
pub(super) mod measure_without_deadline_or_owner;
pub(super) mod no_cause;
pub(super) mod no_measure;
pub(super) mod objective_cause;
pub(super) mod ongoing_without_explanation;
pub(super) mod others_as_own;
pub(super) mod placeholder;
pub(super) mod problem_outside_checklist;
pub(super) mod problem_without_cause;
pub(super) mod problem_without_measure;
pub(super) mod problem_without_summary;
pub(super) mod problems_and_causes_under_half;
pub(super) mod profile_incomplete;
pub(super) mod relative_year;
pub(super) mod repeated_from_last_year;
pub(super) mod section_short;
pub(super) mod self_in_team;
pub(super) mod stale_facts;
pub(super) mod texts;
pub(super) mod vague_measure;

/// A finding of `kind` on a problem's detail, named by its summary.
fn detail_finding(kind: Kind, at: &At<Problem>) -> Finding {
    let p = at.item;
    finding(
        kind,
        at.section.clone(),
        FieldId::Problem(p.id.clone(), ProblemPart::Detail),
        &p.summary,
    )
}

/// A finding of `kind` on a cause's analysis, named by its summary.
fn cause_finding(kind: Kind, c: &Cause) -> Finding {
    finding(
        kind,
        Section::Causes,
        FieldId::Cause(c.id.clone(), CausePart::Text),
        &c.summary,
    )
}

/// A finding of `kind` on a measure's text, named by its summary.
fn measure_finding(kind: Kind, m: &Measure) -> Finding {
    finding(
        kind,
        Section::Measures,
        FieldId::Measure(m.id.clone(), MeasurePart::Text),
        &m.summary,
    )
}

use prelude::*;

/// What every handler uses.
mod prelude {
    pub(super) use super::{cause_finding, detail_finding, measure_finding};
    pub(crate) use crate::domain::anchor::{
        CausePart, ExplanationPart, FieldId, LastYearPart, MeasurePart, ProblemPart,
    };
    pub(crate) use crate::domain::checks::{finding, short, At, Cx, Finding, Kind, Section};
    pub(crate) use crate::domain::draft::{Cause, LastYearItem, Measure, Problem};
    pub(crate) use crate::domain::rules;
}
