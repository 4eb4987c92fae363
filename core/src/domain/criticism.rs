//! 批评与自我批评: for each colleague, the criticism the writer prepares before the
//! meeting (checked as problems are: concrete, not praise, not mere wishes), and after
//! it the criticism received from each, every item answered by a problem or a measure
//! of the material. Its own record beside the draft (`storage::criticism`).

use super::draft::Draft;
use super::rules;
use serde::{Deserialize, Serialize};

/// One criticism received at the meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Received {
    pub id: String,
    pub text: String,
    /// The id of the draft's problem or measure that answers it, or empty.
    pub answer: String,
}

/// A colleague: the criticism prepared for them and what they said.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Colleague {
    pub id: String,
    pub name: String,
    pub post: String,
    /// The criticism prepared for them (before the meeting).
    pub given: String,
    /// The criticism they gave the writer (at the meeting).
    pub received: Vec<Received>,
}

/// The writer's criticism, given and received.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Criticism {
    pub draft_id: String,
    pub colleagues: Vec<Colleague>,
    pub next: u32,
}

/// What a reviewer objects to in prepared criticism.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flaw {
    /// Nothing written yet.
    Empty,
    /// Praise or a strength dressed as a fault (以表扬代替批评).
    Praise,
    /// Only a hope or a suggestion (以希望代替批评).
    Wish,
    /// No fact, occasion or figure: a label, not a criticism (以一般代替具体).
    Vague,
}

impl Flaw {
    /// A stable name (`data-flaw` in the page, tests).
    pub fn code(self) -> &'static str {
        match self {
            Flaw::Empty => "empty",
            Flaw::Praise => "praise",
            Flaw::Wish => "wish",
            Flaw::Vague => "vague",
        }
    }
}

/// The flaws of a prepared criticism, most serious first.
pub fn flaws(text: &str) -> Vec<Flaw> {
    let t = text.trim();
    if t.is_empty() {
        return vec![Flaw::Empty];
    }
    let mut out = Vec::new();
    if rules::is_achievement(t) {
        out.push(Flaw::Praise);
    }
    if rules::is_wish(t) {
        out.push(Flaw::Wish);
    }
    if !rules::is_concrete(t) {
        out.push(Flaw::Vague);
    }
    out
}

impl Criticism {
    pub fn for_draft(draft_id: &str) -> Self {
        Criticism {
            draft_id: draft_id.to_string(),
            ..Default::default()
        }
    }

    fn new_id(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}{}", self.next)
    }

    /// Adds a colleague and returns their id.
    pub fn add_colleague(&mut self) -> String {
        let id = self.new_id("k");
        self.colleagues.push(Colleague {
            id: id.clone(),
            ..Default::default()
        });
        id
    }

    /// Whether the ids can be edited by (see [`super::item_ids_fit`]).
    pub fn ids_fit(&mut self) -> bool {
        let ids = self.colleagues.iter().flat_map(|c| {
            std::iter::once(c.id.as_str()).chain(c.received.iter().map(|r| r.id.as_str()))
        });
        super::item_ids_fit(ids, &mut self.next)
    }

    /// Adds an empty received criticism to a colleague; returns its id.
    pub fn add_received(&mut self, colleague: &str) -> Option<String> {
        self.colleague_mut(colleague)?;
        let id = self.new_id("r");
        let c = self.colleague_mut(colleague)?;
        c.received.push(Received {
            id: id.clone(),
            ..Default::default()
        });
        Some(id)
    }

    pub fn colleague_mut(&mut self, id: &str) -> Option<&mut Colleague> {
        self.colleagues.iter_mut().find(|c| c.id == id)
    }

    /// The received criticism with this id, wherever it is.
    pub fn received_mut(&mut self, id: &str) -> Option<&mut Received> {
        self.colleagues
            .iter_mut()
            .flat_map(|c| c.received.iter_mut())
            .find(|r| r.id == id)
    }

    /// Removes a colleague or a received criticism; whether one was there.
    pub fn remove(&mut self, id: &str) -> bool {
        let n = self.colleagues.len();
        self.colleagues.retain(|c| c.id != id);
        let mut removed = self.colleagues.len() != n;
        for c in &mut self.colleagues {
            let n = c.received.len();
            c.received.retain(|r| r.id != id);
            removed |= c.received.len() != n;
        }
        removed
    }

    /// Received criticism that no problem or measure of the draft answers.
    pub fn unanswered<'a>(&'a self, draft: &'a Draft) -> impl Iterator<Item = &'a Received> + 'a {
        self.colleagues
            .iter()
            .flat_map(|c| c.received.iter())
            .filter(move |r| !r.text.trim().is_empty() && !answers(draft, &r.answer))
    }

    /// Colleagues (named) whose prepared criticism a reviewer would send back.
    pub fn flawed(&self) -> impl Iterator<Item = (&Colleague, Vec<Flaw>)> + '_ {
        self.colleagues
            .iter()
            .filter(|c| !c.name.trim().is_empty())
            .map(|c| (c, flaws(&c.given)))
            .filter(|(_, f)| !f.is_empty())
    }
}

