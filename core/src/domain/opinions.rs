//! 征求意见: the opinions a unit received before the meeting (at a 座谈会, by
//! questionnaire, in the 意见箱, from the higher level …), each claimed (认领) by the
//! team or by the writer and answered by a problem of the material. An opinion no
//! problem answers is a finding; the 导语's counts come from the list once it is used.
//! The list is its own record beside the draft (`storage::opinions`).

use super::draft::{Draft, MaterialKind};
use serde::{Deserialize, Serialize};

/// Where an opinion came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpinionSource {
    /// 座谈会
    #[default]
    Forum,
    /// 问卷调查
    Survey,
    /// 意见箱、来信
    Mailbox,
    /// 个别访谈、谈心谈话
    Interview,
    /// 上级反馈（督导组、组织部门等）
    Superior,
    /// 其他
    Other,
}

impl OpinionSource {
    pub const ALL: [OpinionSource; 6] = [
        OpinionSource::Forum,
        OpinionSource::Survey,
        OpinionSource::Mailbox,
        OpinionSource::Interview,
        OpinionSource::Superior,
        OpinionSource::Other,
    ];

    /// A stable name (stored, and the value in the page's select).
    pub fn code(self) -> &'static str {
        match self {
            OpinionSource::Forum => "forum",
            OpinionSource::Survey => "survey",
            OpinionSource::Mailbox => "mailbox",
            OpinionSource::Interview => "interview",
            OpinionSource::Superior => "superior",
            OpinionSource::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Who takes an opinion up (认领).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Claim {
    /// Not yet claimed.
    #[default]
    Open,
    /// 领导班子: counted in the team material's 导语.
    Team,
    /// The writer (本人): counted in the individual material's 导语.
    Person,
    /// Someone else (another member, a department): kept, not counted.
    Other,
}

impl Claim {
    pub const ALL: [Claim; 4] = [Claim::Open, Claim::Team, Claim::Person, Claim::Other];

    pub fn code(self) -> &'static str {
        match self {
            Claim::Open => "open",
            Claim::Team => "team",
            Claim::Person => "person",
            Claim::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// One opinion received.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Opinion {
    pub id: String,
    pub source: OpinionSource,
    /// `YYYY-MM-DD`, or empty.
    pub date: String,
    pub content: String,
    pub claim: Claim,
    /// The id of the draft's problem that answers it, or empty.
    pub problem: String,
}

/// The opinions received for one draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Opinions {
    /// The draft they belong to.
    pub draft_id: String,
    pub items: Vec<Opinion>,
    /// The number in the next item id.
    pub next: u32,
}

/// Why an opinion is not yet answered in the material.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Nobody has claimed it.
    Unclaimed,
    /// Claimed by the writer of this material (team or person), and no problem of the
    /// material answers it (or the problem it named was deleted).
    Unlinked,
}

impl Gap {
    /// A stable name (`data-gap` in the page, tests).
    pub fn code(self) -> &'static str {
        match self {
            Gap::Unclaimed => "unclaimed",
            Gap::Unlinked => "unlinked",
        }
    }
}

impl Opinions {
    /// An empty list for a draft.
    pub fn for_draft(draft_id: &str) -> Self {
        Opinions {
            draft_id: draft_id.to_string(),
            ..Default::default()
        }
    }

    /// Adds an empty opinion (dated `today`) and returns its id.
    pub fn add(&mut self, today: &str) -> String {
        self.next += 1;
        let id = format!("o{}", self.next);
        self.items.push(Opinion {
            id: id.clone(),
            date: today.to_string(),
            ..Default::default()
        });
        id
    }

    pub fn item_mut(&mut self, id: &str) -> Option<&mut Opinion> {
        self.items.iter_mut().find(|o| o.id == id)
    }

