//! Rendering a draft into a document: the tree that the preview, the print view and
//! the exports all draw. The words here are the material's own (always Chinese,
//! whatever the UI language), not UI text.

use super::anchor::Section;
use super::checklist::{Checklist, Part};
use super::draft::{
    Answer, Draft, ExplanationAnswer, ItemSource, ItemStatus, LastYearItem, MaterialKind,
    TitleForm, PLACEHOLDER,
};
use super::explanations::{Category, CATEGORIES};
use super::numbering::{heading_number, ordinal_lead};

/// A run of text inside a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    /// Set in bold (the "一是……" leads).
    pub strong: bool,
}

/// One block of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A numbered heading, level 1 (一、) to 4 (（1）).
    Heading {
        level: u8,
        number: String,
        text: String,
        /// The section it starts, if it starts one (for links back to the editor).
        section: Option<Section>,
    },
    /// A body paragraph, indented two characters.
    Paragraph(Vec<Run>),
    /// The closing block under the material: who signs it (the 党组/党委 for a team,
    /// the person for an individual) and, when known, the date, right-aligned.
    Signature { name: String, date: Option<String> },
    /// The 附件说明 under the body, after one blank line: "附件：整改清单".
    Note(String),
}

/// The 整改清单, an attachment on pages of its own (landscape), with its header
/// repeated on every page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    /// 整改清单
    pub title: String,
    pub header: Vec<String>,
    /// How wide each column is, in characters of the table's type (the measure column:
    /// what the others leave of the line, in whole characters).
    pub widths: Vec<u32>,
    pub rows: Vec<Vec<String>>,
}

/// The whole rendered material.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub title: String,
    pub subtitle: Option<String>,
    pub blocks: Vec<Block>,
    /// The 整改清单, when the draft has measures.
    pub attachment: Option<Attachment>,
}

impl Document {
    /// All the text, in order, one block a line (for counts, tests and plain export).
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        out.push_str(&self.title);
        out.push('\n');
        if let Some(s) = &self.subtitle {
            out.push_str(s);
            out.push('\n');
        }
        for b in &self.blocks {
            match b {
                Block::Heading { number, text, .. } => {
                    out.push_str(number);
                    out.push_str(text);
                }
                Block::Paragraph(runs) => {
                    for r in runs {
                        out.push_str(&r.text);
                    }
                }
                Block::Signature { name, date } => {
                    out.push_str(name);
                    if let Some(d) = date {
                        out.push('\n');
                        out.push_str(d);
                    }
                }
                Block::Note(text) => out.push_str(text),
            }
            out.push('\n');
        }
        if let Some(a) = &self.attachment {
            out.push_str("附件\n");
            out.push_str(&a.title);
            out.push('\n');
            out.push_str(&a.header.join("\t"));
            for r in &a.rows {
                out.push('\n');
                out.push_str(&r.join("\t"));
            }
            out.push('\n');
        }
        out
    }
}

