//! The unit's own checklists: save, copy for a year without one, delete, the file
//! that hands one to the other members, and the editor's form.

use super::Desk;
use crate::domain::checklist::{self, Aspect, Mark, Prompt, Wording};
use crate::domain::{Checklist, MaterialKind};
use crate::storage::backup;
use crate::storage::checklists::{checklist_from_json, checklist_json};
use crate::storage::{KeyValue, SaveError};

/// Why one of the unit's checklists was not saved.
#[derive(Clone, Debug, PartialEq)]
pub enum ChecklistFault {
    /// It would not read back as a checklist (a field left empty).
    Incomplete,
    /// Writing failed.
    Save(SaveError),
    /// Written, but not read back among the unit's checklists.
    NotKept,
}

impl<K: KeyValue> Desk<'_, K> {
    /// Writes one of the unit's checklists after checking it reads back as one, and
    /// checks it is then among the unit's checklists as saved.
    pub fn save_checklist(&self, c: &Checklist) -> Result<(), ChecklistFault> {
        if checklist_from_json(&checklist_json(c)).is_err() {
            return Err(ChecklistFault::Incomplete);
        }
        self.store
            .save_checklist(c, self.now)
            .map_err(ChecklistFault::Save)?;
        let (own, _) = self.store.checklists();
        if own.iter().any(|x| x.key() == c.key() && x == c) {
            Ok(())
        } else {
            Err(ChecklistFault::NotKept)
        }
    }

    /// The unit's own checklist for `year`, copied from `from` (marked as copied until
    /// it is checked against the notice), saved.
    pub fn own_copy(&self, from: &Checklist, year: u32) -> Result<Checklist, ChecklistFault> {
        let own = from.copy_as_custom(&(self.new_id)(), year);
        self.save_checklist(&own)?;
        Ok(own)
    }

    /// Deletes one of the unit's checklists (drafts that follow it fall back to their
    /// year's built-in one, keeping every problem).
    pub fn delete_checklist(&self, id: &str) -> Result<(), SaveError> {
        self.store.delete_checklist(id)
    }

    /// The file that hands one of the unit's checklists to the other members.
    pub fn checklist_file(&self, c: &Checklist) -> String {
        backup::encode_backup_with(&[], std::slice::from_ref(c), self.now)
    }
}

/// The checklist editor's fields, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChecklistForm {
    pub year: String,
    pub meeting: String,
    pub name: String,
    pub theme: String,
    pub previous: String,
    /// The campaign 上年度整改 reports on, its problems as the material counts them.
    pub campaign: String,
    pub intro_team: String,
    pub intro_individual: String,
    /// Whether the material has the 典型案例剖析 part.
    pub case_study: bool,
    pub aspects: Vec<AspectForm>,
}

/// One aspect in the editor: its id (empty for a new one), short name, heading and
/// prompts, one to a line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AspectForm {
    pub id: String,
    pub short: String,
    pub heading: String,
    pub prompts: String,
}

/// Why the editor's form does not make a checklist.
#[derive(Clone, Debug, PartialEq)]
pub enum FormFault {
    /// The year is not a number from 2000 to 2100.
    BadYear,
    /// The meeting, name, theme or previous meeting is empty, or the result would
    /// not be a valid checklist.
    Incomplete,
    NoAspect,
    /// The aspect at this place (from 1) has no heading.
    AspectNoHeading(usize),
    /// A 导语 pattern names a placeholder the app does not fill.
    IntroPlaceholder(MaterialKind, String),
}

