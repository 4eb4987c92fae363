//! The draft of one 对照检查材料: the model (here), its edits (`edits.rs`), a
//! change of checklist (`change.rs`), the deadline and dates (`deadline.rs`), the JSON
//! that keeps unknown fields (`json.rs`), and next year's draft carried over from this
//! one (`next_year.rs`, the only one of them that reads the ledger).

mod change;
mod deadline;
mod edits;
mod json;
mod next_year;

pub use deadline::{
    days_in_month, parse_date, written_date, Deadline, DEADLINE_AT_ONCE, DEADLINE_ONGOING,
};
pub use edits::{Deleted, Removed};

use super::checklist::{Campaign, Checklist};
#[cfg(feature = "store")]
use reactive_stores::Store;
use serde::{Deserialize, Serialize};

/// Which material this is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MaterialKind {
    /// 班子对照检查材料: the leadership team's material.
    Team,
    /// 个人对照检查材料 (or 发言提纲): one cadre's own material.
    #[default]
    Individual,
}

/// What a material's title calls it: each is in use (检视剖析材料 in 2022 and 2023;
/// 发言提纲, as the Politburo's members call theirs, also as "在…上的发言提纲").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TitleForm {
    /// …个人对照检查材料, …领导班子…对照检查材料
    #[default]
    Comparison,
    /// …个人检视剖析材料, …领导班子…检视剖析材料
    Inspection,
    /// …同志…民主生活会发言提纲 (individual only)
    Outline,
    /// …同志在…民主生活会上的发言提纲 (individual only)
    OutlineAt,
}

impl TitleForm {
    /// Every form, in the order the profile offers them.
    pub const ALL: [TitleForm; 4] = [
        TitleForm::Comparison,
        TitleForm::Inspection,
        TitleForm::Outline,
        TitleForm::OutlineAt,
    ];

    /// The stored name.
    pub fn key(self) -> &'static str {
        match self {
            TitleForm::Comparison => "comparison",
            TitleForm::Inspection => "inspection",
            TitleForm::Outline => "outline",
            TitleForm::OutlineAt => "outline_at",
        }
    }

    /// Whether a kind of material may take it (a team's material is not a 发言提纲).
    pub fn fits(self, kind: MaterialKind) -> bool {
        kind == MaterialKind::Individual
            || matches!(self, TitleForm::Comparison | TitleForm::Inspection)
    }
}

/// Who writes, for which meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "store", derive(Store))]
#[serde(default)]
pub struct Profile {
    /// The unit, e.g. 中共××县委办公室 or ××局党组.
    pub unit: String,
    /// The person (individual material) or the team's principal (team material).
    pub person: String,
    /// The person's post, e.g. 党组书记、局长.
    pub post: String,
    /// The meeting year, e.g. 2022 for the 2022年度 meeting.
    pub year: u32,
    /// A title the user typed instead of the generated one; empty for the generated one.
    pub title: String,
    /// Individual material titled 发言提纲 instead of 个人对照检查材料 (kept for drafts
    /// from before [`Profile::title_form`]; the form reads it).
    pub speech_outline: bool,
    /// What the title calls the material (对照检查材料, 检视剖析材料, 发言提纲).
    pub title_form: TitleForm,
    /// The day of the meeting, `YYYY-MM-DD`; empty while not known.
    pub meeting_date: String,
    /// The checklist the draft follows (`Checklist::key`: `2023-local`, `custom:…`);
    /// empty for the built-in one of its year.
    pub checklist: String,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            unit: String::new(),
            person: String::new(),
            post: String::new(),
            year: 2022,
            title: String::new(),
            speech_outline: false,
            title_form: TitleForm::default(),
            meeting_date: String::new(),
            checklist: String::new(),
        }
    }
}

/// The preparation facts the opening paragraph (导语) is built from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "store", derive(Store))]
#[serde(default)]
pub struct Intro {
    pub study_sessions: u32,
    pub opinions_team: u32,
    pub opinions_person: u32,
    pub talks: u32,
    /// The user's own text; when empty the generated paragraph is used.
    pub text: String,
}

/// Status of a rectification item carried over from last year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    #[default]
    Done,
    Ongoing,
}

/// Where one of the rectification items reported in 上年度整改 comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemSource {
    /// The previous democratic life meeting.
    #[default]
    Meeting,
    /// 巡视、巡察反馈问题.
    Inspection,
    /// 主题教育 (or another education campaign) 检视问题.
    Campaign,
    /// 其他专项整改.
    Other,
}

impl ItemSource {
    /// Every source, in the order the material reports them.
    pub const ALL: [ItemSource; 4] = [
        ItemSource::Meeting,
        ItemSource::Inspection,
        ItemSource::Campaign,
        ItemSource::Other,
    ];