/// 上年度整改落实情况: a summary, then each item; grouped under a heading per source
/// when items come from more than the previous meeting (巡视巡察, 主题教育 …).
fn last_year(h: &mut Headings, draft: &Draft, checklist: &Checklist) {
    let count = |items: &[&LastYearItem]| {
        let done = items
            .iter()
            .filter(|i| i.status == ItemStatus::Done)
            .count();
        (items.len(), done, items.len() - done)
    };
    let groups = super::draft::last_year_groups(&draft.last_year);
    let item = |h: &mut Headings, n: usize, item: &LastYearItem| {
        let mut rest = String::new();
        rest.push_str(&sentence(&item.measure));
        match item.status {
            ItemStatus::Done => rest.push_str("已完成整改。"),
            ItemStatus::Ongoing => rest.push_str("目前仍在持续推进。"),
        }
        rest.push_str(&sentence(&item.result));
        if item.status == ItemStatus::Ongoing {
            rest.push_str(&sentence(&item.next_steps));
        }
        let lead = format!("{}{}", ordinal_lead(n + 1), sentence(&or_ph(&item.problem)));
        h.blocks.push(lead_para(lead, rest));
    };
    if let [((ItemSource::Meeting, _), items)] = groups.as_slice() {
        let (total, done, ongoing) = count(items);
        h.blocks.push(para(format!(
            "上年度民主生活会共查摆问题{total}个，逐项制定整改措施。目前，已完成整改{done}个，持续推进{ongoing}个。"
        )));
        for (n, i) in items.iter().enumerate() {
            item(h, n, i);
        }
        return;
    }
    let previous = checklist.previous_meeting_for(draft.profile.year);
    let names = |(s, c): (ItemSource, u32)| s.names(&previous, checklist.campaign(c as usize));
    let parts: Vec<String> = groups
        .iter()
        .map(|(k, items)| {
            let (total, done, ongoing) = count(items);
            format!(
                "{}{total}个，已完成整改{done}个、持续推进{ongoing}个",
                names(*k).problems
            )
        })
        .collect();
    let (total, done, ongoing) = count(&draft.last_year.iter().collect::<Vec<_>>());
    h.blocks.push(para(format!(
        "共有整改事项{total}个，已完成整改{done}个，持续推进{ongoing}个。其中，{}。",
        parts.join("；")
    )));
    for (k, items) in &groups {
        h.heading(2, names(*k).heading, None);
        for (n, i) in items.iter().enumerate() {
            item(h, n, i);
        }
    }
}

pub use super::draft::written_date;

/// Adds "。" unless the text already ends a sentence. A closing quote or bracket ends
/// one only when a sentence end stands inside it (…。” or …。）); “两个确立” or
/// （2022年） at the end still needs its full stop.
pub(crate) fn sentence(s: &str) -> String {
    let t = s.trim();
    if t.is_empty() {
        return String::new();
    }
    let ends = |c: char| matches!(c, '。' | '！' | '？' | '；' | '…' | '.' | '!' | '?');
    let closing = |c: char| matches!(c, '”' | '’' | '）' | ')' | '」' | '』' | '》' | '】');
    let last_open = t.chars().rev().find(|c| !closing(*c));
    let last = t.chars().last().unwrap_or(' ');
    if ends(last) || (closing(last) && last_open.is_some_and(ends)) {
        t.to_string()
    } else {
        format!("{t}。")
    }
}

fn fact(n: u32) -> String {
    if n == 0 {
        PLACEHOLDER.to_string()
    } else {
        n.to_string()
    }
}

pub(crate) fn para(text: impl Into<String>) -> Block {
    Block::Paragraph(vec![Run {
        text: text.into(),
        strong: false,
    }])
}

fn lead_para(lead: String, rest: String) -> Block {
    let mut runs = vec![Run {
        text: lead,
        strong: true,
    }];
    if !rest.is_empty() {
        runs.push(Run {
            text: rest,
            strong: false,
        });
    }
    Block::Paragraph(runs)
}

struct Headings {
    counters: [usize; 4],
    blocks: Vec<Block>,
}

impl Headings {
    fn heading(&mut self, level: u8, text: impl Into<String>, section: Option<Section>) {
        let i = usize::from(level - 1);
        self.counters[i] += 1;
        for c in &mut self.counters[i + 1..] {
            *c = 0;
        }
        self.blocks.push(Block::Heading {
            level,
            number: heading_number(level, self.counters[i]),
            text: text.into(),
            section,
        });
    }
}

/// Quotes `s` in “”, turning quotes inside it into ‘’ as Chinese usage wants.
pub fn quote(s: &str) -> String {
    format!("“{}”", s.replace('“', "‘").replace('”', "’"))
}