/// Whether `id` names a problem or a measure of the draft.
pub fn answers(draft: &Draft, id: &str) -> bool {
    !id.is_empty()
        && (draft.problems.iter().any(|p| p.id == id) || draft.measures.iter().any(|m| m.id == id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{MaterialKind, Measure};

    #[test]
    fn prepared_criticism_is_checked_like_a_problem() {
        assert_eq!(flaws(" "), vec![Flaw::Empty]);
        // Praise, and a strength dressed as a fault.
        assert!(flaws("工作勤勤恳恳，成绩突出，深受好评").contains(&Flaw::Praise));
        assert!(flaws("对自己要求过高，经常加班加点，不注意身体").contains(&Flaw::Praise));
        // A wish, not a criticism.
        assert!(flaws("希望你今后进一步加强理论学习").contains(&Flaw::Wish));
        assert!(flaws("建议在工作中更加注重方法").contains(&Flaw::Wish));
        // A hope that names a fact is criticism; 建议 as a noun is no wish.
        assert!(
            !flaws("希望你正视：今年3月研究老旧小区改造时，你没有到现场听取意见。")
                .contains(&Flaw::Wish)
        );
        assert!(!flaws("对基层提出的建议一概搁置，会上常常一个人说了算").contains(&Flaw::Wish));
        // A label with no fact.
        assert_eq!(flaws("担当意识不强，作风不够扎实"), vec![Flaw::Vague]);
        // Concrete criticism passes.
        assert_eq!(
            flaws("今年3月研究老旧小区改造项目时，你没有到现场听取居民意见，方案两次返工，群众有意见。"),
            Vec::<Flaw>::new()
        );
    }

    #[test]
    fn received_criticism_is_answered_by_a_problem_or_a_measure() {
        let mut d = Draft::new("d1", MaterialKind::Individual, 0.0);
        let p = d.add_problem("a1");
        d.measures.push(Measure {
            id: "m9".into(),
            ..Default::default()
        });
        let mut c = Criticism::for_draft("d1");
        let a = c.add_colleague();
        let b = c.add_colleague();
        c.colleague_mut(&a).unwrap().name = "张伟".into();
        c.colleague_mut(&a).unwrap().given = "希望继续保持".into();
        let r1 = c.add_received(&a).unwrap();
        let r2 = c.add_received(&b).unwrap();
        let r3 = c.add_received(&b).unwrap();
        let next = c.next;
        assert_eq!(c.add_received("nobody"), None);
        assert_eq!(c.next, next, "nothing changes for a colleague not there");
        assert!(c.ids_fit());
        for (id, text, answer) in [
            (&r1, "调研不深入", p.as_str()),
            (&r2, "会议多", "m9"),
            (&r3, "批评别人多", "p404"),
        ] {
            let r = c.received_mut(id).unwrap();
            r.text = text.into();
            r.answer = answer.into();
        }
        let open: Vec<&str> = c.unanswered(&d).map(|r| r.id.as_str()).collect();
        assert_eq!(open, vec![r3.as_str()]);
        // The unnamed colleague's empty criticism is not yet a finding; 张伟's wish is.
        let flawed: Vec<(&str, Vec<Flaw>)> = c.flawed().map(|(k, f)| (k.id.as_str(), f)).collect();
        assert_eq!(flawed, vec![(a.as_str(), vec![Flaw::Wish, Flaw::Vague])]);
        c.remove(&r3);
        assert_eq!(c.unanswered(&d).count(), 0);
        c.remove(&b);
        assert_eq!(c.colleagues.len(), 1);
        assert_eq!(Flaw::Vague.code(), "vague");
    }
}