    /// The stored name.
    pub fn key(self) -> &'static str {
        match self {
            ItemSource::Meeting => "meeting",
            ItemSource::Inspection => "inspection",
            ItemSource::Campaign => "campaign",
            ItemSource::Other => "other",
        }
    }

    /// The source with this stored name.
    pub fn from_key(key: &str) -> Option<ItemSource> {
        ItemSource::ALL.into_iter().find(|s| s.key() == key)
    }

    /// How the material names the problems of this source and heads their part:
    /// the meeting before is `previous_meeting` (e.g. 2021年度党史学习教育专题民主生活会),
    /// a campaign the checklist's (`campaign`, e.g. 主题教育检视问题).
    pub fn names(self, previous_meeting: &str, campaign: Option<&Campaign>) -> SourceNames {
        let problems = match self {
            ItemSource::Meeting => format!("{previous_meeting}查摆问题"),
            ItemSource::Inspection => "巡视巡察反馈问题".into(),
            ItemSource::Campaign => match campaign {
                Some(c) => c.problems_zh.clone(),
                None => "专项学习教育检视问题".into(),
            },
            ItemSource::Other => "其他专项整改问题".into(),
        };
        let heading = match (self, campaign) {
            (ItemSource::Campaign, Some(c)) => format!("{}情况", c.zh),
            _ => format!("{problems}整改情况"),
        };
        SourceNames { problems, heading }
    }
}

/// The names the material gives one source of 上年度整改.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceNames {
    /// Its problems, as counted (主题教育检视问题).
    pub problems: String,
    /// The heading of its part (主题教育检视整改情况).
    pub heading: String,
}

/// One of last year's problems and what became of it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "store", derive(Store))]
#[serde(default)]
pub struct LastYearItem {
    pub id: String,
    /// Where the problem was found.
    pub source: ItemSource,
    pub problem: String,
    pub measure: String,
    pub status: ItemStatus,
    pub result: String,
    /// For an item still in progress: why, and what next.
    pub next_steps: String,
    /// Which of the checklist's campaigns (`Checklist::campaigns`) a campaign item
    /// comes from: its index, 0 for the first.
    pub campaign: u32,
}

impl LastYearItem {
    /// Where it comes from: its source, and for a campaign the campaign's index (0
    /// for the other sources).
    pub fn source_key(&self) -> (ItemSource, u32) {
        let campaign = if self.source == ItemSource::Campaign {
            self.campaign
        } else {
            0
        };
        (self.source, campaign)
    }
}

/// Items of 上年度整改 grouped by where they come from ([`LastYearItem::source_key`]):
/// each source once, in the material's order, each campaign of the year apart.
pub fn last_year_groups(items: &[LastYearItem]) -> Vec<((ItemSource, u32), Vec<&LastYearItem>)> {
    let mut keys: Vec<(ItemSource, u32)> = items.iter().map(LastYearItem::source_key).collect();
    keys.sort_by_key(|(s, c)| (ItemSource::ALL.iter().position(|x| x == s), *c));
    keys.dedup();
    keys.into_iter()
        .map(|k| (k, items.iter().filter(|i| i.source_key() == k).collect()))
        .collect()
}

/// The answer to one category of 需要向组织说明的事项.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    #[default]
    Unanswered,
    /// 有: there is something to explain (the details say what).
    Has,
    /// 无: nothing, after self-check (the category's standard sentence).
    None,
}

/// One category of 需要向组织说明的事项 as the user answered it. (A plain list in the
/// store, not a keyed one: eight short answers do not need per-item reactivity, and
/// a keyed store costs the app's wasm about 20 KB.)
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExplanationAnswer {
    /// The category id (`data/explanations.json`).
    pub category: String,
    pub answer: Answer,
    /// What there is to explain, when the answer is 有.
    pub details: String,
}

/// One problem found under an aspect.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "store", derive(Store))]
#[serde(default)]
pub struct Problem {
    pub id: String,
    pub aspect: String,
    /// The one-line summary.
    pub summary: String,
    /// Concrete manifestations and examples.
    pub detail: String,
}

/// One root cause along a dimension.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "store", derive(Store))]
#[serde(default)]
pub struct Cause {
    pub id: String,
    pub dimension: String,
    pub summary: String,
    pub text: String,
    pub problems: Vec<String>,
}

/// One rectification measure.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "store", derive(Store))]
#[serde(default)]
pub struct Measure {
    pub id: String,
    pub summary: String,
    pub text: String,
    pub problems: Vec<String>,
    pub deadline: Deadline,
    /// Who is responsible: the person (individual material) or the 责任领导 (team).
    pub responsible: String,
    /// The 责任部门 (team material; record version 2).
    pub department: String,
}