/// The generated opening paragraph (导语): the checklist's pattern, filled with the
/// preparation facts.
pub fn generated_intro(draft: &Draft, checklist: &Checklist) -> String {
    let i = &draft.intro;
    let (pattern, opinions) = match draft.kind {
        MaterialKind::Team => (&checklist.intro.team_zh, i.opinions_team),
        MaterialKind::Individual => (&checklist.intro.individual_zh, i.opinions_person),
    };
    // The year's campaign, where the pattern names it (a unit's copy of another
    // year's checklist names it so, and follows the campaign the unit types in).
    let campaign = checklist
        .campaigns
        .first()
        .map_or_else(|| PLACEHOLDER.to_string(), |c| c.stem().to_string());
    let text = pattern
        .replace("{year}", &draft.profile.year.to_string())
        .replace("{theme}", &quote(&checklist.theme_zh))
        .replace("{studies}", &fact(i.study_sessions))
        .replace("{opinions}", &fact(opinions))
        .replace("{talks}", &fact(i.talks))
        .replace("{checklist}", &checklist.checklist_name_zh)
        .replace("{campaign}", &campaign);
    // The closing words follow what the title calls the material.
    match draft.title_form() {
        TitleForm::Inspection => text.replace("对照检查情况报告如下", "检视剖析情况报告如下"),
        TitleForm::Outline | TitleForm::OutlineAt => text.replace(
            "现将个人对照检查情况报告如下",
            "现将个人对照检查情况发言如下",
        ),
        TitleForm::Comparison => text,
    }
}

/// Renders the whole material in order.
pub fn render(draft: &Draft, checklist: &Checklist) -> Document {
    let mut h = Headings {
        counters: [0; 4],
        blocks: Vec::new(),
    };
    // The parts in the order this year's checklist gives for this kind of material.
    for part in checklist.parts(draft.kind) {
        match part {
            Part::Intro => intro_part(&mut h, draft, checklist),
            Part::LastYear => last_year_part(&mut h, draft, checklist),
            Part::Problems => problems_part(&mut h, draft, checklist),
            Part::Explanations => explanations_part(&mut h, draft),
            Part::Causes => causes_part(&mut h, draft, checklist),
            Part::Measures => measures_part(&mut h, draft),
            Part::Closing => closing_part(&mut h, draft),
            Part::Text(i) => text_part(&mut h, draft, checklist, i),
        }
    }
    signature(&mut h, draft);
    Document {
        title: draft.title_in(checklist),
        subtitle: subtitle(draft),
        blocks: paragraphs_by_line(h.blocks),
        attachment: attachment(draft),
    }
}

/// 导语: the user's own, or the one the checklist's pattern builds.
fn intro_part(h: &mut Headings, draft: &Draft, checklist: &Checklist) {
    // 导语
    let intro = if draft.intro.text.trim().is_empty() {
        generated_intro(draft, checklist)
    } else {
        draft.intro.text.trim().to_string()
    };
    for p in intro.lines().filter(|l| !l.trim().is_empty()) {
        h.blocks.push(para(p.trim()));
    }
}

/// 一、上年度整改落实情况.
fn last_year_part(h: &mut Headings, draft: &Draft, checklist: &Checklist) {
    // 一、上年度整改落实情况
    let own = if draft.kind == MaterialKind::Individual {
        "个人"
    } else {
        ""
    };
    h.heading(
        1,
        format!(
            "{}{own}整改落实情况",
            checklist.previous_meeting_for(draft.profile.year)
        ),
        Some(Section::LastYear),
    );
    if draft.last_year.is_empty() {
        h.blocks.push(para(PLACEHOLDER));
    } else {
        last_year(h, draft, checklist);
    }
}

