//! The edits on a draft's lists: add, move, link, remove and put back.

use super::*;

impl Draft {
    /// A fresh id for an item of this draft, with a prefix naming its kind.
    pub fn new_item_id(&mut self, prefix: &str) -> String {
        let id = format!("{prefix}{}", self.next_item);
        self.next_item += 1;
        id
    }

    /// Adds an empty problem under `aspect` and returns its id.
    pub fn add_problem(&mut self, aspect: &str) -> String {
        let id = self.new_item_id("p");
        self.problems.push(Problem {
            id: id.clone(),
            aspect: aspect.to_string(),
            ..Default::default()
        });
        id
    }

    /// The problems under one aspect, in order.
    pub fn problems_of<'a>(&'a self, aspect: &'a str) -> impl Iterator<Item = &'a Problem> + 'a {
        self.problems.iter().filter(move |p| p.aspect == aspect)
    }

    /// The problem with this id, to edit.
    pub fn problem_mut(&mut self, id: &str) -> Option<&mut Problem> {
        self.problems.iter_mut().find(|p| p.id == id)
    }

    /// Removes a problem and every link to it; returns what undo needs.
    pub fn remove_problem(&mut self, id: &str) -> Option<Removed> {
        let at = self.problems.iter().position(|p| p.id == id)?;
        let problem = self.problems.remove(at);
        let mut causes = Vec::new();
        for c in &mut self.causes {
            if c.problems.iter().any(|x| x == id) {
                causes.push(c.id.clone());
                c.problems.retain(|x| x != id);
            }
        }
        let mut measures = Vec::new();
        for m in &mut self.measures {
            if m.problems.iter().any(|x| x == id) {
                measures.push(m.id.clone());
                m.problems.retain(|x| x != id);
            }
        }
        Some(Removed {
            at,
            problem,
            causes,
            measures,
        })
    }

    /// Puts a removed problem back where it was, with its links.
    pub fn restore_problem(&mut self, r: Removed) {
        let id = r.problem.id.clone();
        let at = r.at.min(self.problems.len());
        self.problems.insert(at, r.problem);
        for c in &mut self.causes {
            if r.causes.contains(&c.id) && !c.problems.contains(&id) {
                c.problems.push(id.clone());
            }
        }
        for m in &mut self.measures {
            if r.measures.contains(&m.id) && !m.problems.contains(&id) {
                m.problems.push(id.clone());
            }
        }
    }

    /// Moves a problem up (-1) or down (+1) among the problems of its aspect.
    pub fn shift_problem(&mut self, id: &str, delta: i32) {
        let Some(at) = self.problems.iter().position(|p| p.id == id) else {
            return;
        };
        let aspect = self.problems[at].aspect.clone();
        let same: Vec<usize> = (0..self.problems.len())
            .filter(|&i| self.problems[i].aspect == aspect)
            .collect();
        let Some(k) = same.iter().position(|&i| i == at) else {
            return;
        };
        let target = k as i64 + i64::from(delta);
        if target < 0 || target as usize >= same.len() {
            return;
        }
        self.problems.swap(at, same[target as usize]);
    }

    /// Moves a problem to the end of another aspect.
    pub fn move_problem(&mut self, id: &str, aspect: &str) {
        if let Some(at) = self.problems.iter().position(|p| p.id == id) {
            let mut p = self.problems.remove(at);
            p.aspect = aspect.to_string();
            self.problems.push(p);
        }
    }

    /// Links or unlinks a problem from a cause or a measure's list.
    pub fn toggle_link(list: &mut Vec<String>, problem: &str, on: bool) {
        let has = list.iter().any(|x| x == problem);
        if on && !has {
            list.push(problem.to_string());
        } else if !on && has {
            list.retain(|x| x != problem);
        }
    }

    /// Marks a section complete or not.
    pub fn set_section_done(&mut self, key: &str, done: bool) {
        Self::toggle_link(&mut self.sections_done, key, done);
    }

    /// Whether the user said this section is complete.
    pub fn section_done(&self, key: &str) -> bool {
        self.sections_done.iter().any(|k| k == key)
    }

    /// The answer to a category of 需要向组织说明的事项 (unanswered when none).
    pub fn answer(&self, category: &str) -> Option<&ExplanationAnswer> {
        self.explanation_answers
            .iter()
            .find(|a| a.category == category)
    }

    /// Sets the answer to a category, adding it when it has none yet.
    pub fn set_answer(&mut self, category: &str, answer: Answer) {
        match self
            .explanation_answers
            .iter_mut()
            .find(|a| a.category == category)
        {
            Some(a) => a.answer = answer,
            None => self.explanation_answers.push(ExplanationAnswer {
                category: category.to_string(),
                answer,
                details: String::new(),
            }),
        }
    }
}

