//! The meeting checklist of one year, as data.
//!
//! Each built-in checklist lives in `data/checklists/<year>[-<variant>].json`,
//! embedded at compile time and validated by a native test. Years differ in their
//! aspects, parts, title and 导语, so nothing here names an aspect or a year's part in
//! code. A unit may also type in its own checklist (a year the app does not carry
//! yet): the same type, with a `custom_id`, stored by `storage::checklists`.

use super::draft::MaterialKind;
use serde::{Deserialize, Serialize};
use std::sync::{Arc, OnceLock};

/// How sure the app is of a wording: the tags of `../shared/reference/domain.md`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mark {
    /// Verified in the cited (official) source.
    #[serde(rename = "V")]
    Verified,
    /// Verified, but only from a third-party or template site.
    #[serde(rename = "V-3p")]
    ThirdParty,
    /// Common practice or recollection, not confirmed from a written source.
    #[serde(rename = "R")]
    Recalled,
    /// Compiled from several sources.
    #[default]
    #[serde(rename = "C")]
    Compiled,
    /// Typed in by the unit from its own notice.
    #[serde(rename = "unit")]
    Unit,
    /// Copied from another year's checklist and not yet checked against the notice.
    #[serde(rename = "copied")]
    Copied,
}

/// An education campaign whose problems a material reports on in 上年度整改 (2023年度:
/// 主题教育; 2025年度: 深入贯彻中央八项规定精神学习教育): data of the checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    /// The campaign's rectification, as a heading names it before 情况
    /// (主题教育检视整改).
    pub zh: String,
    pub en: String,
    /// Its problems, as the material counts them (主题教育检视问题).
    pub problems_zh: String,
}

impl Campaign {
    /// The campaign itself, as a 导语 names it (深入贯彻中央八项规定精神学习教育): its
    /// problems' name without 查摆问题 or 检视问题.
    pub fn stem(&self) -> &str {
        let p = self.problems_zh.as_str();
        ["查摆问题", "检视问题", "问题"]
            .iter()
            .find_map(|end| p.strip_suffix(end))
            .unwrap_or(p)
    }

    /// A campaign the unit names by its problems (树立和践行正确政绩观学习教育查摆问题):
    /// its part is headed by the same words with 整改 for the closing 问题.
    pub fn named(problems: &str) -> Campaign {
        let problems = problems.trim();
        let zh = match problems.strip_suffix("问题") {
            Some(stem) => format!("{stem}整改"),
            None => problems.to_string(),
        };
        Campaign {
            en: zh.clone(),
            zh,
            problems_zh: problems.to_string(),
        }
    }
}

/// The campaign a unit's checklist of a year the app does not carry reports on by
/// default (editable in the checklist editor): the year's learning and education as
/// announced, for the years after the newest built-in checklist.
const LATER_CAMPAIGNS: &[(u32, &str, &str, &str)] = &[(
    2026,
    "树立和践行正确政绩观学习教育查摆整改",
    "Problems found in the learning and education on a correct view of performance",
    "树立和践行正确政绩观学习教育查摆问题",
)];

/// One wording of an aspect heading (a higher-level notice may word it differently).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wording {
    pub id: String,
    pub zh: String,
    pub en: String,
    /// How sure the app is of this wording.
    #[serde(default)]
    pub mark: Mark,
}

/// Where a checklist's wording comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Source {
    pub mark: Mark,
    /// Addresses of the sources (shown as text, never fetched).
    pub refs: Vec<String>,
    pub note_zh: String,
    pub note_en: String,
}

/// The title patterns: `{unit}`, `{person}`, `{year}`, and `{material}` (个人对照检查材料
/// or 发言提纲).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Titles {
    pub team_zh: String,
    pub individual_zh: String,
}

/// The generated 导语 patterns: `{year}`, `{theme}` (quoted by the app), `{studies}`,
/// `{opinions}`, `{talks}` and `{checklist}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntroPatterns {
    pub team_zh: String,
    pub individual_zh: String,
}

/// The placeholders every 导语 pattern holds exactly once.
pub const INTRO_PLACEHOLDERS: [&str; 6] = [
    "{year}",
    "{theme}",
    "{studies}",
    "{opinions}",
    "{talks}",
    "{checklist}",
];

/// A part of the material that only some years have, written as free text under its
/// own heading (for example 2024年度's 反面典型案例剖析): data, not code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextPart {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub hint_zh: String,
    pub hint_en: String,
    /// Whether the material may leave it out.
    #[serde(default)]
    pub optional: bool,
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
    /// The ground it covers (政治, 理论, 党性, 宗旨, 斗争, 担当, 能力, 作风, 廉洁, 纪律,
    /// 管党治党; words of each in `data/checks.json`): a problem moved from another
    /// year's checklist is proposed for the aspect that covers its ground.
    #[serde(default)]
    pub themes: Vec<String>,
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    /// One of the checklist's [`TextPart`]s (its index).
    Text(usize),
}

impl Part {
    /// The built-in parts and their names in the data files.
    const NAMED: [(&'static str, Part); 7] = [
        ("intro", Part::Intro),
        ("last_year", Part::LastYear),
        ("problems", Part::Problems),
        ("explanations", Part::Explanations),
        ("causes", Part::Causes),
        ("measures", Part::Measures),
        ("closing", Part::Closing),
    ];
}

/// The parts of each kind of material, in order: the names of built-in parts, or the
/// id of one of the checklist's text parts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parts {
    pub team: Vec<String>,
    pub individual: Vec<String>,
}

