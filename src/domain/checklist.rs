//! The meeting checklist of one year, as data.
//!
//! Each year's checklist lives in `data/checklists/<year>.json`, embedded at compile
//! time and validated by a native test. Other years differ, so nothing here names
//! an aspect in code.

use super::draft::MaterialKind;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// One wording of an aspect heading (a higher-level notice may word it differently).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wording {
    pub id: String,
    pub zh: String,
    pub en: String,
}

/// Which material a prompt or an example is written for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    #[default]
    Both,
    Team,
    Individual,
}

impl Audience {
    /// Whether a material of this kind shows it.
    pub fn fits(self, kind: MaterialKind) -> bool {
        matches!(
            (self, kind),
            (Audience::Both, _)
                | (Audience::Team, MaterialKind::Team)
                | (Audience::Individual, MaterialKind::Individual)
        )
    }
}

/// A self-check prompt shown beside an aspect.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    pub id: String,
    /// The reader it is written for (both when the data does not say).
    #[serde(rename = "for", default)]
    pub audience: Audience,
    pub zh: String,
    pub en: String,
}

/// Whether an example problem statement is one to follow or one to avoid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quality {
    Good,
    Weak,
}

/// An example problem statement shown beside the prompts (material text, Chinese),
/// with why it is good or weak.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub quality: Quality,
    #[serde(rename = "for", default)]
    pub audience: Audience,
    pub summary_zh: String,
    pub detail_zh: String,
    pub why_zh: String,
    pub why_en: String,
}

/// One aspect of the checklist ("六个带头" has six).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aspect {
    pub id: String,
    pub short_zh: String,
    pub short_en: String,
    /// The first wording is the default; others are alternatives the user may pick.
    pub wordings: Vec<Wording>,
    /// Example problem statements: at least one good and one weak.
    pub examples: Vec<Example>,
    pub prompts: Vec<Prompt>,
}

impl Aspect {
    /// The prompts for a material of this kind.
    pub fn prompts_for(&self, kind: MaterialKind) -> impl Iterator<Item = &Prompt> {
        self.prompts.iter().filter(move |p| p.audience.fits(kind))
    }

    /// The examples for a material of this kind, the good ones first.
    pub fn examples_for(&self, kind: MaterialKind) -> Vec<&Example> {
        let mut v: Vec<&Example> = self
            .examples
            .iter()
            .filter(|e| e.audience.fits(kind))
            .collect();
        v.sort_by_key(|e| e.quality == Quality::Weak);
        v
    }

    /// The wording with this id, or the default one.
    pub fn wording(&self, id: Option<&str>) -> &Wording {
        id.and_then(|id| self.wordings.iter().find(|w| w.id == id))
            .unwrap_or(&self.wordings[0])
    }
}

/// A root-cause dimension (原因剖析).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CauseDimension {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub hint_zh: String,
    pub hint_en: String,
}

/// Cause dimensions for each kind of material.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CauseDimensions {
    pub team: Vec<CauseDimension>,
    pub individual: Vec<CauseDimension>,
}

/// A part of the material, after the title.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// 导语
    Intro,
    /// 上年度整改落实情况
    LastYear,
    /// 存在的问题, one step per aspect
    Problems,
    /// 需要向组织说明的事项 (optional)
    Explanations,
    /// 原因剖析
    Causes,
    /// 整改措施
    Measures,
    /// 表态 (optional)
    Closing,
}

/// The parts of each kind of material, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parts {
    pub team: Vec<Part>,
    pub individual: Vec<Part>,
}

/// The checklist of one meeting year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub year: u32,
    pub label_zh: String,
    pub label_en: String,
    pub theme_zh: String,
    pub theme_en: String,
    pub previous_meeting_zh: String,
    pub previous_meeting_en: String,
    pub checklist_name_zh: String,
    pub checklist_name_en: String,
    pub aspects: Vec<Aspect>,
    pub cause_dimensions: CauseDimensions,
    /// The section list of each kind of material.
    pub sections: Parts,
}

/// The raw data files, embedded at build time: (year, JSON text).
pub const DATA: &[(u32, &str)] = &[(
    2022,
    // The file without its indentation (`build.rs`).
    include_str!(concat!(env!("OUT_DIR"), "/checklist-2022.json")),
)];

