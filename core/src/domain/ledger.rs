//! The rectification ledger (整改台账): after the meeting, every measure of a draft's
//! 整改清单 is followed to the end, with its owner, deadline, status, dated progress
//! notes and evidence; overdue entries are found by date; and the 整改落实情况报告 is
//! rendered from it in the official layout. A ledger is its own record, beside the
//! draft it follows (`storage::ledgers`), never more fields on `Draft`.

use super::draft::{parse_date, Deadline, Draft, MaterialKind, PLACEHOLDER};
use super::numbering::heading_number;
use super::render::{or_ph, para, sentence, written_date, Block, Document};
use serde::{Deserialize, Serialize};

/// How far a measure has gone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryStatus {
    /// 未开始
    #[default]
    Pending,
    /// 推进中
    InProgress,
    /// 已完成
    Done,
}

impl EntryStatus {
    pub const ALL: [EntryStatus; 3] = [
        EntryStatus::Pending,
        EntryStatus::InProgress,
        EntryStatus::Done,
    ];

    /// A stable name (stored, and `data-status` in the page).
    pub fn code(self) -> &'static str {
        match self {
            EntryStatus::Pending => "pending",
            EntryStatus::InProgress => "in_progress",
            EntryStatus::Done => "done",
        }
    }

    /// The status with this name.
    pub fn from_code(code: &str) -> Option<EntryStatus> {
        EntryStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// One dated note of progress.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProgressNote {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub text: String,
}

/// One measure followed to the end.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Entry {
    /// The measure's id in the draft.
    pub measure_id: String,
    /// The measure (its summary) and the problems it answers, as the draft says them.
    pub measure: String,
    pub problems: Vec<String>,
    /// Who answers for it: the draft's 责任人 / 责任领导, which the ledger may change.
    pub owner: String,
    pub deadline: Deadline,
    pub status: EntryStatus,
    /// The day it was finished (`YYYY-MM-DD`), set when it is marked done.
    pub done_date: String,
    pub notes: Vec<ProgressNote>,
    /// What shows it was done (documents, figures, where they are filed).
    pub evidence: String,
    /// The measure is no longer in the draft's 整改清单; kept for its history.
    pub dropped: bool,
}

impl Entry {
    /// Whether its date deadline is before `today` and it is not done.
    pub fn overdue(&self, today: &str) -> bool {
        match (&self.deadline, parse_date(today)) {
            (Deadline::Date(d), Some(t)) if self.status != EntryStatus::Done && !self.dropped => {
                parse_date(d).is_some_and(|d| d < t)
            }
            _ => false,
        }
    }
}

/// The ledger of one draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ledger {
    /// The draft it follows.
    pub draft_id: String,
    pub entries: Vec<Entry>,
}

impl Ledger {
    /// A ledger for a draft: one entry for every measure of its 整改清单.
    pub fn for_draft(draft: &Draft) -> Ledger {
        let mut l = Ledger {
            draft_id: draft.id.clone(),
            entries: Vec::new(),
        };
        l.sync(draft);
        l
    }