/// The checklist of one meeting year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub year: u32,
    /// Which of a year's checklists this is (2023年度 has two); empty for the only one.
    #[serde(default)]
    pub variant: String,
    #[serde(default)]
    pub variant_zh: String,
    #[serde(default)]
    pub variant_en: String,
    pub label_zh: String,
    pub label_en: String,
    /// The meeting's name in a title after "{year}年度", e.g. 民主生活会.
    pub meeting_zh: String,
    pub theme_zh: String,
    pub theme_en: String,
    pub previous_meeting_zh: String,
    pub previous_meeting_en: String,
    pub checklist_name_zh: String,
    pub checklist_name_en: String,
    pub titles: Titles,
    pub intro: IntroPatterns,
    pub source: Source,
    pub aspects: Vec<Aspect>,
    pub cause_dimensions: CauseDimensions,
    /// The section list of each kind of material.
    pub sections: Parts,
    /// The parts written as free text under their own heading.
    #[serde(default)]
    pub text_parts: Vec<TextPart>,
    /// The education campaigns whose problems 上年度整改 reports on, besides the
    /// meeting before and inspections (none for a year without one).
    #[serde(default)]
    pub campaigns: Vec<Campaign>,
    /// A checklist the unit typed in: its id in storage; empty for a built-in one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub custom_id: String,
    /// The key of the checklist a unit's own was copied from (`2025`); empty when it
    /// was typed in, and for a built-in one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub copied_from: String,
}

/// The raw data files, embedded at build time (without their indentation, see
/// `build.rs`): (key, JSON text). A year's first checklist is its default.
pub const DATA: &[(&str, &str)] = &[
    (
        "2022",
        include_str!(concat!(env!("OUT_DIR"), "/checklist-2022.json")),
    ),
    (
        "2023-local",
        include_str!(concat!(env!("OUT_DIR"), "/checklist-2023-local.json")),
    ),
    (
        "2023-politburo",
        include_str!(concat!(env!("OUT_DIR"), "/checklist-2023-politburo.json")),
    ),
    (
        "2024",
        include_str!(concat!(env!("OUT_DIR"), "/checklist-2024.json")),
    ),
    (
        "2025",
        include_str!(concat!(env!("OUT_DIR"), "/checklist-2025.json")),
    ),
];

/// A problem found while validating a checklist file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistError(pub String);

impl Checklist {
    /// Parses and validates one built-in data file.
    pub fn parse(json: &str) -> Result<Checklist, ChecklistError> {
        let c: Checklist =
            serde_json::from_str(json).map_err(|e| ChecklistError(format!("JSON: {e}")))?;
        c.validate()?;
        Ok(c)
    }

    /// Every rule a built-in data file satisfies: [`Checklist::validate_custom`], and
    /// at least four prompts for each kind under every aspect, a good and a weak
    /// example for each kind where an aspect has examples, and English everywhere.
    pub fn validate(&self) -> Result<(), ChecklistError> {
        self.validate_custom()?;
        let fail = |m: String| Err(ChecklistError(m));
        let mut texts: Vec<(&str, &str)> = vec![
            ("label_en", &self.label_en),
            ("theme_en", &self.theme_en),
            ("checklist_name_en", &self.checklist_name_en),
        ];
        for a in &self.aspects {
            texts.push((&a.id, &a.short_en));
            for kind in [MaterialKind::Team, MaterialKind::Individual] {
                if a.prompts_for(kind).count() < 4 {
                    return fail(format!("aspect {} has under 4 prompts for {kind:?}", a.id));
                }
                let has = |q| a.examples_for(kind).iter().any(|e| e.quality == q);
                if !a.examples.is_empty() && (!has(Quality::Good) || !has(Quality::Weak)) {
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
            for w in &a.wordings {
                texts.push((&w.id, &w.en));
            }
            for p in &a.prompts {
                texts.push((&p.id, &p.en));
            }
        }
        for t in &self.text_parts {
            texts.push((&t.id, &t.en));
            texts.push((&t.id, &t.hint_en));
        }
        for d in self
            .cause_dimensions
            .team
            .iter()
            .chain(&self.cause_dimensions.individual)
        {
            texts.push((&d.id, &d.en));
            texts.push((&d.id, &d.hint_zh));
        }
        if self.source.note_zh.trim().is_empty() {
            return fail("a built-in checklist names its source".into());
        }
        if let Some(r) = self.source.refs.iter().find(|r| !is_official(r)) {
            return fail(format!("{r} is not an official source"));
        }
        if let Some((id, _)) = texts.iter().find(|(_, t)| t.trim().is_empty()) {
            return fail(format!("empty text in {id}"));
        }
        Ok(())
    }

    /// The rules every checklist satisfies, also one a unit typed in: aspects with
    /// unique ids and a wording, unique prompt ids, cause dimensions for each kind,
    /// parts that name known parts once each (存在的问题 among them), and title and
    /// 导语 patterns with their placeholders.
    pub fn validate_custom(&self) -> Result<(), ChecklistError> {
        let mut texts: Vec<(&str, &str)> = vec![
            ("label_zh", &self.label_zh),
            ("meeting_zh", &self.meeting_zh),
            ("theme_zh", &self.theme_zh),
            ("previous_meeting_zh", &self.previous_meeting_zh),
            ("checklist_name_zh", &self.checklist_name_zh),
        ];
        self.validate_aspects(&mut texts)?;
        self.validate_dimensions(&mut texts)?;
        self.validate_parts(&mut texts)?;
        self.validate_patterns()?;
        match texts.iter().find(|(_, t)| t.trim().is_empty()) {
            Some((id, _)) => Err(ChecklistError(format!("empty text in {id}"))),
            None => Ok(()),
        }
    }

    /// Aspects there, each with a wording, ids unique among aspects and prompts and
    /// wordings unique in their aspect; their texts go to `texts`, to be checked.
    fn validate_aspects<'a>(
        &'a self,
        texts: &mut Vec<(&'a str, &'a str)>,
    ) -> Result<(), ChecklistError> {
        let fail = |m: String| Err(ChecklistError(m));
        if self.aspects.is_empty() {
            return fail("no aspect".into());
        }
        let mut ids = std::collections::BTreeSet::new();
        for a in &self.aspects {
            if !ids.insert(a.id.as_str()) {
                return fail(format!("duplicate id {}", a.id));
            }
            if a.wordings.is_empty() {
                return fail(format!("aspect {} has no wording", a.id));
            }
            texts.push((&a.id, &a.short_zh));
            let mut wids = std::collections::BTreeSet::new();
            for w in &a.wordings {
                if !wids.insert(w.id.as_str()) {
                    return fail(format!("aspect {} repeats wording {}", a.id, w.id));
                }
                texts.push((&w.id, &w.zh));
            }
            for p in &a.prompts {
                if !ids.insert(p.id.as_str()) {
                    return fail(format!("duplicate id {}", p.id));
                }
                texts.push((&p.id, &p.zh));
            }
        }
        Ok(())
    }

    /// Cause dimensions for both kinds of material, ids unique in each.
    fn validate_dimensions<'a>(
        &'a self,
        texts: &mut Vec<(&'a str, &'a str)>,
    ) -> Result<(), ChecklistError> {
        for kind in [
            &self.cause_dimensions.team,
            &self.cause_dimensions.individual,
        ] {
            if kind.is_empty() {
                return Err(ChecklistError(
                    "a kind of material has no cause dimension".into(),
                ));
            }
            let mut dids = std::collections::BTreeSet::new();
            for d in kind {
                if !dids.insert(d.id.as_str()) {
                    return Err(ChecklistError(format!(
                        "duplicate cause dimension {}",
                        d.id
                    )));
                }
                texts.push((&d.id, &d.zh));
            }
        }
        Ok(())
    }