/// A problem found while validating a checklist file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistError(pub String);

impl Checklist {
    /// Parses and validates one data file.
    pub fn parse(json: &str) -> Result<Checklist, ChecklistError> {
        let c: Checklist =
            serde_json::from_str(json).map_err(|e| ChecklistError(format!("JSON: {e}")))?;
        c.validate()?;
        Ok(c)
    }

    /// Every rule a data file must satisfy.
    pub fn validate(&self) -> Result<(), ChecklistError> {
        let fail = |m: String| Err(ChecklistError(m));
        if self.aspects.is_empty() {
            return fail("no aspect".into());
        }
        let mut ids = std::collections::BTreeSet::new();
        let mut texts: Vec<(&str, &str)> = vec![
            ("label_zh", &self.label_zh),
            ("theme_zh", &self.theme_zh),
            ("previous_meeting_zh", &self.previous_meeting_zh),
        ];
        for a in &self.aspects {
            if !ids.insert(a.id.as_str()) {
                return fail(format!("duplicate id {}", a.id));
            }
            if a.wordings.is_empty() {
                return fail(format!("aspect {} has no wording", a.id));
            }
            if a.prompts.is_empty() {
                return fail(format!("aspect {} has no prompt", a.id));
            }
            texts.push((&a.id, &a.short_zh));
            let mut wids = std::collections::BTreeSet::new();
            for w in &a.wordings {
                if !wids.insert(w.id.as_str()) {
                    return fail(format!("aspect {} repeats wording {}", a.id, w.id));
                }
                texts.push((&w.id, &w.zh));
                texts.push((&w.id, &w.en));
            }
            for kind in [MaterialKind::Team, MaterialKind::Individual] {
                if a.prompts_for(kind).count() < 4 {
                    return fail(format!("aspect {} has under 4 prompts for {kind:?}", a.id));
                }
            }
            for kind in [MaterialKind::Team, MaterialKind::Individual] {
                let has = |q| a.examples_for(kind).iter().any(|e| e.quality == q);
                if !has(Quality::Good) || !has(Quality::Weak) {
                    return fail(format!(
                        "aspect {} needs a good and a weak example for {kind:?}",
                        a.id
                    ));
                }
            }
            for e in &a.examples {
                for t in [&e.summary_zh, &e.detail_zh, &e.why_zh, &e.why_en] {
                    texts.push((&a.id, t));
                }
            }
            for p in &a.prompts {
                if !ids.insert(p.id.as_str()) {
                    return fail(format!("duplicate id {}", p.id));
                }
                texts.push((&p.id, &p.zh));
                texts.push((&p.id, &p.en));
            }
        }
        for d in self
            .cause_dimensions
            .team
            .iter()
            .chain(&self.cause_dimensions.individual)
        {
            texts.push((&d.id, &d.zh));
            texts.push((&d.id, &d.hint_zh));
        }
        for kind in [
            &self.cause_dimensions.team,
            &self.cause_dimensions.individual,
        ] {
            if kind.is_empty() {
                return fail("a kind of material has no cause dimension".into());
            }
            let mut dids = std::collections::BTreeSet::new();
            for d in kind {
                if !dids.insert(d.id.as_str()) {
                    return fail(format!("duplicate cause dimension {}", d.id));
                }
            }
        }
        for parts in [&self.sections.team, &self.sections.individual] {
            if !parts.contains(&Part::Problems) {
                return fail("a kind of material has no 存在的问题".into());
            }
            for (i, p) in parts.iter().enumerate() {
                if parts[i + 1..].contains(p) {
                    return fail(format!("section {p:?} listed twice"));
                }
            }
        }
        if let Some((id, _)) = texts.iter().find(|(_, t)| t.trim().is_empty()) {
            return fail(format!("empty text in {id}"));
        }
        Ok(())
    }