/// An item of one of a draft's lists, known by its id.
pub trait Item {
    fn id(&self) -> &str;
}

macro_rules! items {
    ($($t:ty),*) => { $(impl Item for $t { fn id(&self) -> &str { &self.id } })* };
}
items!(LastYearItem, Problem, Cause, Measure);

/// A whole draft. Unknown fields from newer or older versions are kept in `extra`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "store", derive(Store))]
#[serde(default)]
pub struct Draft {
    pub id: String,
    /// The name in the drafts list; empty for the title.
    pub name: String,
    pub kind: MaterialKind,
    pub profile: Profile,
    pub intro: Intro,
    #[cfg_attr(feature = "store", store(key: String = |x| x.id.clone()))]
    pub last_year: Vec<LastYearItem>,
    #[cfg_attr(feature = "store", store(key: String = |x| x.id.clone()))]
    pub problems: Vec<Problem>,
    #[cfg_attr(feature = "store", store(key: String = |x| x.id.clone()))]
    pub causes: Vec<Cause>,
    #[cfg_attr(feature = "store", store(key: String = |x| x.id.clone()))]
    pub measures: Vec<Measure>,
    /// 需要向组织说明的事项, category by category (individual material only).
    pub explanation_answers: Vec<ExplanationAnswer>,
    /// 需要向组织说明的事项: anything else, in the user's words (individual material
    /// only; optional).
    pub explanations: String,
    /// The closing statement (表态); optional.
    pub statement: String,
    /// The texts of the checklist's free-text parts (e.g. 反面典型案例剖析), by part id.
    pub part_texts: std::collections::BTreeMap<String, String>,
    /// The draft this one was started from (last year's material), by id; empty when
    /// started fresh.
    pub previous_draft: String,
    /// Aspect id → chosen wording id, for aspects with alternatives.
    pub wording_choice: std::collections::BTreeMap<String, String>,
    /// Aspect id → the unit's own wording, overriding the data file.
    pub wording_override: std::collections::BTreeMap<String, String>,
    /// Prompt ids the user marked as considered.
    pub prompts_done: Vec<String>,
    /// Keys of the sections the user said are complete ("本部分是否已完成？").
    pub sections_done: Vec<String>,
    /// Milliseconds since the epoch.
    pub created_ms: f64,
    pub updated_ms: f64,
    /// The counter behind item ids.
    pub next_item: u64,
    /// Fields this version does not know (from a newer or older one), as raw JSON,
    /// written back unchanged. See [`Draft::from_json`].
    #[serde(skip)]
    pub extra: std::collections::BTreeMap<String, String>,
}

impl Default for Draft {
    fn default() -> Self {
        Draft::new("draft", MaterialKind::Individual, 0.0)
    }
}

impl Draft {
    /// A fresh draft as the user starts one (the first visit, 新建, deleting the
    /// only draft): empty, for the meeting `year` the calendar is preparing
    /// (`season::meeting_year`), on that year's checklist, the unit's own or built in
    /// (`Checklist::for_new_draft`). A year without one stands in with the most recent
    /// one before it (`Checklist::stand_in`) until the unit makes its own; the check
    /// page says so. Every fresh draft of the app is made here.
    pub fn fresh(
        id: impl Into<String>,
        kind: MaterialKind,
        now_ms: f64,
        year: u32,
        custom: &[std::sync::Arc<Checklist>],
    ) -> Self {
        let mut d = Draft::new(id, kind, now_ms);
        match Checklist::for_new_draft(year, custom) {
            Some(c) => d.use_checklist(&c),
            None => {
                d.use_checklist(&Checklist::stand_in(year, custom));
                d.profile.year = year;
            }
        }
        d
    }

    /// The year whose checklist this draft follows in place of its own, when its
    /// meeting year has none yet (a 2026年度 draft on 2025年度's checklist).
    pub fn stands_in(&self, checklist: &Checklist) -> Option<u32> {
        checklist.stands_in_for(self.profile.year)
    }

    /// A new, empty draft on no particular checklist (its profile's default year):
    /// the base of [`Draft::fresh`] and [`Draft::next_year`], and of tests.
    pub fn new(id: impl Into<String>, kind: MaterialKind, now_ms: f64) -> Self {
        Draft {
            id: id.into(),
            name: String::new(),
            kind,
            profile: Profile::default(),
            intro: Intro::default(),
            last_year: Vec::new(),
            problems: Vec::new(),
            causes: Vec::new(),
            measures: Vec::new(),
            explanation_answers: Vec::new(),
            explanations: String::new(),
            statement: String::new(),
            part_texts: Default::default(),
            previous_draft: String::new(),
            wording_choice: Default::default(),
            wording_override: Default::default(),
            prompts_done: Vec::new(),
            sections_done: Vec::new(),
            created_ms: now_ms,
            updated_ms: now_ms,
            next_item: 1,
            extra: Default::default(),
        }
    }

