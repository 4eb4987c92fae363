//! Checks of a draft: completeness and quality, as data. Never a panic, never a block:
//! the user decides. Each finding names the field it is about, so the check page can
//! link to it.

//!
//! Each rule is a handler of its own, with its tests (`handlers/`, one file per kind
//! of finding, rust-analyzer's `ide-diagnostics` is the model); [`check`] walks the
//! draft once, in the order of the material, and asks each handler about each place.
//! What the handlers share is computed once per run ([`Cx`]): the sections, the
//! problems' texts and links, near-duplicates, and the rendered document (one render
//! per run). Texts are compared with each other (near-duplicates, 年年提) only where
//! they share a character pair few texts have (`rules::candidates`), and a cause with
//! the problems it links to only: a run is linear in the draft's text.

mod handlers;
#[cfg(test)]
mod testing;

use super::checklist::Checklist;
use super::count::{chars, Target};
use super::draft::{Answer, Draft, MaterialKind};
use super::render::render;

use super::anchor::FieldId;
pub use super::anchor::{Anchor, Section};

/// What a finding is about. The UI words each one from the strings table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A profile field the title needs is empty.
    ProfileIncomplete,
    /// The opening still has 【待补】 for a preparation fact.
    IntroPlaceholder,
    /// No item of last year's rectification.
    LastYearEmpty,
    /// An item still in progress with no reason and next step.
    OngoingWithoutExplanation,
    /// An aspect with no problem.
    AspectWithoutProblem,
    /// A problem with no summary.
    ProblemWithoutSummary,
    /// A problem no measure is linked to.
    ProblemWithoutMeasure,
    /// A problem no cause is linked to.
    ProblemWithoutCause,
    /// A problem that is only set phrases, with no fact of one's own.
    BoilerplateProblem,
    /// No cause at all.
    NoCause,
    /// A cause linked to no problem.
    CauseLinkedToNothing,
    /// A measure linked to no problem.
    MeasureLinkedToNothing,
    /// A measure with no deadline or no one responsible.
    MeasureWithoutDeadlineOrOwner,
    /// No measure at all.
    NoMeasure,
    /// 存在的问题 and 原因剖析 are under half of the text (the percent they are).
    ProblemsAndCausesUnderHalf(u32),
    /// A paragraph's own numbering skips a level (e.g. （1） right under 一、).
    HeadingSkipsLevel,
    /// The same or nearly the same text as another problem, cause or measure (the
    /// other's summary).
    Duplicate(String),
    /// A problem repeated from last year's material (年年提): last year's problem.
    RepeatedFromLastYear(String),
    /// A problem that reports achievements or praise (以成绩代替问题).
    AchievementAsProblem,
    /// In an individual material, a problem of the team or of others, not one's own
    /// (以班子或下级代替个人).
    OthersAsOwn,
    /// In a team material, a problem written as 我.
    FirstPersonInTeam,
    /// A cause that blames workload, conditions or higher levels (以客观代替主观).
    ObjectiveCause,
    /// A cause that only restates its problem.
    CauseRestatesProblem,
    /// A measure with no checkable target, time or figure.
    VagueMeasure,
    /// Fewer problems under an aspect than the usual count (that count).
    FewProblems(u32),
    /// 【待补】 left in a text.
    Placeholder,
    /// A text of the material left empty (a problem's detail, a cause's analysis …).
    EmptyText,
    /// A section far under its reference length: (characters, the reference minimum).
    SectionShort(u32, u32),
    /// The whole material far under its reference length: (characters, minimum).
    MaterialShort(u32, u32),
    /// The whole material far over its reference length: (characters, maximum).
    MaterialLong(u32, u32),
    /// Half-width punctuation in Chinese text (the mark).
    HalfWidthPunct(char),
    /// A relative year word (今年, 明年) that reads wrongly in another year (the word).
    RelativeYear(String),
    /// A problem whose dated facts are all two or more years before the meeting year
    /// (copied from an old material): the latest year it names.
    StaleFacts(u32),
    /// A measure whose deadline falls before the meeting (the deadline).
    DeadlineBeforeMeeting(String),
    /// A category of 需要向组织说明的事项 left unanswered while others are answered.
    ExplanationUnanswered,
    /// A problem under an aspect the draft's checklist does not have (after the year
    /// or the checklist changed): it is not in the material until it is moved.
    ProblemOutsideChecklist,
    /// The draft's meeting year has no checklist yet: another year's (that year)
    /// stands in, not checked against the notice.
    ChecklistStandIn(u32),
    /// The unit's own checklist is a copy of another year's (that year) whose theme
    /// or aspect headings are still that year's: not yet checked against the notice.
    ChecklistCopyUnchecked(u32),
}

