//! A change of checklist: problems kept under the aspects that stay, the rest
//! proposed an aspect by meaning.

use super::*;

impl Draft {
    /// The draft's problems whose aspect the checklist does not have (after the year
    /// or the checklist changed): they are kept, and the check page asks to move them.
    pub fn stray_problems<'a>(
        &'a self,
        checklist: &'a Checklist,
    ) -> impl Iterator<Item = &'a Problem> {
        self.problems
            .iter()
            .filter(|p| checklist.aspect(&p.aspect).is_none())
    }

    /// Moves every problem under an aspect the checklist lacks to the aspect proposed
    /// for it ([`Draft::proposed_aspect`]).
    pub fn move_strays(&mut self, checklist: &Checklist) {
        let moves: Vec<(String, String)> = self
            .stray_problems(checklist)
            .filter_map(|p| Some((p.id.clone(), Draft::proposed_aspect(p, checklist)?)))
            .collect();
        for (id, to) in moves {
            self.move_problem(&id, &to);
        }
    }

    /// The aspect of `checklist` a problem kept from another checklist is proposed
    /// for: the one whose themes its words name most (a 信访 problem goes where 宗旨
    /// is), else the one at its old place (the number in its id: a5 was the fifth),
    /// the last for any beyond.
    pub fn proposed_aspect(p: &Problem, checklist: &Checklist) -> Option<String> {
        let last = checklist.aspects.len().checked_sub(1)?;
        let text = format!("{}{}", p.summary, p.detail);
        let best = checklist
            .aspects
            .iter()
            .map(|a| (crate::domain::rules::theme_score(&text, &a.themes), a))
            .filter(|(n, _)| *n > 0)
            // The first of the best: max_by_key keeps the last of equals.
            .rev()
            .max_by_key(|(n, _)| *n)
            .map(|(_, a)| a.id.clone());
        best.or_else(|| {
            let old = p.aspect.rsplit(':').next().unwrap_or_default();
            let digits: String = old.chars().filter(char::is_ascii_digit).collect();
            let at = digits.parse::<usize>().unwrap_or(1).max(1) - 1;
            Some(checklist.aspects[at.min(last)].id.clone())
        })
    }

    /// Changes the draft from the checklist it follows to another, as the user does
    /// on the profile step. A problem stays under its aspect only where the other
    /// checklist has that aspect with the same heading; the rest wait, as
    /// [`Draft::stray_problems`], under their old place (`2022:a4`), for the user to
    /// confirm the aspect proposed for each ([`Draft::proposed_aspect`]): 2022's a4
    /// (以人民为中心) is not 2024's a4 (全面从严治党). Going back puts them back.
    pub fn change_checklist(&mut self, from: &Checklist, to: &Checklist) {
        let heading = |c: &Checklist, id: &str| c.aspect(id).map(|a| a.wordings[0].zh.clone());
        for p in &mut self.problems {
            match p.aspect.split_once(':') {
                Some((key, id)) if key == to.key() && to.aspect(id).is_some() => {
                    p.aspect = id.to_string();
                }
                Some(_) => {}
                None => {
                    let same = heading(from, &p.aspect).is_some()
                        && heading(from, &p.aspect) == heading(to, &p.aspect);
                    if !same && from.key() != to.key() && from.aspect(&p.aspect).is_some() {
                        p.aspect = format!("{}:{}", from.key(), p.aspect);
                    }
                }
            }
        }
        self.use_checklist(to);
    }

    /// Switches the draft to another checklist (and its year). Nothing is deleted:
    /// problems under aspects the new checklist lacks stay, as
    /// [`Draft::stray_problems`], until the user moves them.
    pub fn use_checklist(&mut self, checklist: &Checklist) {
        self.profile.year = checklist.year;
        self.profile.checklist = checklist.key();
    }
}