/// What [`Draft::remove_problem`] took away, for undo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub at: usize,
    pub problem: Problem,
    pub causes: Vec<String>,
    pub measures: Vec<String>,
}

/// An item deleted from one of the draft's lists, with what undo needs to put it
/// back where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Deleted {
    Problem(Removed),
    Cause { at: usize, cause: Cause },
    Measure { at: usize, measure: Measure },
    LastYear { at: usize, item: LastYearItem },
}

impl Deleted {
    /// The id of the item.
    pub fn id(&self) -> &str {
        match self {
            Deleted::Problem(r) => &r.problem.id,
            Deleted::Cause { cause, .. } => &cause.id,
            Deleted::Measure { measure, .. } => &measure.id,
            Deleted::LastYear { item, .. } => &item.id,
        }
    }

    /// What the notice calls it: its summary (or, for a last year's item, its
    /// problem); empty when the user wrote none.
    pub fn name(&self) -> &str {
        match self {
            Deleted::Problem(r) => r.problem.summary.trim(),
            Deleted::Cause { cause, .. } => cause.summary.trim(),
            Deleted::Measure { measure, .. } => measure.summary.trim(),
            Deleted::LastYear { item, .. } => item.problem.trim(),
        }
    }
}

/// Takes the item with `id` out of `list`: its place and the item.
fn take<T>(list: &mut Vec<T>, id: impl Fn(&T) -> bool) -> Option<(usize, T)> {
    let at = list.iter().position(id)?;
    Some((at, list.remove(at)))
}

/// Puts `item` back at `at` (or last, if the list is shorter now), unless an item with
/// its id is there already.
fn put_back<T>(list: &mut Vec<T>, at: usize, item: T, same: impl Fn(&T, &T) -> bool) {
    if !list.iter().any(|x| same(x, &item)) {
        let at = at.min(list.len());
        list.insert(at, item);
    }
}

impl Draft {
    /// Deletes a cause (see [`Draft::restore`]).
    pub fn remove_cause(&mut self, id: &str) -> Option<Deleted> {
        take(&mut self.causes, |c| c.id == id).map(|(at, cause)| Deleted::Cause { at, cause })
    }

    /// Deletes a measure (see [`Draft::restore`]). Its ledger entry is kept, marked
    /// dropped, and follows it again when it is put back.
    pub fn remove_measure(&mut self, id: &str) -> Option<Deleted> {
        take(&mut self.measures, |m| m.id == id)
            .map(|(at, measure)| Deleted::Measure { at, measure })
    }

    /// Deletes one of last year's items (see [`Draft::restore`]).
    pub fn remove_last_year(&mut self, id: &str) -> Option<Deleted> {
        take(&mut self.last_year, |i| i.id == id).map(|(at, item)| Deleted::LastYear { at, item })
    }

    /// Puts a deleted item back where it was. A problem gets its links back; a cause
    /// or measure keeps the links it had, to the problems that still exist.
    pub fn restore(&mut self, d: Deleted) {
        match d {
            Deleted::Problem(r) => {
                if !self.problems.iter().any(|p| p.id == r.problem.id) {
                    self.restore_problem(r);
                }
            }
            Deleted::Cause { at, mut cause } => {
                cause
                    .problems
                    .retain(|id| self.problems.iter().any(|p| &p.id == id));
                put_back(&mut self.causes, at, cause, |a, b| a.id == b.id);
            }
            Deleted::Measure { at, mut measure } => {
                measure
                    .problems
                    .retain(|id| self.problems.iter().any(|p| &p.id == id));
                put_back(&mut self.measures, at, measure, |a, b| a.id == b.id);
            }
            Deleted::LastYear { at, item } => {
                put_back(&mut self.last_year, at, item, |a, b| a.id == b.id)
            }
        }
    }
}