impl Kind {
    /// A stable name: `data-kind` on the check page, the labelled corpus and tests.
    pub fn code(&self) -> &'static str {
        use Kind::*;
        match self {
            ProfileIncomplete => "profile_incomplete",
            IntroPlaceholder => "intro_placeholder",
            LastYearEmpty => "last_year_empty",
            OngoingWithoutExplanation => "ongoing_without_explanation",
            AspectWithoutProblem => "aspect_without_problem",
            ProblemWithoutSummary => "problem_without_summary",
            ProblemWithoutMeasure => "problem_without_measure",
            ProblemWithoutCause => "problem_without_cause",
            BoilerplateProblem => "boilerplate",
            NoCause => "no_cause",
            CauseLinkedToNothing => "cause_linked_to_nothing",
            MeasureLinkedToNothing => "measure_linked_to_nothing",
            MeasureWithoutDeadlineOrOwner => "measure_without_deadline_or_owner",
            NoMeasure => "no_measure",
            ProblemsAndCausesUnderHalf(_) => "problems_and_causes_under_half",
            HeadingSkipsLevel => "heading_skips_level",
            Duplicate(_) => "duplicate",
            RepeatedFromLastYear(_) => "repeated_from_last_year",
            AchievementAsProblem => "achievement_as_problem",
            OthersAsOwn => "others_as_own",
            FirstPersonInTeam => "self_in_team",
            ObjectiveCause => "objective_cause",
            CauseRestatesProblem => "cause_restates_problem",
            VagueMeasure => "vague_measure",
            FewProblems(_) => "few_problems",
            Placeholder => "placeholder",
            EmptyText => "empty_text",
            SectionShort(..) => "section_short",
            MaterialShort(..) => "material_short",
            MaterialLong(..) => "material_long",
            HalfWidthPunct(_) => "half_width_punct",
            RelativeYear(_) => "relative_year",
            ExplanationUnanswered => "explanation_unanswered",
            ProblemOutsideChecklist => "problem_outside_checklist",
            StaleFacts(_) => "stale_facts",
            DeadlineBeforeMeeting(_) => "deadline_before_meeting",
            ChecklistStandIn(_) => "checklist_stand_in",
            ChecklistCopyUnchecked(_) => "checklist_copy_unchecked",
        }
    }

    /// Whether this is a hint against the reference lengths and counts (never a hard
    /// limit): listed on the check page, but it does not mark its section as having a
    /// problem.
    pub fn is_hint(&self) -> bool {
        matches!(
            self,
            Kind::FewProblems(_)
                | Kind::SectionShort(..)
                | Kind::MaterialShort(..)
                | Kind::MaterialLong(..)
                | Kind::ChecklistStandIn(_)
                | Kind::ChecklistCopyUnchecked(_)
        )
    }

    /// Whether this is a finding about how a text is written (the rules a reviewer
    /// applies to each paragraph), as opposed to what is missing or unlinked.
    pub fn is_writing(&self) -> bool {
        use Kind::*;
        matches!(
            self,
            BoilerplateProblem
                | Duplicate(_)
                | RepeatedFromLastYear(_)
                | AchievementAsProblem
                | OthersAsOwn
                | FirstPersonInTeam
                | ObjectiveCause
                | CauseRestatesProblem
                | VagueMeasure
                | Placeholder
                | HalfWidthPunct(_)
                | RelativeYear(_)
                | StaleFacts(_)
                | DeadlineBeforeMeeting(_)
        )
    }
}

/// One finding of the checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    pub anchor: Anchor,
    /// A short quote of what it is about (a problem's summary, a heading), may be empty.
    pub subject: String,
}

pub use super::rules::is_boilerplate;