/// 二、存在的问题, aspect by aspect.
fn problems_part(h: &mut Headings, draft: &Draft, checklist: &Checklist) {
    // 二、存在的问题
    h.heading(1, "存在的问题", None);
    for aspect in &checklist.aspects {
        let wording = draft
            .wording_override
            .get(&aspect.id)
            .filter(|w| !w.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| {
                aspect
                    .wording(draft.wording_choice.get(&aspect.id).map(String::as_str))
                    .zh
                    .clone()
            });
        h.heading(2, wording, Some(Section::Aspect(aspect.id.clone())));
        let mut any = false;
        for (n, p) in draft.problems_of(&aspect.id).enumerate() {
            any = true;
            let lead = format!("{}{}", ordinal_lead(n + 1), sentence(&or_ph(&p.summary)));
            h.blocks.push(lead_para(lead, p.detail.trim().to_string()));
        }
        if !any {
            h.blocks.push(para(PLACEHOLDER));
        }
    }
}

/// 需要向组织说明的事项 (individual, optional): the categories answered, then the text.
fn explanations_part(h: &mut Headings, draft: &Draft) {
    // 三、需要向组织说明的事项 (individual, optional)
    let answered: Vec<(&Category, &ExplanationAnswer)> = CATEGORIES
        .iter()
        .filter_map(|c| Some((c, draft.answer(c.id)?)))
        .filter(|(_, a)| a.answer != Answer::Unanswered)
        .collect();
    if !answered.is_empty() || !draft.explanations.trim().is_empty() {
        h.heading(1, "需要向组织说明的事项", Some(Section::Explanations));
        for (n, (c, a)) in answered.iter().enumerate() {
            let text = match a.answer {
                Answer::None => c.none_zh.to_string(),
                _ => sentence(&or_ph(&a.details)),
            };
            let lead = format!("{}关于{}。", ordinal_lead(n + 1), c.title_zh);
            h.blocks.push(lead_para(lead, text));
        }
        for p in draft.explanations.lines().filter(|l| !l.trim().is_empty()) {
            h.blocks.push(para(p.trim()));
        }
    }
}

/// 原因剖析: each cause under its summary (or its dimension).
fn causes_part(h: &mut Headings, draft: &Draft, checklist: &Checklist) {
    // 原因剖析
    h.heading(1, "原因剖析", Some(Section::Causes));
    if draft.causes.is_empty() {
        h.blocks.push(para(PLACEHOLDER));
    }
    let dims = checklist.dimensions(draft.kind);
    for c in &draft.causes {
        let title = if c.summary.trim().is_empty() {
            dims.iter()
                .find(|d| d.id == c.dimension)
                .map(|d| d.zh.clone())
                .unwrap_or_else(|| PLACEHOLDER.to_string())
        } else {
            c.summary.trim().to_string()
        };
        h.heading(2, title, None);
        h.blocks.push(para(or_ph(&c.text)));
    }
}

/// 整改措施: each measure under its summary.
fn measures_part(h: &mut Headings, draft: &Draft) {
    // 整改措施
    h.heading(1, "整改措施", Some(Section::Measures));
    if draft.measures.is_empty() {
        h.blocks.push(para(PLACEHOLDER));
    }
    for m in &draft.measures {
        h.heading(2, or_ph(&m.summary), None);
        h.blocks.push(para(or_ph(&m.text)));
    }
}

/// The closing statement (表态).
fn closing_part(h: &mut Headings, draft: &Draft) {
    if !draft.statement.trim().is_empty() {
        for p in draft.statement.lines().filter(|l| !l.trim().is_empty()) {
            h.blocks.push(para(p.trim()));
        }
    }
}

/// A part of this year's own (e.g. 反面典型案例剖析): an optional one only when written.
fn text_part(h: &mut Headings, draft: &Draft, checklist: &Checklist, i: usize) {
    // A part of this year's own, e.g. 反面典型案例剖析.
    let Some(part) = checklist.text_parts.get(i) else {
        return;
    };
    let text = draft.part_texts.get(&part.id).map_or("", |t| t.trim());
    if text.is_empty() && part.optional {
        return;
    }
    h.heading(1, part.zh.clone(), Some(Section::Text(part.id.clone())));
    if text.is_empty() {
        h.blocks.push(para(PLACEHOLDER));
    }
    for p in text.lines().filter(|l| !l.trim().is_empty()) {
        h.blocks.push(para(p.trim()));
    }
}