impl ChecklistForm {
    /// The form of a checklist, as the editor opens it.
    pub fn of(c: &Checklist) -> Self {
        ChecklistForm {
            year: c.year.to_string(),
            meeting: c.meeting_zh.clone(),
            name: c.checklist_name_zh.clone(),
            theme: c.theme_zh.clone(),
            previous: c.previous_meeting_zh.clone(),
            campaign: c
                .campaigns
                .first()
                .map_or_else(String::new, |x| x.problems_zh.clone()),
            intro_team: c.intro.team_zh.clone(),
            intro_individual: c.intro.individual_zh.clone(),
            case_study: !c.text_parts.is_empty(),
            aspects: c
                .aspects
                .iter()
                .map(|a| AspectForm {
                    id: a.id.clone(),
                    short: a.short_zh.clone(),
                    heading: a.wordings[0].zh.clone(),
                    prompts: a
                        .prompts
                        .iter()
                        .map(|p| p.zh.as_str())
                        .collect::<Vec<_>>()
                        .join("\n"),
                })
                .collect(),
        }
    }

    /// The checklist the form makes of `original`: what is kept as it was keeps its
    /// ids, English and marks; what is new is the unit's.
    pub fn apply(&self, original: &Checklist) -> Result<Checklist, FormFault> {
        let year = match self.year.trim().parse::<u32>() {
            Ok(y) if (2000..=2100).contains(&y) => y,
            _ => return Err(FormFault::BadYear),
        };
        let t = |s: &str| s.trim().to_string();
        let (meeting, name, theme, previous) = (
            t(&self.meeting),
            t(&self.name),
            t(&self.theme),
            t(&self.previous),
        );
        if [&meeting, &name, &theme, &previous]
            .iter()
            .any(|s| s.is_empty())
        {
            return Err(FormFault::Incomplete);
        }
        if self.aspects.is_empty() {
            return Err(FormFault::NoAspect);
        }
        let mut c = original.clone();
        c.set_meeting(year, &meeting);
        c.label_en = format!("{year} (the unit's own checklist)");
        if c.checklist_name_zh != name {
            c.checklist_name_en = name.clone();
        }
        c.checklist_name_zh = name;
        if c.theme_zh != theme {
            c.theme_en = theme.clone();
        }
        c.theme_zh = theme;
        if c.previous_meeting_zh != previous {
            c.previous_meeting_en = previous.clone();
        }
        c.previous_meeting_zh = previous;
        c.set_campaign(self.campaign.trim());
        c.intro.team_zh = t(&self.intro_team);
        c.intro.individual_zh = t(&self.intro_individual);
        c.aspects = self.aspects(original)?;
        self.case_study_part(&mut c, original);
        // A copy stays marked as copied while its theme or a heading is the year's it
        // came from.
        c.mark_if_checked();
        if let Some((kind, placeholder)) = c.intro_placeholder_fault() {
            return Err(FormFault::IntroPlaceholder(kind, placeholder.to_string()));
        }
        c.validate_custom().map_err(|_| FormFault::Incomplete)?;
        Ok(c)
    }

    fn aspects(&self, original: &Checklist) -> Result<Vec<Aspect>, FormFault> {
        let mut used: Vec<String> = self.aspects.iter().map(|r| r.id.clone()).collect();
        let mut aspects = Vec::with_capacity(self.aspects.len());
        for (n, r) in self.aspects.iter().enumerate() {
            let heading = r.heading.trim().to_string();
            if heading.is_empty() {
                return Err(FormFault::AspectNoHeading(n + 1));
            }
            let typed = r.short.trim();
            // A short name left as it was under a changed heading follows the heading.
            let kept_short = original
                .aspect(&r.id)
                .is_some_and(|a| a.short_zh == typed && a.wordings[0].zh != heading);
            let short = if typed.is_empty() || kept_short {
                Checklist::short_name(&heading)
            } else {
                typed.to_string()
            };
            let id = if r.id.is_empty() {
                unused(&mut used, aspects.len() + 1, |k| format!("u{k}"))
            } else {
                r.id.clone()
            };
            let before = original.aspect(&id);
            // A heading kept as it was keeps its id, English and mark (copied, until
            // the unit changes it); a new one is the unit's. So does a short name.
            let wording = before
                .map(|a| a.wordings[0].clone())
                .filter(|w| w.zh == heading)
                .unwrap_or_else(|| Wording {
                    id: "unit".into(),
                    en: heading.clone(),
                    zh: heading,
                    mark: Mark::Unit,
                });
            let short_en = before
                .filter(|a| a.short_zh == short)
                .map_or_else(|| short.clone(), |a| a.short_en.clone());
            aspects.push(Aspect {
                // An aspect kept keeps the ground it covers (for moving problems).
                themes: before.map(|a| a.themes.clone()).unwrap_or_default(),
                prompts: prompts(&r.prompts, &id, before),
                id,
                short_en,
                short_zh: short,
                wordings: vec![wording],
                examples: Vec::new(),
            });
        }
        Ok(aspects)
    }