    /// Free-text parts with ids of their own (not a built-in part's), and each kind's
    /// parts known, listed once, with 存在的问题 among them.
    fn validate_parts<'a>(
        &'a self,
        texts: &mut Vec<(&'a str, &'a str)>,
    ) -> Result<(), ChecklistError> {
        let fail = |m: String| Err(ChecklistError(m));
        let mut tids = std::collections::BTreeSet::new();
        for t in &self.text_parts {
            if !tids.insert(t.id.as_str()) || Part::NAMED.iter().any(|(n, _)| *n == t.id) {
                return fail(format!("text part id {} repeated or reserved", t.id));
            }
            texts.push((&t.id, &t.zh));
        }
        for names in [&self.sections.team, &self.sections.individual] {
            if !names.iter().any(|n| n == "problems") {
                return fail("a kind of material has no 存在的问题".into());
            }
            for (i, n) in names.iter().enumerate() {
                if self.part_named(n).is_none() {
                    return fail(format!("unknown part {n}"));
                }
                if names[i + 1..].contains(n) {
                    return fail(format!("section {n} listed twice"));
                }
            }
        }
        Ok(())
    }

    /// The title and 导语 patterns hold each placeholder they need once.
    fn validate_patterns(&self) -> Result<(), ChecklistError> {
        for (name, pattern, needs) in [
            (
                "titles.team_zh",
                &self.titles.team_zh,
                &["{unit}", "{year}"][..],
            ),
            (
                "titles.individual_zh",
                &self.titles.individual_zh,
                &["{person}", "{year}", "{material}"][..],
            ),
        ] {
            if let Some(p) = needs.iter().find(|p| pattern.matches(*p).count() != 1) {
                return Err(ChecklistError(format!("{name} must hold {p} once")));
            }
        }
        if let Some((kind, p)) = self.intro_placeholder_fault() {
            return Err(ChecklistError(format!(
                "the {kind:?} 导语 pattern must hold {p} once"
            )));
        }
        Ok(())
    }

    /// The first placeholder a 导语 pattern lacks or holds twice (each of
    /// [`INTRO_PLACEHOLDERS`] stands once in each), with the kind of material whose
    /// pattern it is.
    pub fn intro_placeholder_fault(&self) -> Option<(MaterialKind, &'static str)> {
        [
            (MaterialKind::Team, &self.intro.team_zh),
            (MaterialKind::Individual, &self.intro.individual_zh),
        ]
        .into_iter()
        .find_map(|(kind, pattern)| {
            INTRO_PLACEHOLDERS
                .iter()
                .find(|p| pattern.matches(**p).count() != 1)
                .map(|p| (kind, *p))
        })
    }

    /// The part a data file names.
    fn part_named(&self, name: &str) -> Option<Part> {
        Part::NAMED
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, p)| *p)
            .or_else(|| {
                self.text_parts
                    .iter()
                    .position(|t| t.id == name)
                    .map(Part::Text)
            })
    }

    /// The stable key of this checklist: `2022`, `2023-local`, or `custom:<id>`.
    pub fn key(&self) -> String {
        if !self.custom_id.is_empty() {
            format!("custom:{}", self.custom_id)
        } else if self.variant.is_empty() {
            self.year.to_string()
        } else {
            format!("{}-{}", self.year, self.variant)
        }
    }

    /// The built-in checklist with this key.
    pub fn builtin(key: &str) -> Option<&'static Checklist> {
        DATA.iter().position(|(k, _)| *k == key).map(builtin_at)
    }

    /// The built-in checklist for a meeting year (that year's first), if the app has
    /// one.
    pub fn builtin_for_year(year: u32) -> Option<&'static Checklist> {
        DATA.iter()
            .position(|(k, _)| key_year(k) == Some(year))
            .map(builtin_at)
    }

    /// The built-in checklist for a meeting year (its first), or the newest one the
    /// app knows.
    pub fn for_year(year: u32) -> &'static Checklist {
        Checklist::builtin_for_year(year).unwrap_or_else(newest_builtin)
    }

    /// The checklist a draft names (`Profile::checklist`), among the built-in ones and
    /// `custom` (the unit's own); if it names none of them, the built-in one for its
    /// year.
    pub fn of(key: &str, year: u32, custom: &[Arc<Checklist>]) -> Arc<Checklist> {
        custom
            .iter()
            .find(|c| c.key() == key)
            .cloned()
            .or_else(|| DATA.iter().position(|(k, _)| *k == key).map(shared_at))
            .unwrap_or_else(|| {
                let i = DATA
                    .iter()
                    .position(|(k, _)| key_year(k) == Some(year))
                    .unwrap_or(DATA.len() - 1);
                shared_at(i)
            })
    }

    /// The checklist of the most recent meeting year the app has: the newest built-in
    /// one, or a later one of the unit's own (`custom`). A new draft follows it.
    pub fn latest(custom: &[Arc<Checklist>]) -> Arc<Checklist> {
        let builtin = newest_builtin();
        custom
            .iter()
            .filter(|c| c.year > builtin.year)
            .max_by_key(|c| c.year)
            .cloned()
            .unwrap_or_else(|| shared_at(DATA.len() - 1))
    }

    /// The checklist a new draft for a meeting year takes: the unit's own for that
    /// year (the last one saved), else the built-in one; none when the app has
    /// neither (see [`Checklist::stand_in`]).
    pub fn for_new_draft(year: u32, custom: &[Arc<Checklist>]) -> Option<Arc<Checklist>> {
        custom
            .iter()
            .rfind(|c| c.year == year)
            .cloned()
            .or_else(|| {
                DATA.iter()
                    .position(|(k, _)| key_year(k) == Some(year))
                    .map(shared_at)
            })
    }

    /// The checklist a draft for a year without one follows until the unit makes its
    /// own: the most recent one before that year, built in or the unit's own (or the
    /// oldest built-in one, for a year before them all).
    pub fn stand_in(year: u32, custom: &[Arc<Checklist>]) -> Arc<Checklist> {
        let builtin = (0..DATA.len()).rev().find(|i| builtin_at(*i).year < year);
        let own = custom
            .iter()
            .filter(|c| c.year < year)
            .max_by_key(|c| c.year);
        match (builtin, own) {
            (Some(b), Some(o)) if o.year > builtin_at(b).year => o.clone(),
            (Some(b), _) => shared_at(b),
            (None, Some(o)) => o.clone(),
            (None, None) => shared_at(0),
        }
    }

    /// This checklist's year when it stands in for another meeting year's (a 2026年度
    /// draft on 2025年度's checklist); none when it is that year's own.
    pub fn stands_in_for(&self, year: u32) -> Option<u32> {
        (self.year != year).then_some(self.year)
    }

    /// The meeting before `year`'s, as the material names it: this checklist's when it
    /// is that year's, else `{year-1}年度民主生活会` (a draft on a stand-in).
    pub fn previous_meeting_for(&self, year: u32) -> String {
        if year == self.year {
            self.previous_meeting_zh.clone()
        } else {
            format!("{}年度民主生活会", year.saturating_sub(1))
        }
    }

    /// The campaign an item of 上年度整改 names (its index), if this checklist has it.
    pub fn campaign(&self, i: usize) -> Option<&Campaign> {
        self.campaigns.get(i)
    }

    /// For a unit's copy of a built-in checklist, that checklist while the copy has
    /// not been checked against the notice: its theme, or one of its aspect headings,
    /// still the same as the year it was copied from.
    pub fn unchecked_copy(&self) -> Option<&'static Checklist> {
        let from = Checklist::builtin(&self.copied_from)?;
        let same_theme = self.theme_zh.trim() == from.theme_zh.trim();
        let same_heading = self.aspects.iter().any(|a| {
            from.aspects.iter().any(|b| {
                b.wordings
                    .iter()
                    .any(|w| w.zh.trim() == a.wordings[0].zh.trim())
            })
        });
        (same_theme || same_heading).then_some(from)
    }

    /// The campaign the unit names by its problems in the editor: none when empty,
    /// the campaigns as they are when it names the first, else that one alone.
    pub fn set_campaign(&mut self, problems: &str) {
        let problems = problems.trim();
        if problems.is_empty() {
            self.campaigns.clear();
        } else if self
            .campaigns
            .first()
            .is_none_or(|k| k.problems_zh != problems)
        {
            self.campaigns = vec![Campaign::named(problems)];
        }
    }

    /// After the unit edits a copy: once neither its theme nor any heading is the
    /// year's it was copied from, it is marked as the unit's, from its notice.
    pub fn mark_if_checked(&mut self) {
        let Some(from) = Checklist::builtin(&self.copied_from) else {
            return;
        };
        if self.unchecked_copy().is_none() {
            self.source.mark = Mark::Unit;
            self.source.note_zh =
                format!("底稿为{}，主题和各方面标题已由本单位修改", from.name_zh());
            self.source.note_en = format!(
                "Based on the {}, its theme and every heading changed by the unit",
                from.name_en()
            );
        }
    }

    /// The parts of a kind of material, in order.
    pub fn parts(&self, kind: MaterialKind) -> Vec<Part> {
        let names = match kind {
            MaterialKind::Team => &self.sections.team,
            MaterialKind::Individual => &self.sections.individual,
        };
        names.iter().filter_map(|n| self.part_named(n)).collect()
    }

    /// The text part with this id.
    pub fn text_part(&self, id: &str) -> Option<&TextPart> {
        self.text_parts.iter().find(|t| t.id == id)
    }

    /// The cause dimensions of a kind of material.
    pub fn dimensions(&self, kind: MaterialKind) -> &[CauseDimension] {
        match kind {
            MaterialKind::Team => &self.cause_dimensions.team,
            MaterialKind::Individual => &self.cause_dimensions.individual,
        }
    }

    /// The aspect with this id.
    pub fn aspect(&self, id: &str) -> Option<&Aspect> {
        self.aspects.iter().find(|a| a.id == id)
    }

    /// The name in a list of checklists: the label, and the variant where there is
    /// one; a unit's own is named as the unit's, with its aspects' name, so that it
    /// is told apart from the built-in one of its year and from another of the unit's.
    pub fn name_zh(&self) -> String {
        if !self.custom_id.is_empty() {
            format!(
                "{}（本单位清单：{}）",
                self.label_zh, self.checklist_name_zh
            )
        } else if self.variant_zh.is_empty() {
            self.label_zh.clone()
        } else {
            format!("{}（{}）", self.label_zh, self.variant_zh)
        }
    }

    /// [`Checklist::name_zh`] in English.
    pub fn name_en(&self) -> String {
        if !self.custom_id.is_empty() {
            format!(
                "{} democratic life meeting (your unit's checklist: {})",
                self.year, self.checklist_name_en
            )
        } else if self.variant_en.is_empty() {
            self.label_en.clone()
        } else {
            format!("{} ({})", self.label_en, self.variant_en)
        }
    }

    /// Sets the year and the meeting's name (e.g. 民主生活会), and the label and the
    /// title patterns that follow from them.
    pub fn set_meeting(&mut self, year: u32, meeting: &str) {
        self.year = year;
        self.meeting_zh = meeting.to_string();
        self.label_zh = format!("{year}年度{meeting}");
        self.titles.team_zh = format!("{{unit}}领导班子{{year}}年度{meeting}对照检查材料");
        self.titles.individual_zh = format!("{{person}}同志{{year}}年度{meeting}{{material}}");
    }

    /// A short name for an aspect from its heading: the heading without 在(带头) and
    /// 方面, its first six characters.
    pub fn short_name(heading: &str) -> String {
        heading
            .trim_start_matches("在带头")
            .trim_start_matches('在')
            .trim_end_matches("方面")
            .chars()
            .take(6)
            .collect()
    }

    /// A copy to edit as the unit's own checklist for `year`, with this id: the same
    /// aspects, prompts, parts and patterns, its wordings marked as the unit's.
    pub fn copy_as_custom(&self, id: &str, year: u32) -> Checklist {
        let mut c = self.clone();
        c.custom_id = id.to_string();
        c.year = year;
        c.variant.clear();
        c.variant_zh.clear();
        c.variant_en.clear();
        let meeting = c.meeting_zh.clone();
        c.set_meeting(year, &meeting);
        c.label_en = format!("{year} (the unit's own checklist)");
        // The meeting before is the year before's.
        let before = year.saturating_sub(1);
        let (zh, en) = Checklist::builtin_for_year(before)
            .map(|b| (b.label_zh.clone(), b.label_en.clone()))
            .unwrap_or_else(|| {
                (
                    format!("{before}年度民主生活会"),
                    format!("{before} democratic life meeting"),
                )
            });
        c.previous_meeting_zh = zh;
        c.previous_meeting_en = en;
        c.source = Source {
            mark: Mark::Copied,
            refs: Vec::new(),
            note_zh: format!("底稿为{}", self.name_zh()),
            note_en: format!("Based on the {}", self.name_en()),
        };
        c.copied_from = self.key();
        if year != self.year {
            // The 导语 named this year's campaign: it names the copy's instead.
            for k in &self.campaigns {
                for p in [&mut c.intro.team_zh, &mut c.intro.individual_zh] {
                    if !p.contains("{campaign}") && p.contains(k.stem()) {
                        *p = p.replacen(k.stem(), "{campaign}", 1);
                    }
                }
            }
            c.campaigns = LATER_CAMPAIGNS
                .iter()
                .filter(|(y, ..)| *y == year)
                .map(|(_, zh, en, problems)| Campaign {
                    zh: zh.to_string(),
                    en: en.to_string(),
                    problems_zh: problems.to_string(),
                })
                .collect();
        }
        for a in &mut c.aspects {
            a.examples.clear();
            for w in &mut a.wordings {
                w.mark = Mark::Copied;
            }
        }
        c
    }
}