    /// Brings the ledger up to the draft: new measures get an entry, changed ones
    /// their new text and deadline (the ledger's own owner, status and notes stay), and
    /// an entry whose measure is gone is kept, marked dropped, never deleted.
    pub fn sync(&mut self, draft: &Draft) {
        for m in &draft.measures {
            let problems: Vec<String> = m
                .problems
                .iter()
                .filter_map(|id| draft.problems.iter().find(|p| &p.id == id))
                .map(|p| p.summary.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            match self.entries.iter_mut().find(|e| e.measure_id == m.id) {
                Some(e) => {
                    e.measure = m.summary.trim().to_string();
                    e.problems = problems;
                    e.deadline = m.deadline.clone();
                    e.dropped = false;
                    if e.owner.trim().is_empty() {
                        e.owner = m.responsible.trim().to_string();
                    }
                }
                None => self.entries.push(Entry {
                    measure_id: m.id.clone(),
                    measure: m.summary.trim().to_string(),
                    problems,
                    owner: m.responsible.trim().to_string(),
                    deadline: m.deadline.clone(),
                    ..Entry::default()
                }),
            }
        }
        for e in &mut self.entries {
            e.dropped = !draft.measures.iter().any(|m| m.id == e.measure_id);
        }
    }

    /// The entry of a measure.
    pub fn entry_mut(&mut self, measure_id: &str) -> Option<&mut Entry> {
        self.entries.iter_mut().find(|e| e.measure_id == measure_id)
    }

    /// Sets an entry's status; done on `today` records the day (and undone clears it).
    pub fn set_status(&mut self, measure_id: &str, status: EntryStatus, today: &str) {
        if let Some(e) = self.entry_mut(measure_id) {
            e.status = status;
            e.done_date = if status == EntryStatus::Done {
                today.to_string()
            } else {
                String::new()
            };
        }
    }

    /// Adds a dated note of progress (a pending entry is then in progress); notes
    /// stay in date order. Empty text adds nothing.
    pub fn add_note(&mut self, measure_id: &str, date: &str, text: &str) -> bool {
        let (date, text) = (date.trim(), text.trim());
        let Some(e) = self.entry_mut(measure_id) else {
            return false;
        };
        if text.is_empty() || parse_date(date).is_none() {
            return false;
        }
        e.notes.push(ProgressNote {
            date: date.to_string(),
            text: text.to_string(),
        });
        e.notes.sort_by(|a, b| a.date.cmp(&b.date));
        if e.status == EntryStatus::Pending {
            e.status = EntryStatus::InProgress;
        }
        true
    }

    /// The entries that are live (their measure still in the draft).
    pub fn live(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.dropped)
    }

    /// The live entries past their date deadline and not done, on `today`.
    pub fn overdue<'a>(&'a self, today: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.live().filter(move |e| e.overdue(today))
    }

    /// (done, in progress or pending) of the live entries.
    pub fn counts(&self) -> (usize, usize) {
        let done = self
            .live()
            .filter(|e| e.status == EntryStatus::Done)
            .count();
        (done, self.live().count() - done)
    }

    /// The 整改落实情况报告 of the draft's meeting, as of `today`, in the official
    /// layout (the preview, print and the exports draw it like the material).
    pub fn report(&self, draft: &Draft, today: &str) -> Document {
        let p = &draft.profile;
        let year = p.year;
        let who = match draft.kind {
            MaterialKind::Team => format!("{}领导班子", or_ph(&p.unit)),
            MaterialKind::Individual => format!("{}同志", or_ph(&p.person)),
        };
        let title = format!("{who}{year}年度民主生活会整改落实情况报告");
        let (done, open) = self.counts();
        let total = done + open;
        let pending = self
            .live()
            .filter(|e| e.status == EntryStatus::Pending)
            .count();
        let not_started = if pending > 0 {
            format!("，尚未启动{pending}项")
        } else {
            String::new()
        };
        let problems = draft.problems.len();
        let as_of = written_date(today).unwrap_or_else(|| PLACEHOLDER.to_string());
        let mut blocks = vec![para(format!(
            "{year}年度民主生活会后，{}对照会上查摆的{problems}个问题，逐项制定整改措施{total}条，明确责任人和完成时限，建立整改台账，推进整改落实。截至{as_of}，已完成{done}项，正在推进{}项{not_started}。现将整改落实情况报告如下。",
            if draft.kind == MaterialKind::Team { "领导班子" } else { "我" },
            open - pending
        ))];
        let mut h1 = 0;
        let heading = |blocks: &mut Vec<Block>, level: u8, n: usize, text: String| {
            blocks.push(Block::Heading {
                level,
                number: heading_number(level, n),
                text,
                section: None,
            });
        };
        h1 += 1;
        heading(&mut blocks, 1, h1, "整改落实情况".into());
        for (n, e) in self.live().enumerate() {
            heading(&mut blocks, 2, n + 1, sentence_free(&or_ph(&e.measure)));
            entry_paragraphs(e, &mut blocks);
        }
        let unfinished: Vec<&Entry> = self
            .live()
            .filter(|e| e.status != EntryStatus::Done)
            .collect();
        h1 += 1;
        heading(&mut blocks, 1, h1, "下一步工作打算".into());
        if unfinished.is_empty() {
            blocks.push(para(
                "整改措施已全部完成。下一步，将巩固整改成果，建立健全长效机制，防止问题反弹回潮。",
            ));
        } else {
            let names: Vec<String> = unfinished.iter().map(|e| or_ph(&e.measure)).collect();
            blocks.push(para(format!(
                "对尚未完成的{}项整改措施（{}），将紧盯时间节点，压实责任，加快推进，确保按期完成；对已完成的事项，巩固整改成果，建立长效机制，防止问题反弹回潮。",
                unfinished.len(),
                names.join("；")
            )));
        }
        let name = match draft.kind {
            MaterialKind::Team => or_ph(&p.unit),
            MaterialKind::Individual => or_ph(&p.person),
        };
        blocks.push(Block::Signature {
            name,
            date: written_date(today),
        });
        Document {
            title,
            subtitle: None,
            blocks,
            attachment: None,
        }
    }
}