    /// Removes an opinion; whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        let n = self.items.len();
        self.items.retain(|o| o.id != id);
        self.items.len() != n
    }

    /// Whether the ids can be edited by (see [`super::item_ids_fit`]).
    pub fn ids_fit(&mut self) -> bool {
        super::item_ids_fit(self.items.iter().map(|o| o.id.as_str()), &mut self.next)
    }

    /// The 导语's count for a material of this kind: the opinions with content
    /// claimed by its writer (the team, or the person).
    pub fn count_for(&self, kind: MaterialKind) -> u32 {
        let (team, person) = self.counts();
        match kind {
            MaterialKind::Team => team,
            MaterialKind::Individual => person,
        }
    }

    /// The counts by claim: (to the team, to the person). Opinions with no content
    /// are not counted.
    pub fn counts(&self) -> (u32, u32) {
        let n = |c: Claim| {
            self.items
                .iter()
                .filter(|o| o.claim == c && !o.content.trim().is_empty())
                .count() as u32
        };
        (n(Claim::Team), n(Claim::Person))
    }

    /// What is still missing for an opinion, in this draft: unclaimed, or claimed by
    /// this material's writer and answered by no problem of it.
    pub fn gap(&self, o: &Opinion, draft: &Draft) -> Option<Gap> {
        if o.content.trim().is_empty() {
            return None;
        }
        let own = match draft.kind {
            MaterialKind::Team => Claim::Team,
            MaterialKind::Individual => Claim::Person,
        };
        match o.claim {
            Claim::Open => Some(Gap::Unclaimed),
            c if c == own && !draft.problems.iter().any(|p| p.id == o.problem) => {
                Some(Gap::Unlinked)
            }
            _ => None,
        }
    }

    /// The opinions with a gap, in order (the finding).
    pub fn gaps<'a>(&'a self, draft: &'a Draft) -> impl Iterator<Item = (&'a Opinion, Gap)> + 'a {
        self.items
            .iter()
            .filter_map(move |o| self.gap(o, draft).map(|g| (o, g)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(kind: MaterialKind) -> Draft {
        let mut d = Draft::new("d1", kind, 0.0);
        d.add_problem("a1");
        d
    }

    #[test]
    fn counts_follow_claims_and_skip_empty_opinions() {
        let mut l = Opinions::for_draft("d1");
        for (claim, text) in [
            (Claim::Team, "班子研究重大事项时听取基层意见不够"),
            (Claim::Team, "督促检查多、指导帮助少"),
            (Claim::Person, "调研多在城区，到偏远乡镇少"),
            (Claim::Other, "分管科室审批时限长"),
            (Claim::Team, "  "),
        ] {
            let id = l.add("2025-12-01");
            let o = l.item_mut(&id).unwrap();
            o.claim = claim;
            o.content = text.into();
        }
        assert_eq!(l.counts(), (2, 1));
        assert_eq!(l.count_for(MaterialKind::Team), 2);
        assert_eq!(l.count_for(MaterialKind::Individual), 1);
        assert_eq!(l.items[0].id, "o1");
        l.remove("o1");
        assert_eq!(l.counts(), (1, 1));
        // Ids are never reused.
        assert_eq!(l.add(""), "o6");
    }

    #[test]
    fn unclaimed_and_unanswered_own_opinions_are_gaps() {
        let d = draft(MaterialKind::Individual);
        let p = d.problems[0].id.clone();
        let mut l = Opinions::for_draft("d1");
        for claim in [Claim::Open, Claim::Person, Claim::Person, Claim::Team] {
            let id = l.add("");
            let o = l.item_mut(&id).unwrap();
            o.claim = claim;
            o.content = "意见".into();
        }
        l.items[2].problem = p.clone();
        let gaps: Vec<(&str, Gap)> = l.gaps(&d).map(|(o, g)| (o.id.as_str(), g)).collect();
        assert_eq!(gaps, vec![("o1", Gap::Unclaimed), ("o2", Gap::Unlinked)]);
        // A problem deleted from the draft leaves its opinion unanswered again.
        let mut d2 = d.clone();
        d2.remove_problem(&p);
        assert_eq!(l.gaps(&d2).count(), 3);
        // In the team material, the team's opinions are the ones to answer.
        let t = draft(MaterialKind::Team);
        let gaps: Vec<&str> = l.gaps(&t).map(|(o, _)| o.id.as_str()).collect();
        assert_eq!(gaps, vec!["o1", "o4"]);
        assert_eq!(Gap::Unlinked.code(), "unlinked");
    }

    #[test]
    fn ids_that_cannot_be_edited_by_are_found_and_next_is_raised() {
        let mut l = Opinions::for_draft("d1");
        l.add("");
        l.add("");
        l.next = 0;
        assert!(l.ids_fit());
        assert_eq!(l.next, 2);
        assert_eq!(l.add(""), "o3");
        l.items[2].id = "o1".into();
        assert!(!l.ids_fit());
        l.items[2].id = String::new();
        assert!(!l.ids_fit());
        // Ids written by hand or by another tool are whatever the file holds.
        l.items[2].id = "意见-9".into();
        assert!(l.ids_fit());
        assert_eq!(l.next, 9);
    }

    #[test]
    fn codes_round_trip() {
        for s in OpinionSource::ALL {
            assert_eq!(OpinionSource::from_code(s.code()), Some(s));
        }
        for c in Claim::ALL {
            assert_eq!(Claim::from_code(c.code()), Some(c));
        }
        assert_eq!(Claim::from_code("x"), None);
    }
}