/// Whether an address is one the app may show a Party cadre as a source: 新华网,
/// 人民网, 共产党员网, 求是网, or a government site (`*.gov.cn`). Anything else is named
/// in words (`Source::note_zh`), never linked.
pub fn is_official(address: &str) -> bool {
    let host = address
        .split("://")
        .nth(1)
        .unwrap_or(address)
        .split(['/', ':', '?'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    const OFFICIAL: [&str; 8] = [
        "news.cn",
        "xinhuanet.com",
        "people.cn",
        "people.com.cn",
        "12371.cn",
        "qstheory.cn",
        "gov.cn",
        "12371.gov.cn",
    ];
    OFFICIAL
        .iter()
        .any(|o| host == *o || host.ends_with(&format!(".{o}")))
}

/// The built-in checklist at `i` in [`DATA`], parsed the first time it is asked for
/// and kept. A draft needs its own checklist and the newest, not all of them: opening
/// the app parses only those (the 2022 file alone is 50 KB of JSON). Embedded data is
/// validated by a test (`Checklist::parse`), so the app only reads it: a failure here
/// is a build defect.
fn builtin_at(i: usize) -> &'static Checklist {
    shared_ref(i)
}

/// The built-in checklist at `i`, shared like the unit's own (`Arc`).
fn shared_at(i: usize) -> Arc<Checklist> {
    Arc::clone(shared_ref(i))
}

fn shared_ref(i: usize) -> &'static Arc<Checklist> {
    static EACH: [OnceLock<Arc<Checklist>>; DATA.len()] = [const { OnceLock::new() }; DATA.len()];
    EACH[i].get_or_init(|| Arc::new(serde_json::from_str(DATA[i].1).expect("embedded checklist")))
}