/// 附件说明, then 署名 and date under the material.
fn signature(h: &mut Headings, draft: &Draft) {
    if !draft.measures.is_empty() {
        h.blocks
            .push(Block::Note(format!("附件：{ATTACHMENT_TITLE}")));
    }
    let name = match draft.kind {
        MaterialKind::Team => or_ph(&draft.profile.unit),
        MaterialKind::Individual => or_ph(&draft.profile.person),
    };
    h.blocks.push(Block::Signature {
        name,
        date: written_date(&draft.profile.meeting_date),
    });
}

/// The 整改清单, the attachment: a row for each measure.
fn attachment(draft: &Draft) -> Option<Attachment> {
    if draft.measures.is_empty() {
        return None;
    }
    let team = draft.kind == MaterialKind::Team;
    let rows: Vec<Vec<String>> = draft
        .measures
        .iter()
        .enumerate()
        .map(|(n, m)| {
            let problems = m
                .problems
                .iter()
                .filter_map(|id| draft.problems.iter().find(|p| &p.id == id))
                .map(|p| p.summary.trim().to_string())
                .collect::<Vec<_>>()
                .join("；");
            let mut row = vec![
                (n + 1).to_string(),
                problems,
                or_ph(&m.summary),
                or_ph(&m.responsible),
            ];
            if team {
                row.push(or_ph(&m.department));
            }
            row.push(or_ph(&m.deadline.material_text()));
            // Before the meeting every measure is still to be carried out; the
            // rectification ledger (after the meeting) is where it moves on.
            row.push("待整改".into());
            row
        })
        .collect();
    // Widths in characters of the table's 小四 (12 pt) type. In the 225 mm (637.8 pt)
    // landscape line each column also takes 7 pt of padding and rule; the measure
    // column gets what the others leave, here rounded down to whole characters
    // (the preview and the Word file give it the exact rest, a fraction more).
    let (header, widths): (&[&str], &[u32]) = if team {
        (
            &[
                "序号",
                "问题",
                "整改措施",
                "责任领导",
                "责任部门",
                "完成时限",
                "状态",
            ],
            &[2, 12, 16, 4, 5, 7, 3],
        )
    } else {
        (
            &["序号", "问题", "整改措施", "责任人", "完成时限", "状态"],
            &[2, 14, 19, 4, 7, 3],
        )
    };
    // A line break typed into a field does not break a table row.
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|r: Vec<String>| r.iter().map(|c| one_line(c)).collect())
        .collect();
    Some(Attachment {
        title: ATTACHMENT_TITLE.into(),
        header: header.iter().map(|s| s.to_string()).collect(),
        widths: widths.to_vec(),
        rows,
    })
}

/// The line under an individual material's title: post and name.
fn subtitle(draft: &Draft) -> Option<String> {
    match draft.kind {
        MaterialKind::Individual => {
            let s = [draft.profile.post.trim(), draft.profile.person.trim()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("　");
            (!s.is_empty()).then_some(s)
        }
        MaterialKind::Team => None,
    }
}

/// A line typed into a field's text, joined to the next without a break.
fn one_line(s: &str) -> String {
    s.lines().map(str::trim).collect()
}

/// Line breaks typed into a text start new paragraphs (each indented), so that the
/// pages, the Word file and plain text break them alike.
fn paragraphs_by_line(blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        let Block::Paragraph(runs) = b else {
            out.push(b);
            continue;
        };
        let mut current: Vec<Run> = Vec::new();
        for r in runs {
            for (i, piece) in r.text.split('\n').enumerate() {
                if i > 0 && !current.is_empty() {
                    out.push(Block::Paragraph(std::mem::take(&mut current)));
                }
                let piece = piece.trim();
                if !piece.is_empty() {
                    current.push(Run {
                        text: piece.to_string(),
                        strong: r.strong,
                    });
                }
            }
        }
        if !current.is_empty() {
            out.push(Block::Paragraph(current));
        }
    }
    out
}

