//! Checks of a draft: completeness and quality, as data. Never a panic, never a block:
//! the user decides. Each finding names the field it is about, so the check page can
//! link to it.

use super::checklist::Checklist;
use super::count::{chars, Target};
use super::draft::{parse_date, Answer, Draft, ItemStatus, MaterialKind, PLACEHOLDER};
use super::explanations::{Category, CATEGORIES};
use super::render::{render, Block};

pub use super::anchor::{Anchor, Section};
use super::anchor::{CausePart, ExplanationPart, FieldId, LastYearPart, MeasurePart, ProblemPart};

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

use super::rules;
pub use super::rules::is_boilerplate;

/// The manual numbering level a paragraph starts with, if any.
fn manual_level(text: &str) -> Option<u8> {
    let t = text.trim_start();
    let mut cs = t.chars();
    let first = cs.next()?;
    const CN: &str = "一二三四五六七八九十";
    if first == '（' || first == '(' {
        let inner: String = cs.take_while(|c| *c != '）' && *c != ')').collect();
        if !inner.is_empty() && inner.chars().all(|c| CN.contains(c)) {
            return Some(2);
        }
        if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
            return Some(4);
        }
        return None;
    }
    if CN.contains(first) {
        let rest: String = t.chars().skip_while(|c| CN.contains(*c)).take(1).collect();
        return (rest == "、").then_some(1);
    }
    if first.is_ascii_digit() {
        let rest: String = t
            .chars()
            .skip_while(|c| c.is_ascii_digit())
            .take(1)
            .collect();
        return (rest == "." || rest == "．" || rest == "、").then_some(3);
    }
    None
}

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

fn finding(kind: Kind, section: Section, field: FieldId, subject: &str) -> Finding {
    Finding {
        kind,
        anchor: Anchor { section, field },
        subject: subject.trim().chars().take(40).collect(),
    }
}

/// For each text of a list, the first earlier one that is the same or nearly the same
/// text (each text's fingerprint made once).
fn earlier_twins(texts: impl Iterator<Item = String>) -> Vec<Option<usize>> {
    let prints: Vec<rules::Print> = texts.map(|t| rules::Print::new(&t)).collect();
    (0..prints.len())
        .map(|n| (0..n).find(|&o| prints[o].same(&prints[n])))
        .collect()
}

/// The first 20 characters of a text, to name it in a finding.
fn short(text: &str) -> String {
    text.trim().chars().take(20).collect()
}

/// The checks every text of the material gets: 【待补】 left in it, half-width
/// punctuation, relative year words. One finding of each kind per field.
fn writing(out: &mut Vec<Finding>, section: Section, field: FieldId, text: &str) {
    if rules::has_placeholder(text) {
        out.push(finding(
            Kind::Placeholder,
            section.clone(),
            field.clone(),
            text,
        ));
    }
    if let Some(c) = rules::half_width_mark(text) {
        out.push(finding(
            Kind::HalfWidthPunct(c),
            section.clone(),
            field.clone(),
            text,
        ));
    }
    if let Some(w) = rules::relative_year(text) {
        out.push(finding(
            Kind::RelativeYear(w.to_string()),
            section,
            field,
            text,
        ));
    }
}

/// 需要向组织说明的事项: an answer 有 needs its details; once one category is answered,
/// every category needs an answer.
fn explanations(out: &mut Vec<Finding>, draft: &Draft) {
    let sec = Section::Explanations;
    let answered = |c: &Category| {
        draft
            .answer(c.id)
            .map(|a| a.answer)
            .unwrap_or(Answer::Unanswered)
    };
    let any = CATEGORIES.iter().any(|c| answered(c) != Answer::Unanswered);
    for c in CATEGORIES {
        let field = |part| FieldId::Explanation(c.id.to_string(), part);
        match answered(c) {
            Answer::Unanswered if any => out.push(finding(
                Kind::ExplanationUnanswered,
                sec.clone(),
                field(ExplanationPart::Answer),
                c.title_zh,
            )),
            Answer::Has => {
                let details = draft.answer(c.id).map(|a| a.details.as_str()).unwrap_or("");
                if details.trim().is_empty() {
                    out.push(finding(
                        Kind::EmptyText,
                        sec.clone(),
                        field(ExplanationPart::Details),
                        c.title_zh,
                    ));
                }
                writing(out, sec.clone(), field(ExplanationPart::Details), details);
            }
            _ => {}
        }
    }
    writing(out, sec, FieldId::Explanations, &draft.explanations);
}