/// What the report says of one entry under its heading: what it answers, its
/// deadline and how far it went, its dated notes and its evidence.
fn entry_paragraphs(e: &Entry, blocks: &mut Vec<Block>) {
    let mut text = String::new();
    if !e.problems.is_empty() {
        text.push_str(&format!("针对{}的问题，", e.problems.join("、")));
    }
    let deadline = e.deadline.material_text();
    if !deadline.is_empty() {
        text.push_str(&format!("按照{deadline}完成的要求，"));
    }
    text.push_str(&match e.status {
        EntryStatus::Done => match written_date(&e.done_date) {
            Some(d) => format!("已于{d}完成整改。"),
            None => "已完成整改。".into(),
        },
        EntryStatus::InProgress => "目前正在推进。".into(),
        EntryStatus::Pending => "目前尚未启动。".into(),
    });
    blocks.push(para(text));
    for note in &e.notes {
        let date = written_date(&note.date).unwrap_or_default();
        blocks.push(para(sentence(&format!("{date}，{}", note.text))));
    }
    if !e.evidence.trim().is_empty() {
        blocks.push(para(sentence(&format!("佐证材料：{}", e.evidence.trim()))));
    }
}

/// A heading takes no closing full stop.
fn sentence_free(s: &str) -> String {
    s.trim_end_matches(['。', '；']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{sample, Checklist};

    fn team() -> Draft {
        sample::complete(MaterialKind::Team, Checklist::for_year(2022))
    }

    #[test]
    fn every_measure_gets_an_entry_and_a_change_of_the_draft_loses_no_history() {
        let mut d = team();
        let mut l = Ledger::for_draft(&d);
        assert_eq!(l.entries.len(), d.measures.len());
        assert_eq!(l.draft_id, d.id);
        for (e, m) in l.entries.iter().zip(&d.measures) {
            assert_eq!(e.measure, m.summary.trim());
            assert_eq!(e.owner, m.responsible.trim());
            assert_eq!(e.deadline, m.deadline);
            assert!(!e.problems.is_empty());
        }
        let first = d.measures[0].id.clone();
        assert!(l.add_note(&first, "2023-03-01", "制定了实施方案"));
        assert_eq!(l.entries[0].status, EntryStatus::InProgress);
        // The measure is reworded, another added, one removed: nothing of the ledger's
        // own is lost, and the removed one stays, dropped.
        d.measures[0].summary = "改写后的措施".into();
        let gone = d.measures.pop().unwrap();
        let id = d.new_item_id("m");
        d.measures.push(crate::domain::Measure {
            id,
            summary: "新增的措施".into(),
            ..Default::default()
        });
        l.sync(&d);
        assert_eq!(l.entries[0].measure, "改写后的措施");
        assert_eq!(l.entries[0].notes.len(), 1);
        let dropped = l.entries.iter().find(|e| e.measure_id == gone.id).unwrap();
        assert!(dropped.dropped);
        assert_eq!(l.live().count(), d.measures.len());
        // Empty notes or dates that are not dates add nothing.
        assert!(!l.add_note(&first, "2023-02-30", "x"));
        assert!(!l.add_note(&first, "2023-03-02", "  "));
        assert!(!l.add_note("nothing", "2023-03-02", "x"));
    }

    #[test]
    fn overdue_entries_are_found_by_date() {
        let d = team();
        let mut l = Ledger::for_draft(&d);
        let dated: Vec<String> = l
            .entries
            .iter()
            .filter_map(|e| match &e.deadline {
                Deadline::Date(s) if parse_date(s).is_some() => Some(s.clone()),
                _ => None,
            })
            .collect();
        assert!(!dated.is_empty(), "the sample has dated measures");
        let latest = dated.iter().max().unwrap();
        // The day after the latest deadline: every dated entry not done is overdue.
        let (y, _, _) = parse_date(latest).unwrap();
        let after = format!("{}-12-31", y + 1);
        assert_eq!(l.overdue(&after).count(), dated.len());
        assert_eq!(l.overdue("2000-01-01").count(), 0);
        let id = l
            .entries
            .iter()
            .find(|e| e.deadline.is_date())
            .unwrap()
            .measure_id
            .clone();
        l.set_status(&id, EntryStatus::Done, "2023-05-01");
        assert_eq!(l.overdue(&after).count(), dated.len() - 1);
        assert_eq!(l.entry_mut(&id).unwrap().done_date, "2023-05-01");
        // 立行立改 and 长期坚持 are never overdue by date.
        assert!(l
            .entries
            .iter()
            .filter(|e| !e.deadline.is_date())
            .all(|e| !e.overdue(&after)));
    }

    #[test]
    fn the_report_says_what_was_done_by_when_and_what_is_next() {
        let d = team();
        let mut l = Ledger::for_draft(&d);
        let ids: Vec<String> = l.entries.iter().map(|e| e.measure_id.clone()).collect();
        l.add_note(&ids[0], "2023-02-10", "修订了议事规则");
        l.set_status(&ids[0], EntryStatus::Done, "2023-04-30");
        l.entry_mut(&ids[0]).unwrap().evidence = "党组会议纪要第5号".into();
        l.add_note(&ids[1], "2023-03-15", "完成了第一轮排查");
        let doc = l.report(&d, "2023-06-30");
        let text = doc.plain_text();
        assert!(
            doc.title
                .ends_with("领导班子2022年度民主生活会整改落实情况报告"),
            "{}",
            doc.title
        );
        assert!(
            text.contains(&format!(
                "截至2023年6月30日，已完成1项，正在推进1项，尚未启动{}项。",
                ids.len() - 2
            )),
            "{text}"
        );
        assert!(text.contains("已于2023年4月30日完成整改。"));
        assert!(text.contains("2023年2月10日，修订了议事规则。"));
        assert!(text.contains("佐证材料：党组会议纪要第5号。"));
        assert!(text.contains("一、整改落实情况") && text.contains("二、下一步工作打算"));
        assert!(text.contains(&format!("对尚未完成的{}项整改措施", ids.len() - 1)));
        // Every live measure is reported, in order.
        let mut at = 0;
        for e in l.live() {
            let found = text[at..].find(sentence_free(&e.measure).as_str()).unwrap();
            at += found;
        }
        assert!(
            matches!(doc.blocks.last(), Some(Block::Signature { date: Some(d), .. }) if d == "2023年6月30日")
        );
    }
}
