//! Typed places in a material: its sections, the items in its lists and the fields
//! on its steps. The editors, the check page and the rendering all name a place
//! through these types, and the element id of a field comes from one function,
//! [`FieldId::dom_id`], so that no id is built in two places.

use super::checklist::{Checklist, Part};
use super::draft::MaterialKind;

/// The sections of a material, in the order of the steps.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Profile,
    Intro,
    LastYear,
    /// 存在的问题 under one aspect (its id).
    Aspect(String),
    Explanations,
    Causes,
    Measures,
    Closing,
    /// A free-text part of the year's checklist (its id), e.g. 反面典型案例剖析.
    Text(String),
}

impl Section {
    /// A stable key: the "section completed" marks stored in drafts, `data-section`
    /// attributes and heading anchors. Never change a key: drafts store them.
    pub fn key(&self) -> String {
        match self {
            Section::Profile => "profile".into(),
            Section::Intro => "intro".into(),
            Section::LastYear => "last_year".into(),
            Section::Aspect(id) => format!("aspect-{id}"),
            Section::Explanations => "explanations".into(),
            Section::Causes => "causes".into(),
            Section::Measures => "measures".into(),
            Section::Closing => "closing".into(),
            Section::Text(id) => format!("part-{id}"),
        }
    }

    /// The sections of a draft of this kind, in order.
    pub fn all(kind: MaterialKind, checklist: &Checklist) -> Vec<Section> {
        let mut v = vec![Section::Profile];
        for part in checklist.parts(kind) {
            match part {
                Part::Intro => v.push(Section::Intro),
                Part::LastYear => v.push(Section::LastYear),
                Part::Problems => v.extend(
                    checklist
                        .aspects
                        .iter()
                        .map(|a| Section::Aspect(a.id.clone())),
                ),
                Part::Explanations => v.push(Section::Explanations),
                Part::Causes => v.push(Section::Causes),
                Part::Measures => v.push(Section::Measures),
                Part::Closing => v.push(Section::Closing),
                Part::Text(i) => v.push(Section::Text(checklist.text_parts[i].id.clone())),
            }
        }
        v
    }

    /// Whether the section may be left empty.
    pub fn optional(&self, checklist: &Checklist) -> bool {
        match self {
            Section::Explanations | Section::Closing => true,
            Section::Text(id) => checklist.text_part(id).is_none_or(|t| t.optional),
            _ => false,
        }
    }
}

/// A part of a last-year item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LastYearPart {
    Source,
    Problem,
    Measure,
    Status,
    Result,
    Next,
}

/// A part of a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemPart {
    Summary,
    Detail,
}

/// A part of a cause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CausePart {
    Dimension,
    Summary,
    Text,
}

/// A part of an answer to a category of 需要向组织说明的事项.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExplanationPart {
    Answer,
    Details,
}

/// A part of a measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MeasurePart {
    Summary,
    Text,
    DeadlineKind,
    Date,
    Responsible,
    Department,
}

/// A field (or the button that adds one) on a step. Item ids are the draft's own.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FieldId {
    Unit,
    Person,
    Post,
    Title,
    StudySessions,
    OpinionsTeam,
    OpinionsPerson,
    Talks,
    IntroText,
    AddLastYear,
    LastYear(String, LastYearPart),
    AddProblem,
    Problem(String, ProblemPart),
    /// The unit's own wording of an aspect.
    OwnWording,
    AddCause,
    Cause(String, CausePart),
    AddMeasure,
    Measure(String, MeasurePart),
    /// A category of 需要向组织说明的事项 (its id) and the part.
    Explanation(String, ExplanationPart),
    Explanations,
    Statement,
    MeetingDate,
    /// The text of a free-text part (its id).
    PartText(String),
    /// The choice of checklist (year and variant) on the profile step.
    ChecklistChoice,
    /// Where a problem under an aspect the checklist lacks is moved to (its id).
    MoveProblem(String),
    /// The heading of the step (for findings about a whole section).
    StepHeading,
    /// A field of an item (its id) of a record kept beside the draft.
    Record(String, RecordPart),
}