/// Every finding on a draft, in the order of the sections.
pub fn check(draft: &Draft, checklist: &Checklist) -> Vec<Finding> {
    use Kind::*;
    let mut out = Vec::new();
    let p = &draft.profile;
    let needs = match draft.kind {
        MaterialKind::Team => p.unit.trim().is_empty(),
        MaterialKind::Individual => p.person.trim().is_empty() || p.post.trim().is_empty(),
    };
    // The checklist: the year's own, checked against the notice.
    if let Some(from) = draft.stands_in(checklist) {
        out.push(finding(
            ChecklistStandIn(from),
            Section::Profile,
            FieldId::ChecklistChoice,
            "",
        ));
    } else if let Some(from) = checklist.unchecked_copy() {
        out.push(finding(
            ChecklistCopyUnchecked(from.year),
            Section::Profile,
            FieldId::ChecklistChoice,
            &checklist.label_zh,
        ));
    }
    if needs && p.title.trim().is_empty() {
        let field = match draft.kind {
            MaterialKind::Team => FieldId::Unit,
            MaterialKind::Individual if p.person.trim().is_empty() => FieldId::Person,
            MaterialKind::Individual => FieldId::Post,
        };
        out.push(finding(ProfileIncomplete, Section::Profile, field, ""));
    }

    let intro = if draft.intro.text.trim().is_empty() {
        super::render::generated_intro(draft, checklist)
    } else {
        draft.intro.text.clone()
    };
    if intro.contains(PLACEHOLDER) {
        out.push(finding(
            IntroPlaceholder,
            Section::Intro,
            FieldId::StudySessions,
            "",
        ));
    }

    if !draft.intro.text.trim().is_empty() {
        writing(
            &mut out,
            Section::Intro,
            FieldId::IntroText,
            &draft.intro.text,
        );
    }

    if draft.last_year.is_empty() {
        out.push(finding(
            LastYearEmpty,
            Section::LastYear,
            FieldId::AddLastYear,
            "",
        ));
    }
    for i in &draft.last_year {
        let field = |part| FieldId::LastYear(i.id.clone(), part);
        // One finding per item, at its first empty part.
        if let Some(part) = [
            (LastYearPart::Problem, &i.problem),
            (LastYearPart::Measure, &i.measure),
            (LastYearPart::Result, &i.result),
        ]
        .into_iter()
        .find(|(_, text)| text.trim().is_empty())
        .map(|(part, _)| part)
        {
            out.push(finding(
                EmptyText,
                Section::LastYear,
                field(part),
                &i.problem,
            ));
        }
        if i.status == ItemStatus::Ongoing && i.next_steps.trim().is_empty() {
            out.push(finding(
                OngoingWithoutExplanation,
                Section::LastYear,
                field(LastYearPart::Next),
                &i.problem,
            ));
        }
        for (part, text) in [
            (LastYearPart::Problem, &i.problem),
            (LastYearPart::Measure, &i.measure),
            (LastYearPart::Result, &i.result),
            (LastYearPart::Next, &i.next_steps),
        ] {
            writing(&mut out, Section::LastYear, field(part), text);
        }
    }

    let usual = rules::rules().usual_problems_per_aspect;
    let problem_twins = earlier_twins(
        draft
            .problems
            .iter()
            .map(|p| format!("{}{}", p.summary, p.detail)),
    );
    for a in &checklist.aspects {
        let sec = Section::Aspect(a.id.clone());
        let mut count = 0u32;
        for pr in draft.problems_of(&a.id) {
            count += 1;
            let field = |part| FieldId::Problem(pr.id.clone(), part);
            if pr.summary.trim().is_empty() {
                let f = field(ProblemPart::Summary);
                out.push(finding(ProblemWithoutSummary, sec.clone(), f, &pr.detail));
                continue;
            }
            let detail = field(ProblemPart::Detail);
            let text = format!("{}{}", pr.summary, pr.detail);
            if pr.detail.trim().is_empty() {
                out.push(finding(EmptyText, sec.clone(), detail.clone(), &pr.summary));
            } else if is_boilerplate(&pr.summary, &pr.detail, draft.kind) {
                out.push(finding(
                    BoilerplateProblem,
                    sec.clone(),
                    detail.clone(),
                    &pr.summary,
                ));
            }
            if let Some(y) = rules::stale_year(&text, draft.profile.year) {
                out.push(finding(
                    StaleFacts(y),
                    sec.clone(),
                    detail.clone(),
                    &pr.summary,
                ));
            }
            if rules::is_achievement(&text) {
                out.push(finding(
                    AchievementAsProblem,
                    sec.clone(),
                    detail.clone(),
                    &pr.summary,
                ));
            }
            let team = draft.kind == MaterialKind::Team;
            let others = if team {
                rules::is_subordinates_problem(&text)
            } else {
                rules::is_others_problem(&text)
            };
            if others {
                out.push(finding(
                    OthersAsOwn,
                    sec.clone(),
                    detail.clone(),
                    &pr.summary,
                ));
            }
            if team && rules::is_first_person_singular(&text) {
                out.push(finding(
                    FirstPersonInTeam,
                    sec.clone(),
                    detail.clone(),
                    &pr.summary,
                ));
            }
            let at = draft
                .problems
                .iter()
                .position(|o| o.id == pr.id)
                .unwrap_or(0);
            if let Some(other) = problem_twins[at].map(|o| &draft.problems[o]) {
                out.push(finding(
                    Duplicate(short(&other.summary)),
                    sec.clone(),
                    detail.clone(),
                    &pr.summary,
                ));
            }
            if let Some(old) = draft
                .last_year
                .iter()
                .find(|l| rules::repeats(&l.problem, &text))
            {
                out.push(finding(
                    RepeatedFromLastYear(short(&old.problem)),
                    sec.clone(),
                    detail.clone(),
                    &pr.summary,
                ));
            }
            writing(
                &mut out,
                sec.clone(),
                field(ProblemPart::Summary),
                &pr.summary,
            );
            writing(&mut out, sec.clone(), detail.clone(), &pr.detail);
            if !draft.causes.iter().any(|c| c.problems.contains(&pr.id)) {
                out.push(finding(
                    ProblemWithoutCause,
                    sec.clone(),
                    detail.clone(),
                    &pr.summary,
                ));
            }
            if !draft.measures.iter().any(|m| m.problems.contains(&pr.id)) {
                out.push(finding(
                    ProblemWithoutMeasure,
                    sec.clone(),
                    detail,
                    &pr.summary,
                ));
            }
        }
        if count == 0 {
            out.push(finding(
                AspectWithoutProblem,
                sec,
                FieldId::AddProblem,
                &a.short_zh,
            ));
        } else if count < usual {
            out.push(finding(
                FewProblems(usual),
                sec,
                FieldId::AddProblem,
                &a.short_zh,
            ));
        }
    }

    let live = |ids: &Vec<String>| {
        ids.iter()
            .any(|id| draft.problems.iter().any(|p| &p.id == id))
    };
    if draft.causes.is_empty() {
        out.push(finding(NoCause, Section::Causes, FieldId::AddCause, ""));
    }
    let cause_twins = earlier_twins(
        draft
            .causes
            .iter()
            .map(|c| format!("{}{}", c.summary, c.text)),
    );
    for (n, c) in draft.causes.iter().enumerate() {
        let field = |part| FieldId::Cause(c.id.clone(), part);
        let text = format!("{}{}", c.summary, c.text);
        if !live(&c.problems) {
            out.push(finding(
                CauseLinkedToNothing,
                Section::Causes,
                field(CausePart::Summary),
                &c.summary,
            ));
        }
        if c.text.trim().is_empty() {
            out.push(finding(
                EmptyText,
                Section::Causes,
                field(CausePart::Text),
                &c.summary,
            ));
        }
        if draft.kind == MaterialKind::Team && rules::is_first_person_singular(&text) {
            out.push(finding(
                FirstPersonInTeam,
                Section::Causes,
                field(CausePart::Text),
                &c.summary,
            ));
        }
        if rules::is_objective_cause(&text, draft.kind) {
            out.push(finding(
                ObjectiveCause,
                Section::Causes,
                field(CausePart::Text),
                &c.summary,
            ));
        }
        let restated = draft
            .problems
            .iter()
            .filter(|p| c.problems.contains(&p.id))
            .any(|p| rules::restates(&text, &format!("{}{}", p.summary, p.detail)));
        if restated {
            out.push(finding(
                CauseRestatesProblem,
                Section::Causes,
                field(CausePart::Text),
                &c.summary,
            ));
        }
        if let Some(other) = cause_twins[n].map(|o| &draft.causes[o]) {
            out.push(finding(
                Duplicate(short(&other.summary)),
                Section::Causes,
                field(CausePart::Text),
                &c.summary,
            ));
        }
        writing(
            &mut out,
            Section::Causes,
            field(CausePart::Summary),
            &c.summary,
        );
        writing(&mut out, Section::Causes, field(CausePart::Text), &c.text);
    }
    if draft.measures.is_empty() {
        out.push(finding(
            NoMeasure,
            Section::Measures,
            FieldId::AddMeasure,
            "",
        ));
    }
    let measure_twins = earlier_twins(
        draft
            .measures
            .iter()
            .map(|m| format!("{}{}", m.summary, m.text)),
    );
    for (n, m) in draft.measures.iter().enumerate() {
        let field = |part| FieldId::Measure(m.id.clone(), part);
        let text = format!("{}{}", m.summary, m.text);
        if !live(&m.problems) {
            out.push(finding(
                MeasureLinkedToNothing,
                Section::Measures,
                field(MeasurePart::Summary),
                &m.summary,
            ));
        }
        let no_department = draft.kind == MaterialKind::Team && m.department.trim().is_empty();
        if !m.deadline.is_set() || m.responsible.trim().is_empty() || no_department {
            let part = if !m.deadline.is_set() {
                MeasurePart::DeadlineKind
            } else if m.responsible.trim().is_empty() {
                MeasurePart::Responsible
            } else {
                MeasurePart::Department
            };
            out.push(finding(
                MeasureWithoutDeadlineOrOwner,
                Section::Measures,
                field(part),
                &m.summary,
            ));
        }
        if let super::draft::Deadline::Date(day) = &m.deadline {
            let meeting = draft.profile.meeting_date.trim();
            let (a, b) = (parse_date(day), parse_date(meeting));
            if a.is_some() && b.is_some() && a < b {
                out.push(finding(
                    DeadlineBeforeMeeting(day.clone()),
                    Section::Measures,
                    field(MeasurePart::Date),
                    &m.summary,
                ));
            }
        }
        if m.text.trim().is_empty() {
            out.push(finding(
                EmptyText,
                Section::Measures,
                field(MeasurePart::Text),
                &m.summary,
            ));
        } else if rules::is_vague_measure(&text) {
            out.push(finding(
                VagueMeasure,
                Section::Measures,
                field(MeasurePart::Text),
                &m.summary,
            ));
        }
        if let Some(other) = measure_twins[n].map(|o| &draft.measures[o]) {
            out.push(finding(
                Duplicate(short(&other.summary)),
                Section::Measures,
                field(MeasurePart::Text),
                &m.summary,
            ));
        }
        writing(
            &mut out,
            Section::Measures,
            field(MeasurePart::Summary),
            &m.summary,
        );
        writing(
            &mut out,
            Section::Measures,
            field(MeasurePart::Text),
            &m.text,
        );
        writing(
            &mut out,
            Section::Measures,
            field(MeasurePart::Responsible),
            &m.responsible,
        );
        writing(
            &mut out,
            Section::Measures,
            field(MeasurePart::Department),
            &m.department,
        );
    }
    if draft.kind == MaterialKind::Individual
        && Section::all(draft.kind, checklist).contains(&Section::Explanations)
    {
        explanations(&mut out, draft);
    }

    writing(
        &mut out,
        Section::Closing,
        FieldId::Statement,
        &draft.statement,
    );

    // The year's own free-text parts: a required one must be written.
    for part in &checklist.text_parts {
        let sec = Section::Text(part.id.clone());
        if !Section::all(draft.kind, checklist).contains(&sec) {
            continue;
        }
        let field = FieldId::PartText(part.id.clone());
        let text = draft.part_texts.get(&part.id).map_or("", String::as_str);
        if text.trim().is_empty() && !part.optional {
            out.push(finding(EmptyText, sec.clone(), field.clone(), &part.zh));
        }
        writing(&mut out, sec, field, text);
    }

    // Problems kept from another checklist, waiting to be moved.
    for pr in draft.stray_problems(checklist) {
        let subject = if pr.summary.trim().is_empty() {
            &pr.detail
        } else {
            &pr.summary
        };
        out.push(finding(
            ProblemOutsideChecklist,
            Section::Profile,
            FieldId::MoveProblem(pr.id.clone()),
            subject,
        ));
    }

    // Sections and the whole material far under their reference length.
    let sections = Section::all(draft.kind, checklist);
    for s in &sections {
        let aspects = checklist.aspects.len();
        let (Some(t), n) = (target(s, draft.kind, aspects), section_chars(draft, s)) else {
            continue;
        };
        if n > 0 && n * 2 < t.min {
            out.push(finding(
                SectionShort(n as u32, t.min as u32),
                s.clone(),
                FieldId::StepHeading,
                "",
            ));
        }
    }
    let total: usize = sections.iter().map(|s| section_chars(draft, s)).sum();
    let Target { min, max } = total_target(draft.kind);
    let length = if total > max * 3 / 2 {
        Some(MaterialLong(total as u32, max as u32))
    } else if total > 0 && total * 2 < min {
        Some(MaterialShort(total as u32, min as u32))
    } else {
        None
    };
    if let (Some(kind), Some(first)) = (length, checklist.aspects.first()) {
        out.push(finding(
            kind,
            Section::Aspect(first.id.clone()),
            FieldId::StepHeading,
            "",
        ));
    }

    // Share of 存在的问题 + 原因剖析 in the text the user wrote.
    let core: usize = sections
        .iter()
        .filter(|s| matches!(s, Section::Aspect(_) | Section::Causes))
        .map(|s| section_chars(draft, s))
        .sum();
    if total >= 500 && core * 2 < total {
        let pct = (core * 100 / total) as u32;
        out.push(finding(
            ProblemsAndCausesUnderHalf(pct),
            Section::Causes,
            FieldId::StepHeading,
            "",
        ));
    }

    // 今年, 明年 read right only when the meeting is held in the year the material is
    // about; when the meeting date says so, they stay.
    let same_year = super::draft::parse_date(&draft.profile.meeting_date)
        .is_some_and(|(y, _, _)| y == draft.profile.year);
    if same_year {
        out.retain(|f| !matches!(f.kind, Kind::RelativeYear(_)));
    }

    // Numbering the user typed inside paragraphs must not skip a level.
    let doc = render(draft, checklist);
    let mut level = 0u8;
    let mut section = Section::Intro;
    for b in &doc.blocks {
        match b {
            Block::Heading {
                level: l,
                section: s,
                ..
            } => {
                level = *l;
                if let Some(s) = s {
                    section = s.clone();
                }
            }
            Block::Paragraph(runs) => {
                let text: String = runs.iter().map(|r| r.text.as_str()).collect();
                // Inline leads (一是……) are not headings.
                let start = runs
                    .iter()
                    .find(|r| !r.strong)
                    .map(|r| r.text.as_str())
                    .unwrap_or("");
                let own = if runs.len() > 1 { start } else { text.as_str() };
                if let Some(l) = manual_level(own) {
                    if l > level + 1 {
                        out.push(finding(
                            HeadingSkipsLevel,
                            section.clone(),
                            FieldId::StepHeading,
                            own,
                        ));
                    }
                    level = l;
                }
            }
            Block::Note(_) | Block::Signature { .. } => {}
        }
    }
    out
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