    /// The checklist for a meeting year, or the newest one the app knows.
    pub fn for_year(year: u32) -> &'static Checklist {
        let all = all();
        all.iter()
            .find(|c| c.year == year)
            .unwrap_or_else(|| all.last().expect("at least one checklist is embedded"))
    }

    /// The parts of a kind of material, in order.
    pub fn parts(&self, kind: crate::domain::MaterialKind) -> &[Part] {
        match kind {
            crate::domain::MaterialKind::Team => &self.sections.team,
            crate::domain::MaterialKind::Individual => &self.sections.individual,
        }
    }

    /// The cause dimensions of a kind of material.
    pub fn dimensions(&self, kind: crate::domain::MaterialKind) -> &[CauseDimension] {
        match kind {
            crate::domain::MaterialKind::Team => &self.cause_dimensions.team,
            crate::domain::MaterialKind::Individual => &self.cause_dimensions.individual,
        }
    }

    /// The aspect with this id.
    pub fn aspect(&self, id: &str) -> Option<&Aspect> {
        self.aspects.iter().find(|a| a.id == id)
    }
}

/// Every embedded checklist, parsed once. Embedded data is validated by a test
/// (`Checklist::parse`), so the app only reads it: a failure here is a build defect.
pub fn all() -> &'static [Checklist] {
    static ALL: OnceLock<Vec<Checklist>> = OnceLock::new();
    ALL.get_or_init(|| {
        DATA.iter()
            .map(|(_, json)| serde_json::from_str(json).expect("embedded checklist"))
            .collect()
    })
}

/// The years the app has a checklist for.
pub fn years() -> Vec<u32> {
    DATA.iter().map(|(y, _)| *y).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_checklist_is_valid_and_matches_its_year() {
        for (year, json) in DATA {
            let c = Checklist::parse(json).unwrap_or_else(|e| panic!("{year}: {e:?}"));
            assert_eq!(c.year, *year);
        }
    }

    #[test]
    fn the_2022_checklist_has_the_six_aspects_in_order() {
        let c = Checklist::for_year(2022);
        assert_eq!(c.aspects.len(), 6);
        assert_eq!(c.checklist_name_zh, "六个带头");
        assert_eq!(c.previous_meeting_zh, "2021年度党史学习教育专题民主生活会");
        let heads: Vec<&str> = c
            .aspects
            .iter()
            .map(|a| a.wordings[0].zh.as_str())
            .collect();
        assert!(heads[0].contains("两个确立"), "{}", heads[0]);
        assert!(heads[1].contains("凝心铸魂"));
        assert!(heads[2].contains("党的全面领导"));
        assert!(heads[3].contains("以人民为中心"));
        assert!(heads[4].contains("斗争精神"));
        assert!(heads[5].contains("全面从严治党政治责任"));
        for h in heads {
            assert!(h.starts_with("在带头") && h.ends_with("方面"), "{h}");
        }
        // Aspect 1 offers the Politburo wording as an alternative.
        let alt = c.aspects[0].wording(Some("politburo"));
        assert!(alt.zh.contains("核心"), "{}", alt.zh);
        assert_eq!(c.aspects[0].wording(None).id, c.aspects[0].wordings[0].id);
        for a in &c.aspects {
            assert!(
                (8..=16).contains(&a.prompts.len()),
                "{}: {}",
                a.id,
                a.prompts.len()
            );
        }
        // The individual material may carry 需要向组织说明的事项; the team's has 民主集中制.
        use crate::domain::MaterialKind;
        assert!(c
            .parts(MaterialKind::Individual)
            .contains(&Part::Explanations));
        assert!(!c.parts(MaterialKind::Team).contains(&Part::Explanations));
        assert!(c
            .cause_dimensions
            .team
            .iter()
            .any(|d| d.zh.contains("民主集中制")));
    }

    #[test]
    fn validation_rejects_bad_data() {
        let good = Checklist::for_year(2022).clone();
        let mut dup = good.clone();
        dup.aspects[1].id = dup.aspects[0].id.clone();
        assert!(dup.validate().is_err());
        let mut empty = good.clone();
        empty.aspects[2].prompts[0].zh = "  ".into();
        assert!(empty.validate().is_err());
        let mut none = good.clone();
        none.aspects.clear();
        assert!(none.validate().is_err());
        let mut no_problems = good.clone();
        no_problems.sections.team.retain(|p| *p != Part::Problems);
        assert!(no_problems.validate().is_err());
        let mut twice = good.clone();
        twice.sections.individual.push(Part::Causes);
        assert!(twice.validate().is_err());
        assert!(Checklist::parse("{}").is_err());
        assert!(good.validate().is_ok());
    }
}