    /// The title: the user's own, or the one the checklist's pattern builds from the
    /// profile.
    pub fn title_in(&self, checklist: &Checklist) -> String {
        if !self.profile.title.trim().is_empty() {
            return self.profile.title.trim().to_string();
        }
        self.generated_title(checklist)
    }

    /// The title the checklist's pattern builds from the profile, whatever the user
    /// typed as their own.
    pub fn generated_title(&self, checklist: &Checklist) -> String {
        let p = &self.profile;
        let form = self.title_form();
        if form == TitleForm::OutlineAt {
            return format!(
                "{}同志在{}年度{}上的发言提纲",
                or_placeholder(&p.person),
                p.year,
                checklist.meeting_zh
            );
        }
        let pattern = match self.kind {
            MaterialKind::Team => &checklist.titles.team_zh,
            MaterialKind::Individual => &checklist.titles.individual_zh,
        };
        let material = match form {
            TitleForm::Outline => "发言提纲",
            TitleForm::Inspection => "个人检视剖析材料",
            _ => "个人对照检查材料",
        };
        let title = pattern
            .replace("{unit}", or_placeholder(&p.unit))
            .replace("{person}", or_placeholder(&p.person))
            .replace("{year}", &p.year.to_string())
            .replace("{material}", material);
        match (self.kind, form) {
            (MaterialKind::Team, TitleForm::Inspection) => match title.strip_suffix("对照检查材料")
            {
                Some(stem) => format!("{stem}检视剖析材料"),
                None => title,
            },
            _ => title,
        }
    }

    /// What the title calls the material: the profile's form, 发言提纲 for a draft
    /// from before the forms that asked for it, and none a team's material cannot take.
    pub fn title_form(&self) -> TitleForm {
        let p = &self.profile;
        let form = if p.title_form == TitleForm::Comparison && p.speech_outline {
            TitleForm::Outline
        } else {
            p.title_form
        };
        if form.fits(self.kind) {
            form
        } else {
            TitleForm::Comparison
        }
    }

    /// [`Draft::title_in`] the built-in checklist the profile names (or its year's):
    /// for lists, where the unit's own checklists are not at hand.
    pub fn title(&self) -> String {
        let p = &self.profile;
        self.title_in(&Checklist::of(&p.checklist, p.year, &[]))
    }

    /// Every text the user typed, for checks over all of it.
    pub fn texts(&self) -> impl Iterator<Item = &str> + '_ {
        let p = &self.profile;
        [
            &self.id,
            &self.name,
            &p.unit,
            &p.person,
            &p.post,
            &p.title,
            &self.intro.text,
            &self.explanations,
            &self.statement,
        ]
        .into_iter()
        .map(String::as_str)
        .chain(self.last_year.iter().flat_map(|i| {
            [&i.id, &i.problem, &i.measure, &i.result, &i.next_steps].map(String::as_str)
        }))
        .chain(
            self.problems
                .iter()
                .flat_map(|x| [&x.id, &x.aspect, &x.summary, &x.detail].map(String::as_str)),
        )
        .chain(self.causes.iter().flat_map(|c| {
            [&c.id, &c.dimension, &c.summary, &c.text]
                .map(String::as_str)
                .into_iter()
                .chain(c.problems.iter().map(String::as_str))
        }))
        .chain(self.measures.iter().flat_map(|m| {
            [&m.id, &m.summary, &m.text, &m.responsible, &m.department]
                .map(String::as_str)
                .into_iter()
                .chain([m.deadline.as_stored()])
                .chain(m.problems.iter().map(String::as_str))
        }))
        .chain(
            self.explanation_answers
                .iter()
                .flat_map(|a| [&a.category, &a.details].map(String::as_str)),
        )
        .chain([self.profile.meeting_date.as_str()])
        .chain(self.wording_choice.values().map(String::as_str))
        .chain(self.wording_override.values().map(String::as_str))
    }

    /// The name in the drafts list: the user's own, or the title.
    pub fn display_name(&self) -> String {
        if self.name.trim().is_empty() {
            self.title()
        } else {
            self.name.trim().to_string()
        }
    }
}

/// The placeholder the user must replace with a fact.
pub const PLACEHOLDER: &str = "【待补】";

fn or_placeholder(s: &str) -> &str {
    let t = s.trim();
    if t.is_empty() {
        PLACEHOLDER
    } else {
        t
    }
}

#[cfg(test)]
mod tests;