/// Target ranges of each part, in characters (practitioners' estimates).
pub fn target(section: &Section, kind: MaterialKind, aspects: usize) -> Option<Target> {
    let team = kind == MaterialKind::Team;
    Some(match section {
        Section::Intro => {
            if team {
                Target::new(200, 500)
            } else {
                Target::new(150, 400)
            }
        }
        Section::LastYear => {
            if team {
                Target::new(400, 1200)
            } else {
                Target::new(300, 800)
            }
        }
        Section::Aspect(_) => {
            // The problems' share of the whole, over the checklist's aspects (six in
            // 2022: 500 to 1,000 characters each for a team).
            let (min, max) = if team { (3000, 6000) } else { (2000, 4000) };
            let n = aspects.max(1);
            let round = |x: usize| (x / n).div_ceil(10) * 10;
            Target::new(round(min), round(max))
        }
        Section::Causes => {
            if team {
                Target::new(800, 2000)
            } else {
                Target::new(800, 1500)
            }
        }
        Section::Measures => {
            if team {
                Target::new(1000, 2500)
            } else {
                Target::new(800, 1500)
            }
        }
        _ => return None,
    })
}

/// The target of the whole material.
pub fn total_target(kind: MaterialKind) -> Target {
    match kind {
        MaterialKind::Team => Target::new(6000, 12000),
        MaterialKind::Individual => Target::new(4000, 7000),
    }
}

/// The characters the user wrote in a section.
pub fn section_chars(draft: &Draft, section: &Section) -> usize {
    match section {
        Section::Profile => 0,
        Section::Intro => chars(&draft.intro.text),
        Section::LastYear => draft
            .last_year
            .iter()
            .map(|i| {
                chars(&i.problem) + chars(&i.measure) + chars(&i.result) + chars(&i.next_steps)
            })
            .sum(),
        Section::Aspect(id) => draft
            .problems_of(id)
            .map(|p| chars(&p.summary) + chars(&p.detail))
            .sum(),
        Section::Explanations => {
            chars(&draft.explanations)
                + draft
                    .explanation_answers
                    .iter()
                    .map(|a| chars(&a.details))
                    .sum::<usize>()
        }
        Section::Causes => draft
            .causes
            .iter()
            .map(|c| chars(&c.summary) + chars(&c.text))
            .sum(),
        Section::Measures => draft
            .measures
            .iter()
            .map(|m| chars(&m.summary) + chars(&m.text))
            .sum(),
        Section::Closing => chars(&draft.statement),
        Section::Text(id) => draft.part_texts.get(id).map_or(0, |t| chars(t)),
    }
}

pub(crate) fn finding(kind: Kind, section: Section, field: FieldId, subject: &str) -> Finding {
    Finding {
        kind,
        anchor: Anchor { section, field },
        subject: subject.trim().chars().take(40).collect(),
    }
}

/// The first 20 characters of a text, to name it in a finding.
pub(crate) fn short(text: &str) -> String {
    text.trim().chars().take(20).collect()
}

/// What the handlers share in one run, computed once.
pub(crate) struct Cx<'a> {
    pub draft: &'a Draft,
    pub checklist: &'a Checklist,
    pub team: bool,
    /// The draft's sections on its checklist, in order.
    pub sections: Vec<Section>,
    /// Each problem's summary and detail together, by its place in the draft; so
    /// each cause's and measure's summary and text.
    pub problem_texts: Vec<String>,
    pub cause_texts: Vec<String>,
    pub measure_texts: Vec<String>,
    /// For each problem, cause and measure (by place), the first earlier one with
    /// the same or nearly the same text.
    pub problem_twins: Vec<Option<usize>>,
    pub cause_twins: Vec<Option<usize>>,
    pub measure_twins: Vec<Option<usize>>,
    /// For each problem (by place), the first of last year's problems it repeats.
    pub repeated: Vec<Option<usize>>,
    /// The ids of the problems, and those the causes and the measures link to.
    problems: Vec<&'a str>,
    caused: Vec<&'a str>,
    measured: Vec<&'a str>,
}