/// The attachment's name, in the 附件说明 and over its table.
pub const ATTACHMENT_TITLE: &str = "整改清单";

pub(crate) fn or_ph(s: &str) -> String {
    let t = s.trim();
    if t.is_empty() {
        PLACEHOLDER.to_string()
    } else {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_ends_once_after_quotes_and_brackets() {
        assert_eq!(sentence("做到“两个维护”"), "做到“两个维护”。");
        assert_eq!(sentence("他说“要抓落实。”"), "他说“要抓落实。”");
        assert_eq!(sentence("完成调研（2022年）"), "完成调研（2022年）。");
        assert_eq!(sentence("已完成整改。）"), "已完成整改。）");
        assert_eq!(sentence("已完成"), "已完成。");
        assert_eq!(sentence("是否到位？"), "是否到位？");
    }

    fn sample(kind: MaterialKind) -> Draft {
        crate::domain::sample::complete(kind, Checklist::for_year(2022))
    }

    #[test]
    fn an_individual_material_renders_every_part_in_order() {
        let c = Checklist::for_year(2022);
        let doc = render(&sample(MaterialKind::Individual), c);
        assert_eq!(doc.title, "王明同志2022年度民主生活会个人对照检查材料");
        assert_eq!(doc.subtitle.as_deref(), Some("党组成员、副局长　王明"));
        let text = doc.plain_text();
        let order = [
            "会前认真学习党的二十大报告和党章，参加专题学习研讨4次",
            "一、2021年度党史学习教育专题民主生活会个人整改落实情况",
            "一是运用党的百年奋斗历史经验指导分管工作的自觉性不强。",
            "目前仍在持续推进。",
            "二、存在的问题",
            "（一）在带头深刻领悟",
            "（六）在带头落实全面从严治党政治责任方面",
            "三、需要向组织说明的事项",
            "经自查，本人已按规定如实报告个人有关事项",
            "四、原因剖析",
            "（一）理论武装不够深入，理想信念的“总开关”拧得不够紧",
            "五、整改措施",
            "（一）深学细悟党的二十大精神，筑牢思想根基",
            "我将以这次民主生活会为新的起点",
            "附件：整改清单",
            "王明",
            "附件\n整改清单\n序号\t问题\t整改措施\t责任人\t完成时限\t状态",
        ];
        let mut at = 0;
        for part in order {
            let found = text[at..]
                .find(part)
                .unwrap_or_else(|| panic!("{part} missing after byte {at} in\n{text}"));
            at += found + part.len();
        }
        // No explanations, no section for them.
        let mut d = sample(MaterialKind::Individual);
        d.explanations.clear();
        d.explanation_answers.clear();
        let text = render(&d, c).plain_text();
        assert!(!text.contains("需要向组织说明的事项"));
        assert!(text.contains("三、原因剖析"));
    }

    #[test]
    fn a_team_material_uses_team_wording_and_optional_explanations_are_individual_only() {
        let c = Checklist::for_year(2022);
        let mut d = sample(MaterialKind::Team);
        d.explanations = "无".into();
        let doc = render(&d, c);
        assert_eq!(
            doc.title,
            "中共某市生态环境局党组领导班子2022年度民主生活会对照检查材料"
        );
        assert!(doc.subtitle.is_none());
        let text = doc.plain_text();
        assert!(text.contains("一、2021年度党史学习教育专题民主生活会整改落实情况"));
        assert!(text.contains("广泛征求意见建议23条"));
        assert!(!text.contains("需要向组织说明的事项"));
        d.kind = MaterialKind::Individual;
        let text = render(&d, c).plain_text();
        assert!(text.contains("三、需要向组织说明的事项"));
        assert!(text.contains("四、原因剖析"));
    }

    #[test]
    fn the_material_is_signed_by_the_team_or_the_person_with_the_date() {
        let c = Checklist::for_year(2022);
        let mut d = sample(MaterialKind::Team);
        d.profile.meeting_date = "2023-01-05".into();
        let doc = render(&d, c);
        let at = doc
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Signature { .. }))
            .expect("a signature");
        assert_eq!(
            doc.blocks[at],
            Block::Signature {
                name: "中共某市生态环境局党组".into(),
                date: Some("2023年1月5日".into()),
            }
        );
        // After the closing statement and the 附件说明, last in the body.
        assert_eq!(at, doc.blocks.len() - 1);
        assert_eq!(doc.blocks[at - 1], Block::Note("附件：整改清单".into()));
        assert!(matches!(doc.blocks[at - 2], Block::Paragraph(_)));
        let a = doc.attachment.expect("the 整改清单");
        assert_eq!(
            a.header,
            [
                "序号",
                "问题",
                "整改措施",
                "责任领导",
                "责任部门",
                "完成时限",
                "状态"
            ]
        );
        assert_eq!(a.rows.len(), d.measures.len());
        assert!(a.rows.iter().all(|r| r.len() == 7 && r[6] == "待整改"));
        let mut d = sample(MaterialKind::Individual);
        d.profile.meeting_date.clear();
        let doc = render(&d, c);
        assert!(doc.blocks.contains(&Block::Signature {
            name: "王明".into(),
            date: None,
        }));
        assert_eq!(
            written_date("2023-11-30").as_deref(),
            Some("2023年11月30日")
        );
        assert_eq!(written_date("2023-13-01"), None);
    }

    #[test]
    fn last_years_items_are_grouped_by_source_with_totals() {
        let c = Checklist::for_year(2022);
        let mut d = sample(MaterialKind::Team);
        // Only the previous meeting: one summary, no sub-headings.
        let text = render(&d, c).plain_text();
        assert!(text.contains("上年度民主生活会共查摆问题4个"));
        assert!(!text.contains("整改情况\n一是"));
        d.last_year[2].source = ItemSource::Inspection;
        d.last_year[3].source = ItemSource::Campaign;
        let text = render(&d, c).plain_text();
        assert!(
            text.contains("共有整改事项4个，已完成整改2个，持续推进2个。其中，2021年度党史学习教育专题民主生活会查摆问题2个，已完成整改1个、持续推进1个；巡视巡察反馈问题1个，已完成整改1个、持续推进0个；专项学习教育检视问题1个，已完成整改0个、持续推进1个。"),
            "{text}"
        );
        let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} in {text}"));
        assert!(
            at("（一）2021年度党史学习教育专题民主生活会查摆问题整改情况")
                < at("（二）巡视巡察反馈问题整改情况")
        );
        assert!(at("（二）巡视巡察反馈问题整改情况") < at("（三）专项学习教育检视问题整改情况"));
        // A year's campaign by its own name: 2025年度 reports on the eight-point rules'.
        let c25 = Checklist::builtin("2025").unwrap();
        d.use_checklist(c25);
        let text = render(&d, c25).plain_text();
        assert!(
            text.contains("（三）深入贯彻中央八项规定精神学习教育整改整治情况"),
            "{text}"
        );
        assert!(text.contains("深入贯彻中央八项规定精神学习教育查摆问题1个"));
        // A draft whose year stands in with another's reports on its own year before.
        d.profile.year = 2026;
        let text = render(&d, c25).plain_text();
        assert!(text.contains("2025年度民主生活会查摆问题2个"), "{text}");
    }

    #[test]
    fn a_copied_checklists_intro_names_its_own_campaign_and_the_titles_words() {
        use crate::domain::TitleForm;
        let own = Checklist::builtin("2025")
            .unwrap()
            .copy_as_custom("u", 2026);
        let mut d = sample(MaterialKind::Team);
        d.use_checklist(&own);
        let intro = generated_intro(&d, &own);
        assert!(
            intro.contains("结合巩固拓展树立和践行正确政绩观学习教育成果"),
            "{intro}"
        );
        assert!(!intro.contains("八项规定精神学习教育"), "{intro}");
        // A campaign the unit leaves empty is a blank to fill.
        let mut none = own.clone();
        none.campaigns.clear();
        assert!(generated_intro(&d, &none).contains(PLACEHOLDER));
        // The closing words follow the title's form.
        let mut p = sample(MaterialKind::Individual);
        let c = Checklist::for_year(2022);
        p.profile.title_form = TitleForm::Inspection;
        assert!(generated_intro(&p, c).contains("现将个人检视剖析情况报告如下"));
        p.profile.title_form = TitleForm::OutlineAt;
        assert!(generated_intro(&p, c).contains("现将个人对照检查情况发言如下"));
    }

    #[test]
    fn explanations_print_category_by_category() {
        use crate::domain::explanations::CATEGORIES;
        let c = Checklist::for_year(2022);
        let mut d = sample(MaterialKind::Individual);
        d.explanations.clear();
        d.explanation_answers.clear();
        d.set_answer(CATEGORIES[0].id, Answer::None);
        d.set_answer(CATEGORIES[1].id, Answer::Has);
        d.explanation_answers[1].details = "本人配偶在某县中学任教".into();
        let text = render(&d, c).plain_text();
        let want = format!(
            "一是关于{}。{}",
            CATEGORIES[0].title_zh, CATEGORIES[0].none_zh
        );
        assert!(text.contains(&want), "{text}");
        assert!(text.contains(&format!(
            "二是关于{}。本人配偶在某县中学任教。",
            CATEGORIES[1].title_zh
        )));
        // An unanswered category does not print.
        assert!(!text.contains(CATEGORIES[2].title_zh));
    }

    #[test]
    fn an_empty_draft_shows_placeholders_not_invented_facts() {
        let c = Checklist::for_year(2022);
        let doc = render(&Draft::default(), c);
        let text = doc.plain_text();
        assert!(text.contains("专题学习研讨【待补】次"));
        let aspects = doc
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Heading { level: 2, .. }))
            .count();
        assert_eq!(aspects, 6);
    }

    #[test]
    fn a_line_break_in_a_text_starts_a_paragraph_and_never_breaks_a_row() {
        let c = Checklist::for_year(2022);
        let mut d = sample(MaterialKind::Individual);
        d.problems[0].detail = "第一段。\n\n第二段。".into();
        d.measures[0].summary = "措施\n续".into();
        let doc = render(&d, c);
        let i = doc
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Paragraph(r) if r.iter().any(|r| r.text.ends_with("第一段。"))))
            .expect("the first paragraph");
        assert_eq!(
            doc.blocks[i + 1],
            Block::Paragraph(vec![Run {
                text: "第二段。".into(),
                strong: false
            }])
        );
        assert!(!doc.plain_text().contains("第一段。\n\n"));
        assert_eq!(doc.attachment.unwrap().rows[0][2], "措施续");
    }

    #[test]
    fn quotes_inside_quotes_become_single() {
        assert_eq!(quote("深刻领悟“两个确立”"), "“深刻领悟‘两个确立’”");
    }

    #[test]
    fn wording_choice_and_override_change_the_heading() {
        let c = Checklist::for_year(2022);
        let mut d = Draft::default();
        d.wording_choice.insert("a1".into(), "politburo".into());
        assert!(render(&d, c).plain_text().contains("（一）在带头坚决维护"));
        d.wording_override
            .insert("a2".into(), "在带头学习贯彻新思想方面".into());
        assert!(render(&d, c)
            .plain_text()
            .contains("（二）在带头学习贯彻新思想方面"));
    }
}