    /// The optional 典型案例剖析, right after 存在的问题 in both kinds: the checklist's
    /// own, else the newest built-in one's.
    fn case_study_part(&self, c: &mut Checklist, original: &Checklist) {
        let part = c
            .text_parts
            .first()
            .cloned()
            .or_else(|| {
                checklist::all()
                    .rev()
                    .find_map(|c| c.text_parts.first().cloned())
            })
            .filter(|_| self.case_study);
        for names in [&mut c.sections.team, &mut c.sections.individual] {
            names.retain(|n| !original.text_parts.iter().any(|t| &t.id == n));
            if let (Some(p), Some(at)) = (&part, names.iter().position(|n| n == "problems")) {
                names.insert(at + 1, p.id.clone());
            }
        }
        c.text_parts = part.into_iter().collect();
    }
}

/// The first id `name(k)` not in `used`, from `k = from` on; taken.
fn unused(used: &mut Vec<String>, from: usize, name: impl Fn(usize) -> String) -> String {
    let mut k = from;
    while used.contains(&name(k)) {
        k += 1;
    }
    used.push(name(k));
    name(k)
}

/// An aspect's prompts, one to a line: a prompt kept as it was keeps its id (drafts
/// remember which prompts were considered), its reader and its English; a new one
/// gets an unused id.
fn prompts(lines: &str, aspect: &str, before: Option<&Aspect>) -> Vec<Prompt> {
    let mut taken: Vec<String> = before
        .map(|a| a.prompts.iter().map(|p| p.id.clone()).collect())
        .unwrap_or_default();
    lines
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let kept = before.and_then(|a| a.prompts.iter().find(|p| p.zh == line));
            Prompt {
                id: kept.map_or_else(
                    || unused(&mut taken, 1, |k| format!("{aspect}p{k}")),
                    |p| p.id.clone(),
                ),
                audience: kept.map(|p| p.audience).unwrap_or_default(),
                zh: line.to_string(),
                en: kept.map_or_else(|| line.to_string(), |p| p.en.clone()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryKv;
    use crate::usecase::testing::Bench;

    fn own() -> Checklist {
        Checklist::for_year(2025).copy_as_custom("u1", 2026)
    }

    #[test]
    fn the_form_as_opened_makes_the_same_checklist() {
        let c = own();
        assert_eq!(ChecklistForm::of(&c).apply(&c).unwrap(), c);
    }

    #[test]
    fn the_form_says_what_is_missing() {
        let c = own();
        let with = |f: fn(&mut ChecklistForm)| {
            let mut form = ChecklistForm::of(&c);
            f(&mut form);
            form.apply(&c)
        };
        assert_eq!(
            with(|f| f.year = "二〇二六".into()),
            Err(FormFault::BadYear)
        );
        assert_eq!(with(|f| f.year = "1999".into()), Err(FormFault::BadYear));
        assert_eq!(with(|f| f.theme = "  ".into()), Err(FormFault::Incomplete));
        assert_eq!(with(|f| f.aspects.clear()), Err(FormFault::NoAspect));
        assert_eq!(
            with(|f| f.aspects[2].heading = String::new()),
            Err(FormFault::AspectNoHeading(3))
        );
        assert_eq!(
            with(|f| f.intro_individual = f.intro_individual.replace("{theme}", "")),
            Err(FormFault::IntroPlaceholder(
                MaterialKind::Individual,
                "{theme}".into()
            ))
        );
    }

    #[test]
    fn a_new_aspect_and_prompt_get_unused_ids_and_kept_ones_keep_theirs() {
        let c = own();
        let mut form = ChecklistForm::of(&c);
        let first_prompt = c.aspects[0].prompts[0].clone();
        form.aspects[0].prompts = format!("新的提示\n{}", first_prompt.zh);
        form.aspects.push(AspectForm {
            heading: "在树立和践行正确政绩观上带头".into(),
            ..AspectForm::default()
        });
        let made = form.apply(&c).unwrap();
        let a0 = &made.aspects[0];
        assert_eq!(a0.prompts[1], first_prompt);
        assert!(!c.aspects[0]
            .prompts
            .iter()
            .any(|p| p.id == a0.prompts[0].id));
        let new = made.aspects.last().unwrap();
        assert_eq!(new.id, format!("u{}", made.aspects.len()));
        assert_eq!(new.wordings[0].mark, Mark::Unit);
        assert!(!new.short_zh.is_empty());
    }

    #[test]
    fn a_changed_heading_carries_its_old_short_name_along_and_unmarks_the_copy() {
        let c = own();
        assert_eq!(c.source.mark, Mark::Copied);
        let mut form = ChecklistForm::of(&c);
        form.theme = "树立和践行正确政绩观".into();
        for a in &mut form.aspects {
            a.heading = format!("{}（本单位）", a.heading);
        }
        let made = form.apply(&c).unwrap();
        assert_ne!(made.source.mark, Mark::Copied);
        assert_eq!(
            made.aspects[0].short_zh,
            Checklist::short_name(&made.aspects[0].wordings[0].zh)
        );
    }

    #[test]
    fn the_case_study_part_comes_and_goes_after_the_problems() {
        let c = own();
        let mut form = ChecklistForm::of(&c);
        form.case_study = !form.case_study;
        let made = form.apply(&c).unwrap();
        assert_eq!(made.text_parts.is_empty(), !form.case_study);
        form.case_study = !form.case_study;
        assert_eq!(
            form.apply(&made).unwrap().text_parts.len(),
            c.text_parts.len()
        );
    }

    #[test]
    fn the_file_that_hands_a_checklist_on_holds_it_and_no_draft() {
        let b = Bench::new();
        let c = own();
        let file = b.desk(|k| k.checklist_file(&c));
        let read = backup::decode_backup_all(&file).unwrap();
        assert_eq!((read.checklists, read.drafts.len()), (vec![c], 0));
    }

    #[test]
    fn saving_a_checklist_checks_it_reads_back_and_says_a_failed_write() {
        let b = Bench::new();
        let c = own();
        b.desk(|k| k.save_checklist(&c)).unwrap();
        assert_eq!(b.store.checklists().0, vec![c.clone()]);
        let mut bad = c.clone();
        bad.aspects.clear();
        assert_eq!(
            b.desk(|k| k.save_checklist(&bad)),
            Err(ChecklistFault::Incomplete)
        );
        let blocked = Bench::over(MemoryKv::blocked());
        assert_eq!(
            blocked.desk(|k| k.save_checklist(&c)),
            Err(ChecklistFault::Save(SaveError::Unavailable))
        );
        let copy = b
            .desk(|k| k.own_copy(Checklist::for_year(2025), 2027))
            .unwrap();
        assert_eq!((copy.year, copy.source.mark), (2027, Mark::Copied));
        assert_eq!(b.store.checklists().0.len(), 2);
        b.desk(|k| k.delete_checklist(&copy.custom_id)).unwrap();
        assert_eq!(b.store.checklists().0, vec![c]);
    }
}