impl<'a> Cx<'a> {
    fn new(draft: &'a Draft, checklist: &'a Checklist) -> Self {
        let joined = |a: &str, b: &str| format!("{a}{b}");
        let problem_texts: Vec<String> = draft
            .problems
            .iter()
            .map(|p| joined(&p.summary, &p.detail))
            .collect();
        let cause_texts: Vec<String> = draft
            .causes
            .iter()
            .map(|c| joined(&c.summary, &c.text))
            .collect();
        let measure_texts: Vec<String> = draft
            .measures
            .iter()
            .map(|m| joined(&m.summary, &m.text))
            .collect();
        use super::rules::earlier_twins;
        let last_year: Vec<&str> = draft.last_year.iter().map(|l| l.problem.as_str()).collect();
        Cx {
            repeated: super::rules::repeated(&last_year, &problem_texts),
            team: draft.kind == MaterialKind::Team,
            sections: Section::all(draft.kind, checklist),
            problem_twins: earlier_twins(&problem_texts),
            cause_twins: earlier_twins(&cause_texts),
            measure_twins: earlier_twins(&measure_texts),
            problem_texts,
            cause_texts,
            measure_texts,
            problems: draft.problems.iter().map(|p| p.id.as_str()).collect(),
            caused: draft
                .causes
                .iter()
                .flat_map(|c| &c.problems)
                .map(String::as_str)
                .collect(),
            measured: draft
                .measures
                .iter()
                .flat_map(|m| &m.problems)
                .map(String::as_str)
                .collect(),
            draft,
            checklist,
        }
    }

    /// Whether any of these ids is a problem of the draft.
    pub fn any_problem(&self, ids: &[String]) -> bool {
        ids.iter().any(|id| self.problems.contains(&id.as_str()))
    }

    /// Whether a cause is linked to the problem.
    pub fn has_cause(&self, problem: &str) -> bool {
        self.caused.contains(&problem)
    }

    /// Whether a measure is linked to the problem.
    pub fn has_measure(&self, problem: &str) -> bool {
        self.measured.contains(&problem)
    }
}

/// An item of one of the draft's lists where a handler looks: its section, its place
/// in its list, the item, and its text (summary and body together).
pub(crate) struct At<'a, T> {
    pub section: &'a Section,
    pub n: usize,
    pub item: &'a T,
    pub text: &'a str,
}

/// Every finding on a draft, in the order of the material.
pub fn check(draft: &Draft, checklist: &Checklist) -> Vec<Finding> {
    use handlers::*;
    let cx = Cx::new(draft, checklist);
    let out = &mut Vec::new();
    checklist_unchecked::draft(&cx, out);
    profile_incomplete::draft(&cx, out);
    intro_placeholder::draft(&cx, out);
    if !draft.intro.text.trim().is_empty() {
        texts::text(out, Section::Intro, FieldId::IntroText, &draft.intro.text);
    }
    last_year(&cx, out);
    for a in &checklist.aspects {
        problems(&cx, &Section::Aspect(a.id.clone()), &a.id, out);
    }
    causes(&cx, out);
    measures(&cx, out);
    if draft.kind == MaterialKind::Individual && cx.sections.contains(&Section::Explanations) {
        explanation_unanswered::draft(&cx, out);
    }
    texts::text(out, Section::Closing, FieldId::Statement, &draft.statement);
    empty_text::parts(&cx, out);
    problem_outside_checklist::draft(&cx, out);
    section_short::draft(&cx, out);
    material_length::draft(&cx, out);
    problems_and_causes_under_half::draft(&cx, out);
    relative_year::keep_in_the_meetings_year(&cx, out);
    heading_skips_level::document(&render(draft, checklist), out);
    std::mem::take(out)
}

/// 上年度整改, item by item.
fn last_year(cx: &Cx, out: &mut Vec<Finding>) {
    use handlers::*;
    last_year_empty::draft(cx, out);
    for i in &cx.draft.last_year {
        empty_text::last_year_item(i, out);
        ongoing_without_explanation::item(i, out);
        texts::last_year_item(i, out);
    }
}