impl FieldId {
    /// The id of the field's element on its step.
    pub fn dom_id(&self) -> String {
        use FieldId::*;
        match self {
            Unit => "unit".into(),
            Person => "person".into(),
            Post => "post".into(),
            Title => "title".into(),
            StudySessions => "study-sessions".into(),
            OpinionsTeam => "opinions-team".into(),
            OpinionsPerson => "opinions-person".into(),
            Talks => "talks".into(),
            IntroText => "intro-text".into(),
            AddLastYear => "add-last-year".into(),
            LastYear(id, part) => {
                let part = match part {
                    LastYearPart::Problem => "problem",
                    LastYearPart::Measure => "measure",
                    LastYearPart::Status => "status",
                    LastYearPart::Result => "result",
                    LastYearPart::Source => "source",
                    LastYearPart::Next => "next",
                };
                format!("ly-{id}-{part}")
            }
            AddProblem => "add-problem".into(),
            Problem(id, part) => {
                let part = match part {
                    ProblemPart::Summary => "summary",
                    ProblemPart::Detail => "detail",
                };
                format!("problem-{id}-{part}")
            }
            OwnWording => "wording-own".into(),
            AddCause => "add-cause".into(),
            Cause(id, part) => {
                let part = match part {
                    CausePart::Dimension => "dimension",
                    CausePart::Summary => "summary",
                    CausePart::Text => "text",
                };
                format!("cause-{id}-{part}")
            }
            AddMeasure => "add-measure".into(),
            Measure(id, part) => {
                let part = match part {
                    MeasurePart::Summary => "summary",
                    MeasurePart::Text => "text",
                    MeasurePart::DeadlineKind => "deadline-kind",
                    MeasurePart::Date => "date",
                    MeasurePart::Responsible => "responsible",
                    MeasurePart::Department => "department",
                };
                format!("measure-{id}-{part}")
            }
            Explanation(category, part) => {
                let part = match part {
                    ExplanationPart::Answer => "answer",
                    ExplanationPart::Details => "details",
                };
                format!("expl-{category}-{part}")
            }
            Explanations => "explanations".into(),
            Statement => "statement".into(),
            MeetingDate => "meeting-date".into(),
            PartText(id) => format!("part-{id}-text"),
            ChecklistChoice => "checklist".into(),
            MoveProblem(id) => format!("move-{id}"),
            StepHeading => "step-heading".into(),
            Record(id, part) => {
                let (prefix, part) = part.dom_parts();
                format!("{prefix}-{id}-{part}")
            }
        }
    }
}

/// A field of an item of a record kept beside the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordPart {
    OpinionSource,
    OpinionDate,
    OpinionClaim,
    OpinionContent,
    /// The problem that answers the opinion (its id).
    OpinionProblem,
    TalkPairing,
    TalkWith,
    TalkRole,
    TalkDate,
    TalkToMe,
    TalkFromMe,
    TalkProblem,
    ColleagueName,
    ColleaguePost,
    /// The criticism prepared for the colleague.
    ColleagueGiven,
    ReceivedText,
    /// The problem or measure that answers criticism received (its id).
    ReceivedAnswer,
    EntryOwner,
    EntryStatus,
    EntryEvidence,
}

impl RecordPart {
    /// The prefix and the name of the part in its element's id
    /// (`<prefix>-<item>-<name>`, [`FieldId::dom_id`]).
    pub fn dom_parts(self) -> (&'static str, &'static str) {
        use RecordPart::*;
        match self {
            OpinionSource => ("op", "source"),
            OpinionDate => ("op", "date"),
            OpinionClaim => ("op", "claim"),
            OpinionContent => ("op", "content"),
            OpinionProblem => ("op", "problem"),
            TalkPairing => ("tk", "pairing"),
            TalkWith => ("tk", "with"),
            TalkRole => ("tk", "role"),
            TalkDate => ("tk", "date"),
            TalkToMe => ("tk", "tome"),
            TalkFromMe => ("tk", "fromme"),
            TalkProblem => ("tk", "problem"),
            ColleagueName => ("ck", "name"),
            ColleaguePost => ("ck", "post"),
            ColleagueGiven => ("ck", "given"),
            ReceivedText => ("cr", "text"),
            ReceivedAnswer => ("cr", "answer"),
            EntryOwner => ("entry", "owner"),
            EntryStatus => ("entry", "status"),
            EntryEvidence => ("entry", "evidence"),
        }
    }
}

/// Where a finding points: the section (its step) and the field on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
    pub section: Section,
    pub field: FieldId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_ids_are_distinct_per_item_and_part() {
        let ids = [
            FieldId::Problem("p1".into(), ProblemPart::Summary),
            FieldId::Problem("p1".into(), ProblemPart::Detail),
            FieldId::Problem("p2".into(), ProblemPart::Summary),
            FieldId::Cause("p1".into(), CausePart::Summary),
            FieldId::Measure("p1".into(), MeasurePart::Summary),
            FieldId::Measure("p1".into(), MeasurePart::Date),
            FieldId::LastYear("p1".into(), LastYearPart::Next),
        ];
        let doms: std::collections::BTreeSet<String> = ids.iter().map(|i| i.dom_id()).collect();
        assert_eq!(doms.len(), ids.len());
        assert_eq!(
            FieldId::Measure("m3".into(), MeasurePart::Responsible).dom_id(),
            "measure-m3-responsible"
        );
    }

    #[test]
    fn section_keys_are_stable() {
        // Stored in drafts ("section completed" marks): never change them.
        assert_eq!(Section::LastYear.key(), "last_year");
        assert_eq!(Section::Aspect("a3".into()).key(), "aspect-a3");
        assert_eq!(Section::Closing.key(), "closing");
        assert_eq!(Section::Text("case_study".into()).key(), "part-case_study");
    }
}