/// The meeting year a built-in key names (`2023` of `2023-local`).
fn key_year(key: &str) -> Option<u32> {
    key.split('-').next()?.parse().ok()
}

/// The newest built-in checklist (the last of [`DATA`]).
pub fn newest_builtin() -> &'static Checklist {
    builtin_at(DATA.len() - 1)
}

/// Every built-in checklist, oldest first, shared like the unit's own.
pub fn all_shared() -> impl DoubleEndedIterator<Item = Arc<Checklist>> + ExactSizeIterator {
    (0..DATA.len()).map(shared_at)
}

/// Every built-in checklist, oldest first (each parsed once, when first asked for).
pub fn all() -> impl DoubleEndedIterator<Item = &'static Checklist> + ExactSizeIterator {
    (0..DATA.len()).map(builtin_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_checklist_is_valid_and_matches_its_key() {
        for (key, json) in DATA {
            let c = Checklist::parse(json).unwrap_or_else(|e| panic!("{key}: {e:?}"));
            assert_eq!(c.key(), *key);
            assert!(c.custom_id.is_empty());
        }
        // A year's first checklist is its default.
        assert_eq!(Checklist::for_year(2023).key(), "2023-local");
        assert_eq!(Checklist::for_year(2030).year, 2025);
        // Each one is found by its key and its year without parsing the others; the
        // last is the newest.
        let years: Vec<u32> = all().map(|c| c.year).collect();
        assert_eq!(years.len(), DATA.len());
        assert!(years.windows(2).all(|w| w[0] <= w[1]), "{years:?}");
        for (key, _) in DATA {
            let c = Checklist::builtin(key).unwrap();
            assert_eq!(c.key(), *key);
            assert_eq!(key_year(key), Some(c.year));
        }
        assert_eq!(newest_builtin().year, *years.last().unwrap());
        assert_eq!(
            Checklist::builtin_for_year(2023).unwrap().key(),
            "2023-local"
        );
        assert!(Checklist::builtin_for_year(2021).is_none());
        assert!(Checklist::builtin("2022-x").is_none());
    }

    #[test]
    fn each_year_has_its_own_aspects_parts_and_title() {
        let heads = |key: &str| -> Vec<String> {
            Checklist::builtin(key)
                .unwrap()
                .aspects
                .iter()
                .map(|a| a.wordings[0].zh.clone())
                .collect()
        };
        let (politburo, local) = (heads("2023-politburo"), heads("2023-local"));
        assert_eq!(politburo.len(), 5);
        assert!(politburo[0].contains("讲政治"), "{}", politburo[0]);
        assert_eq!(local.len(), 6);
        for (a, want) in local.iter().zip([
            "理论学习",
            "政治素质",
            "能力本领",
            "担当作为",
            "工作作风",
            "廉洁自律",
        ]) {
            assert!(a.contains(want), "{a}");
        }
        let y2024 = heads("2024");
        assert_eq!(y2024.len(), 4);
        assert!(y2024[0].contains("政治纪律和政治规矩"));
        let y2025 = heads("2025");
        assert_eq!(y2025.len(), 5);
        assert!(y2025[0].contains("政治忠诚"));
        for key in ["2023-politburo", "2024", "2025"] {
            for h in heads(key) {
                assert!(h.starts_with("在带头") && h.ends_with("方面"), "{key}: {h}");
            }
        }
        // 2023's meeting is the 主题教育 one, in its title too; each reports on the
        // meeting before it.
        let c2023 = Checklist::builtin("2023-local").unwrap();
        assert!(c2023.titles.team_zh.contains("主题教育专题民主生活会"));
        assert_eq!(c2023.previous_meeting_zh, "2022年度民主生活会");
        assert_eq!(
            Checklist::builtin("2024").unwrap().previous_meeting_zh,
            "2023年度主题教育专题民主生活会"
        );
        assert_eq!(
            Checklist::builtin("2025").unwrap().previous_meeting_zh,
            "2024年度民主生活会"
        );
        // Every built-in checklist names where its wording comes from (in words where
        // no official address is at hand).
        for c in all() {
            assert!(!c.source.note_zh.is_empty(), "{}", c.key());
        }
        // 2023's theme is its first clause; the 总要求 and 具体目标 are clauses of the 导语,
        // and the local 6个方面 is not quoted as a slogan.
        for key in ["2023-local", "2023-politburo"] {
            let c = Checklist::builtin(key).unwrap();
            assert_eq!(c.theme_zh, "学习贯彻习近平新时代中国特色社会主义思想");
            for p in [&c.intro.team_zh, &c.intro.individual_zh] {
                assert!(p.contains("学思想、强党性、重实践、建新功的总要求"), "{p}");
                assert!(p.contains("廉洁奉公树立新风的具体目标"), "{p}");
            }
        }
        let local = Checklist::builtin("2023-local").unwrap();
        assert!(!local.intro.team_zh.contains("“{checklist}”"));
    }

    #[test]
    fn the_years_that_asked_for_a_case_study_have_it_after_the_problems() {
        use crate::domain::MaterialKind::{Individual, Team};
        // 2024 and 2025 carry an optional case study right after 存在的问题.
        // So do both of 2023's, each with its batch's wording of the task.
        for (key, name, asked) in [
            ("2023-local", "典型案例剖析", "结合典型案例进行剖析"),
            (
                "2023-politburo",
                "典型案例剖析",
                "结合反面典型案例进行认真检视剖析",
            ),
            ("2024", "反面典型案例剖析", ""),
            ("2025", "典型案例剖析", ""),
        ] {
            let c = Checklist::builtin(key).unwrap();
            let t = c.text_part("case_study").unwrap();
            assert_eq!(t.zh, name);
            assert!(t.hint_zh.contains(asked), "{key}");
            assert!(t.optional);
            for kind in [Team, Individual] {
                let parts = c.parts(kind);
                let at = parts.iter().position(|p| *p == Part::Problems).unwrap();
                assert_eq!(parts[at + 1], Part::Text(0), "{key} {kind:?}");
            }
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
    fn a_units_copy_is_for_its_year_and_reports_on_the_year_before() {
        let c = Checklist::builtin("2025")
            .unwrap()
            .copy_as_custom("u1", 2026);
        assert_eq!(c.key(), "custom:u1");
        assert_eq!(c.label_zh, "2026年度民主生活会");
        assert_eq!(c.previous_meeting_zh, "2025年度民主生活会");
        // Marked as copied, not as typed from a notice, until the unit changes it.
        assert_eq!(c.source.mark, Mark::Copied);
        assert_eq!(c.source.note_zh, "底稿为2025年度民主生活会");
        // Its 导语 names the campaign of its own year, not 2025's.
        assert!(
            c.intro.team_zh.contains("{campaign}"),
            "{}",
            c.intro.team_zh
        );
        assert!(!c.intro.individual_zh.contains("中央八项规定精神学习教育"));
        assert!(c
            .aspects
            .iter()
            .all(|a| a.wordings.iter().all(|w| w.mark == Mark::Copied)));
        assert_eq!(c.copied_from, "2025");
        assert_eq!(c.unchecked_copy().map(|f| f.key()), Some("2025".into()));
        // The year's own campaign, not the year copied from.
        assert_eq!(c.campaigns.len(), 1);
        assert_eq!(
            c.campaigns[0].problems_zh,
            "树立和践行正确政绩观学习教育查摆问题"
        );
        assert!(c.validate_custom().is_ok());
        // Checked once the theme and every heading are the notice's.
        let mut checked = c.clone();
        checked.theme_zh = "新的主题".into();
        assert!(
            checked.unchecked_copy().is_some(),
            "headings still the same"
        );
        for (i, a) in checked.aspects.iter_mut().enumerate() {
            a.wordings[0].zh = format!("在第{i}个新方面");
        }
        assert!(checked.unchecked_copy().is_none());
        checked.mark_if_checked();
        assert_eq!(checked.source.mark, Mark::Unit);
        assert_eq!(
            checked.source.note_zh,
            "底稿为2025年度民主生活会，主题和各方面标题已由本单位修改"
        );
        // A campaign the unit names.
        let k = Campaign::named("树立和践行正确政绩观学习教育查摆问题");
        assert_eq!(k.zh, "树立和践行正确政绩观学习教育查摆整改");
        let mut y24 = Checklist::builtin("2024").unwrap().clone();
        y24.set_campaign("党纪学习教育查摆问题");
        assert_eq!(y24.campaigns.len(), 2, "naming the first keeps them all");
        y24.set_campaign("新的学习教育查摆问题");
        assert_eq!(y24.campaigns, vec![Campaign::named("新的学习教育查摆问题")]);
        y24.set_campaign(" ");
        assert!(y24.campaigns.is_empty());
        let c = Checklist::builtin("2022")
            .unwrap()
            .copy_as_custom("u2", 2024);
        assert_eq!(c.previous_meeting_zh, "2023年度主题教育专题民主生活会");
        assert_eq!(
            Checklist::short_name("在带头敬畏人民、敬畏组织方面"),
            "敬畏人民、敬"
        );
    }

    #[test]
    fn a_new_draft_takes_its_years_checklist_or_stands_in_with_the_one_before() {
        let shared = Arc::new;
        assert_eq!(Checklist::for_new_draft(2024, &[]).unwrap().key(), "2024");
        assert!(Checklist::for_new_draft(2026, &[]).is_none());
        assert_eq!(Checklist::stand_in(2026, &[]).key(), "2025");
        assert_eq!(Checklist::stand_in(2021, &[]).key(), "2022");
        let own = shared(
            Checklist::builtin("2025")
                .unwrap()
                .copy_as_custom("u", 2026),
        );
        assert_eq!(
            Checklist::for_new_draft(2026, std::slice::from_ref(&own))
                .unwrap()
                .key(),
            "custom:u"
        );
        assert_eq!(Checklist::stand_in(2027, &[own]).key(), "custom:u");
        // The meeting before is the draft's year's, also on a stand-in.
        let c25 = Checklist::builtin("2025").unwrap();
        assert_eq!(c25.previous_meeting_for(2025), "2024年度民主生活会");
        assert_eq!(c25.previous_meeting_for(2026), "2025年度民主生活会");
    }

    #[test]
    fn only_official_sources_are_shown() {
        assert!(is_official("https://english.news.cn/20251228/x/c.html"));
        assert!(is_official("http://xzglrd.gov.cn/glrd/wap/x.php?r=1"));
        assert!(is_official("http://en.people.cn/n3/2022/1229/x.html"));
        assert!(!is_official("https://tw.news.yahoo.com/x.html"));
        assert!(!is_official("http://cna.com.tw/news/acn/x.aspx"));
        assert!(!is_official("https://www.fswk.com/articles/38584"));
        assert!(!is_official("https://notgov.cn.example.com/"));
        for c in all() {
            assert!(c.source.refs.iter().all(|r| is_official(r)), "{}", c.key());
        }
    }

    #[test]
    fn each_year_names_its_own_campaign() {
        let problems = |k: &str| -> Vec<String> {
            Checklist::builtin(k)
                .unwrap()
                .campaigns
                .iter()
                .map(|c| c.problems_zh.clone())
                .collect()
        };
        assert_eq!(problems("2023-local"), ["主题教育检视问题"]);
        assert_eq!(problems("2023-politburo"), ["主题教育检视问题"]);
        assert_eq!(problems("2024")[0], "党纪学习教育查摆问题");
        assert!(problems("2025")[0].contains("中央八项规定精神学习教育"));
    }

    #[test]
    fn the_latest_checklist_is_the_newest_built_in_or_a_later_one_of_the_units() {
        assert_eq!(Checklist::latest(&[]).key(), "2025");
        let shared = Arc::new;
        let older = shared(
            Checklist::builtin("2022")
                .unwrap()
                .copy_as_custom("u2", 2024),
        );
        assert_eq!(
            Checklist::latest(std::slice::from_ref(&older)).key(),
            "2025"
        );
        let later = shared(
            Checklist::builtin("2025")
                .unwrap()
                .copy_as_custom("u3", 2026),
        );
        assert_eq!(Checklist::latest(&[older, later]).key(), "custom:u3");
    }

    #[test]
    fn validation_rejects_bad_data() {
        let good = Checklist::for_year(2022).clone();
        let mut dup = good.clone();
        dup.aspects[1].id = dup.aspects[0].id.clone();
        assert!(dup.validate().is_err());
        // A 导语 pattern without one of its placeholders, named with its kind.
        assert_eq!(good.intro_placeholder_fault(), None);
        let mut no_talks = good.clone();
        no_talks.intro.individual_zh = no_talks.intro.individual_zh.replace("{talks}", "");
        assert_eq!(
            no_talks.intro_placeholder_fault(),
            Some((MaterialKind::Individual, "{talks}"))
        );
        assert!(no_talks.validate_custom().is_err());
        let mut empty = good.clone();
        empty.aspects[2].prompts[0].zh = "  ".into();
        assert!(empty.validate().is_err());
        let mut none = good.clone();
        none.aspects.clear();
        assert!(none.validate().is_err());
        let mut no_problems = good.clone();
        no_problems.sections.team.retain(|p| p != "problems");
        assert!(no_problems.validate().is_err());
        let mut twice = good.clone();
        twice.sections.individual.push("causes".into());
        assert!(twice.validate().is_err());
        let mut unknown = good.clone();
        unknown.sections.team.push("case_study".into());
        assert!(unknown.validate().is_err());
        let mut pattern = good.clone();
        pattern.intro.team_zh = pattern.intro.team_zh.replace("{talks}", "");
        assert!(pattern.validate().is_err());
        let mut title = good.clone();
        title.titles.individual_zh = "{person}同志材料".into();
        assert!(twice.validate().is_err());
        assert!(title.validate().is_err());
        assert!(Checklist::parse("{}").is_err());
        assert!(good.validate().is_ok());
    }
}
