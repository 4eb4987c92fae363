//! 谈心谈话: the heart-to-heart talks held before the meeting (with whom, their role,
//! the date, the points raised both ways), the usual pairings suggested, and the
//! points raised about the writer linked to the problem that answers them. The 导语's
//! count of talks comes from these records once they are used. Its own record beside
//! the draft (`storage::talks`).

use super::draft::Draft;
use serde::{Deserialize, Serialize};

/// The usual pairings of talks before the meeting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pairing {
    /// 书记与班子成员（逐一）
    #[default]
    Secretary,
    /// 班子成员之间
    Members,
    /// 与分管部门负责同志
    Departments,
    /// 与所在支部党员代表
    Branch,
    /// 其他
    Other,
}

impl Pairing {
    pub const ALL: [Pairing; 5] = [
        Pairing::Secretary,
        Pairing::Members,
        Pairing::Departments,
        Pairing::Branch,
        Pairing::Other,
    ];
    /// The pairings every member's talks are expected to cover.
    pub const USUAL: [Pairing; 4] = [
        Pairing::Secretary,
        Pairing::Members,
        Pairing::Departments,
        Pairing::Branch,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Pairing::Secretary => "secretary",
            Pairing::Members => "members",
            Pairing::Departments => "departments",
            Pairing::Branch => "branch",
            Pairing::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// One talk.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Talk {
    pub id: String,
    pub pairing: Pairing,
    /// With whom, and their post.
    pub with: String,
    pub role: String,
    /// `YYYY-MM-DD`, or empty.
    pub date: String,
    /// What the other raised about the writer (or the team).
    pub to_me: String,
    /// What the writer raised with the other.
    pub from_me: String,
    /// The id of the draft's problem that answers what was raised, or empty.
    pub problem: String,
}

/// The talks of one draft's writer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Talks {
    pub draft_id: String,
    pub items: Vec<Talk>,
    pub next: u32,
}

impl Talks {
    pub fn for_draft(draft_id: &str) -> Self {
        Talks {
            draft_id: draft_id.to_string(),
            ..Default::default()
        }
    }

    /// Adds a talk of this pairing (dated `today`) and returns its id.
    pub fn add(&mut self, pairing: Pairing, today: &str) -> String {
        self.next += 1;
        let id = format!("t{}", self.next);
        self.items.push(Talk {
            id: id.clone(),
            pairing,
            date: today.to_string(),
            ..Default::default()
        });
        id
    }

    pub fn item_mut(&mut self, id: &str) -> Option<&mut Talk> {
        self.items.iter_mut().find(|t| t.id == id)
    }

    /// Removes a talk; whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        let n = self.items.len();
        self.items.retain(|t| t.id != id);
        self.items.len() != n
    }

    /// The talks held (with someone named): the 导语's 谈心谈话 count (人次).
    pub fn held(&self) -> u32 {
        self.items
            .iter()
            .filter(|t| !t.with.trim().is_empty())
            .count() as u32
    }

    /// The usual pairings for this draft, each with how many talks of it are held.
    /// A team material's talks are the whole team's; an individual whose post is the
    /// secretary (书记) talks with each member, and every other member talks with the
    /// secretary, so both materials expect all four.
    pub fn coverage(&self) -> Vec<(Pairing, usize)> {
        Pairing::USUAL
            .into_iter()
            .map(|p| {
                let n = self
                    .items
                    .iter()
                    .filter(|t| t.pairing == p && !t.with.trim().is_empty())
                    .count();
                (p, n)
            })
            .collect()
    }

    /// Talks that raised something about the writer that no problem of the draft
    /// answers.
    pub fn unanswered<'a>(&'a self, draft: &'a Draft) -> impl Iterator<Item = &'a Talk> + 'a {
        self.items.iter().filter(move |t| {
            !t.to_me.trim().is_empty() && !draft.problems.iter().any(|p| p.id == t.problem)
        })
    }

    /// Whether the ids can be edited by (see [`super::item_ids_fit`]).
    pub fn ids_fit(&mut self) -> bool {
        super::item_ids_fit(self.items.iter().map(|t| t.id.as_str()), &mut self.next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::MaterialKind;

    #[test]
    fn talks_are_counted_covered_and_linked() {
        let mut d = Draft::new("d1", MaterialKind::Individual, 0.0);
        let p = d.add_problem("a1");
        let mut t = Talks::for_draft("d1");
        let a = t.add(Pairing::Secretary, "2025-12-10");
        let b = t.add(Pairing::Departments, "2025-12-11");
        let c = t.add(Pairing::Departments, "2025-12-12");
        t.add(Pairing::Members, "");
        for (id, with) in [(&a, "张伟"), (&b, "王芳"), (&c, "刘强")] {
            t.item_mut(id).unwrap().with = with.into();
        }
        assert_eq!(t.held(), 3);
        assert!(t.ids_fit());
        assert_eq!(
            t.coverage(),
            vec![
                (Pairing::Secretary, 1),
                (Pairing::Members, 0),
                (Pairing::Departments, 2),
                (Pairing::Branch, 0)
            ]
        );
        t.item_mut(&a).unwrap().to_me = "到分管科室调研少".into();
        t.item_mut(&b).unwrap().to_me = "审批环节多".into();
        t.item_mut(&b).unwrap().problem = p.clone();
        let open: Vec<&str> = t.unanswered(&d).map(|x| x.id.as_str()).collect();
        assert_eq!(open, vec![a.as_str()]);
        d.remove_problem(&p);
        assert_eq!(t.unanswered(&d).count(), 2);
        t.remove(&a);
        assert_eq!(t.held(), 2);
        assert_eq!(t.add(Pairing::Branch, ""), "t5");
        for p in Pairing::ALL {
            assert_eq!(Pairing::from_code(p.code()), Some(p));
        }
    }
}