/// The problems under one aspect, then the aspect's count.
fn problems(cx: &Cx, section: &Section, aspect: &str, out: &mut Vec<Finding>) {
    use handlers::*;
    let mut count = 0;
    for (n, pr) in cx.draft.problems.iter().enumerate() {
        if pr.aspect != aspect {
            continue;
        }
        count += 1;
        let at = At {
            section,
            n,
            item: pr,
            text: &cx.problem_texts[n],
        };
        if problem_without_summary::problem(&at, out) {
            continue;
        }
        empty_text::problem(&at, out);
        boilerplate::problem(cx, &at, out);
        stale_facts::problem(cx, &at, out);
        achievement_as_problem::problem(&at, out);
        others_as_own::problem(cx, &at, out);
        self_in_team::problem(cx, &at, out);
        duplicate::problem(cx, &at, out);
        repeated_from_last_year::problem(cx, &at, out);
        texts::problem(&at, out);
        problem_without_cause::problem(cx, &at, out);
        problem_without_measure::problem(cx, &at, out);
    }
    few_problems::aspect(cx, section, aspect, count, out);
}

/// 原因剖析, cause by cause.
fn causes(cx: &Cx, out: &mut Vec<Finding>) {
    use handlers::*;
    no_cause::draft(cx, out);
    let section = &Section::Causes;
    for (n, c) in cx.draft.causes.iter().enumerate() {
        let at = At {
            section,
            n,
            item: c,
            text: &cx.cause_texts[n],
        };
        linked_to_nothing::cause(cx, &at, out);
        empty_text::cause(&at, out);
        self_in_team::cause(cx, &at, out);
        objective_cause::cause(cx, &at, out);
        cause_restates_problem::cause(cx, &at, out);
        duplicate::cause(cx, &at, out);
        texts::cause(&at, out);
    }
}

/// 整改措施, measure by measure.
fn measures(cx: &Cx, out: &mut Vec<Finding>) {
    use handlers::*;
    no_measure::draft(cx, out);
    let section = &Section::Measures;
    for (n, m) in cx.draft.measures.iter().enumerate() {
        let at = At {
            section,
            n,
            item: m,
            text: &cx.measure_texts[n],
        };
        linked_to_nothing::measure(cx, &at, out);
        measure_without_deadline_or_owner::measure(cx, &at, out);
        deadline_before_meeting::measure(cx, &at, out);
        empty_text::measure(&at, out);
        vague_measure::measure(&at, out);
        duplicate::measure(cx, &at, out);
        texts::measure(&at, out);
    }
}

/// A section's status in the task list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Completed,
    HasProblem,
}

impl Status {
    /// A stable name, for `data-status` and the tests that read it.
    pub fn code(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Completed => "completed",
            Status::HasProblem => "has-problem",
        }
    }
}

/// Whether the user has put anything into a section.
pub fn started(draft: &Draft, section: &Section) -> bool {
    match section {
        Section::Profile => {
            let p = &draft.profile;
            !(p.unit.trim().is_empty() && p.person.trim().is_empty() && p.post.trim().is_empty())
        }
        Section::Intro => {
            let i = &draft.intro;
            i.study_sessions + i.opinions_team + i.opinions_person + i.talks > 0
                || !i.text.trim().is_empty()
        }
        Section::LastYear => !draft.last_year.is_empty(),
        Section::Aspect(id) => draft.problems_of(id).next().is_some(),
        Section::Causes => !draft.causes.is_empty(),
        Section::Measures => !draft.measures.is_empty(),
        Section::Explanations => {
            section_chars(draft, section) > 0
                || draft
                    .explanation_answers
                    .iter()
                    .any(|a| a.answer != Answer::Unanswered)
        }
        Section::Closing | Section::Text(_) => section_chars(draft, section) > 0,
    }
}

/// The status of a section: not started, a finding in it, marked complete, or in progress.
pub fn status(draft: &Draft, section: &Section, findings: &[Finding]) -> Status {
    if !started(draft, section) {
        return Status::NotStarted;
    }
    if findings
        .iter()
        .any(|f| &f.anchor.section == section && !f.kind.is_hint())
    {
        return Status::HasProblem;
    }
    // Short sections are complete once filled; long ones when the user says so.
    let asks = matches!(
        section,
        Section::LastYear | Section::Aspect(_) | Section::Causes | Section::Measures
    );
    if !asks || draft.section_done(&section.key()) {
        Status::Completed
    } else {
        Status::InProgress
    }
}

#[cfg(test)]
mod tests;
