//! Checks of a draft: completeness and quality, as data. Never a panic, never a block:
//! the user decides. Each finding names the field it is about, so the check page can
//! link to it.

use super::checklist::Checklist;
use super::count::{chars, Target};
use super::draft::{Draft, ItemStatus, MaterialKind, PLACEHOLDER};
use super::render::{render, Block};

pub use super::anchor::{Anchor, Section};
use super::anchor::{CausePart, FieldId, LastYearPart, MeasurePart, ProblemPart};

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
}

/// One finding of the checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    pub anchor: Anchor,
    /// A short quote of what it is about (a problem's summary, a heading), may be empty.
    pub subject: String,
}

/// Set phrases that, alone, make a problem boilerplate.
pub const SET_PHRASES: &[&str] = &[
    "学习不够深入",
    "学习不够系统",
    "理论学习不够",
    "服务意识不强",
    "担当意识不强",
    "担当精神不足",
    "工作作风不够扎实",
    "作风不够扎实",
    "思想认识不到位",
    "认识不到位",
    "调查研究不够",
    "调研不够深入",
    "联系群众不够",
    "创新意识不强",
    "标准不够高",
    "要求不够严",
    "落实不够到位",
    "有待进一步提高",
    "有待加强",
    "存在差距",
    "还有差距",
    "不够到位",
];

/// Words that mark a concrete example.
const EXAMPLE_MARKERS: &[&str] = &[
    "例如",
    "比如",
    "如在",
    "譬如",
    "其中",
    "以致",
    "导致",
    "造成",
    "全年",
    "今年",
    "去年",
    "上半年",
    "下半年",
];

fn has_number(text: &str) -> bool {
    if text
        .chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        return true;
    }
    // 三次、两个、五项 …: a Chinese numeral followed by a measure word.
    const NUMS: &str = "一二两三四五六七八九十百千";
    const MEASURES: &str = "次个项件人名天月年周批场份条家所户元万";
    let cs: Vec<char> = text.chars().collect();
    cs.windows(2)
        .any(|w| NUMS.contains(w[0]) && MEASURES.contains(w[1]) && !(w[0] == '一' && w[1] == '个'))
}

fn owned(text: &str, kind: MaterialKind) -> bool {
    let words: &[&str] = match kind {
        MaterialKind::Individual => &["我", "本人", "自己"],
        MaterialKind::Team => &["班子", "我们", "我局", "我委", "我单位", "党组", "党委"],
    };
    words.iter().any(|w| text.contains(w))
}

/// Whether a problem's text is only set phrases: a set phrase, and no number, no
/// example, or no ownership by the writer.
pub fn is_boilerplate(summary: &str, detail: &str, kind: MaterialKind) -> bool {
    let text = format!("{summary}{detail}");
    let set = SET_PHRASES.iter().any(|p| text.contains(p));
    let concrete = has_number(&text) || EXAMPLE_MARKERS.iter().any(|m| text.contains(m));
    set && (!concrete || !owned(&text, kind))
}

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
pub fn target(section: &Section, kind: MaterialKind) -> Option<Target> {
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
            if team {
                Target::new(500, 1000)
            } else {
                Target::new(330, 670)
            }
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
        Section::Explanations => chars(&draft.explanations),
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
    }
}

fn finding(kind: Kind, section: Section, field: FieldId, subject: &str) -> Finding {
    Finding {
        kind,
        anchor: Anchor { section, field },
        subject: subject.trim().chars().take(40).collect(),
    }
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

    if draft.last_year.is_empty() {
        out.push(finding(
            LastYearEmpty,
            Section::LastYear,
            FieldId::AddLastYear,
            "",
        ));
    }
    for i in &draft.last_year {
        if i.status == ItemStatus::Ongoing && i.next_steps.trim().is_empty() {
            out.push(finding(
                OngoingWithoutExplanation,
                Section::LastYear,
                FieldId::LastYear(i.id.clone(), LastYearPart::Next),
                &i.problem,
            ));
        }
    }

    for a in &checklist.aspects {
        let sec = Section::Aspect(a.id.clone());
        let mut any = false;
        for pr in draft.problems_of(&a.id) {
            any = true;
            let field = |part| FieldId::Problem(pr.id.clone(), part);
            if pr.summary.trim().is_empty() {
                let f = field(ProblemPart::Summary);
                out.push(finding(ProblemWithoutSummary, sec.clone(), f, &pr.detail));
                continue;
            }
            let detail = field(ProblemPart::Detail);
            if is_boilerplate(&pr.summary, &pr.detail, draft.kind) {
                out.push(finding(
                    BoilerplateProblem,
                    sec.clone(),
                    detail.clone(),
                    &pr.summary,
                ));
            }
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
        if !any {
            out.push(finding(
                AspectWithoutProblem,
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
    for c in &draft.causes {
        if !live(&c.problems) {
            out.push(finding(
                CauseLinkedToNothing,
                Section::Causes,
                FieldId::Cause(c.id.clone(), CausePart::Summary),
                &c.summary,
            ));
        }
    }
    if draft.measures.is_empty() {
        out.push(finding(
            NoMeasure,
            Section::Measures,
            FieldId::AddMeasure,
            "",
        ));
    }
    for m in &draft.measures {
        if !live(&m.problems) {
            out.push(finding(
                MeasureLinkedToNothing,
                Section::Measures,
                FieldId::Measure(m.id.clone(), MeasurePart::Summary),
                &m.summary,
            ));
        }
        if !m.deadline.is_set() || m.responsible.trim().is_empty() {
            let part = if m.deadline.is_set() {
                MeasurePart::Responsible
            } else {
                MeasurePart::DeadlineKind
            };
            out.push(finding(
                MeasureWithoutDeadlineOrOwner,
                Section::Measures,
                FieldId::Measure(m.id.clone(), part),
                &m.summary,
            ));
        }
    }

    // Share of 存在的问题 + 原因剖析 in the text the user wrote.
    let sections = Section::all(draft.kind, checklist);
    let total: usize = sections.iter().map(|s| section_chars(draft, s)).sum();
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
            Block::Table { .. } => {}
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
        Section::Explanations | Section::Closing => section_chars(draft, section) > 0,
    }
}

/// The status of a section: not started, a finding in it, marked complete, or in progress.
pub fn status(draft: &Draft, section: &Section, findings: &[Finding]) -> Status {
    if !started(draft, section) {
        return Status::NotStarted;
    }
    if findings.iter().any(|f| &f.anchor.section == section) {
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
