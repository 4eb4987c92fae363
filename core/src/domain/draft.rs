//! The draft of one 对照检查材料 and the edits on it.

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

/// When a measure is due: a date, 立行立改 (at once) or 长期坚持 (lasting). Stored as
/// the strings drafts have always held: the date as `YYYY-MM-DD` (empty while the
/// user has not picked one), or the word itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Deadline {
    /// A date, `YYYY-MM-DD`; empty until one is picked.
    Date(String),
    /// 立行立改
    AtOnce,
    /// 长期坚持
    Ongoing,
}

impl Default for Deadline {
    fn default() -> Self {
        Deadline::Date(String::new())
    }
}

impl Deadline {
    /// The stored form.
    pub fn as_stored(&self) -> &str {
        match self {
            Deadline::Date(d) => d,
            Deadline::AtOnce => DEADLINE_AT_ONCE,
            Deadline::Ongoing => DEADLINE_ONGOING,
        }
    }

    /// Reads the stored form; any other text is a date (or what the user typed as one).
    pub fn from_stored(s: &str) -> Deadline {
        match s {
            DEADLINE_AT_ONCE => Deadline::AtOnce,
            DEADLINE_ONGOING => Deadline::Ongoing,
            _ => Deadline::Date(s.to_string()),
        }
    }

    /// Whether a deadline was given (a word, or a date that is not empty).
    pub fn is_set(&self) -> bool {
        !matches!(self, Deadline::Date(d) if d.trim().is_empty())
    }

    /// The deadline as the material prints it: "2023年6月底前" for the last day of a
    /// month, "2023年6月15日前" for another day (no leading zeros, never ISO), or the
    /// word itself. A date that does not read as one is printed as the user typed it;
    /// an empty date prints as nothing.
    pub fn material_text(&self) -> String {
        match self {
            Deadline::Date(d) => match parse_date(d) {
                Some((y, m, day)) if day == days_in_month(y, m) => format!("{y}年{m}月底前"),
                Some((y, m, day)) => format!("{y}年{m}月{day}日前"),
                None => d.trim().to_string(),
            },
            other => other.as_stored().to_string(),
        }
    }

    /// Whether this is the date kind (the date input shows).
    pub fn is_date(&self) -> bool {
        matches!(self, Deadline::Date(_))
    }
}

impl Serialize for Deadline {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_stored())
    }
}

impl<'de> Deserialize<'de> for Deadline {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(Deadline::from_stored(&s))
    }
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
        custom: &[&'static Checklist],
    ) -> Self {
        let mut d = Draft::new(id, kind, now_ms);
        match Checklist::for_new_draft(year, custom) {
            Some(c) => d.use_checklist(c),
            None => {
                d.use_checklist(Checklist::stand_in(year, custom));
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

    /// Reads a draft from JSON, keeping the fields this version does not know.
    pub fn from_json(json: &str) -> Result<Draft, serde_json::Error> {
        use serde_json::value::RawValue;
        let mut d: Draft = serde_json::from_str(json)?;
        let all: std::collections::BTreeMap<String, &RawValue> = serde_json::from_str(json)?;
        let known = known_fields();
        for (k, v) in all {
            if !known.iter().any(|f| f == &k) {
                d.extra.insert(k, v.get().to_string());
            }
        }
        Ok(d)
    }

    /// Writes a draft as JSON, with the unknown fields it was read with.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string(self).expect("a draft always serializes");
        if !self.extra.is_empty() {
            out.pop(); // the closing brace
            for (k, v) in &self.extra {
                out.push(',');
                out.push_str(&serde_json::to_string(k).expect("a string serializes"));
                out.push(':');
                out.push_str(v);
            }
            out.push('}');
        }
        out
    }

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

    /// The title: the user's own, or the one the checklist's pattern builds from the
    /// profile.
    pub fn title_in(&self, checklist: &Checklist) -> String {
        if !self.profile.title.trim().is_empty() {
            return self.profile.title.trim().to_string();
        }
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
        self.title_in(Checklist::of(&p.checklist, p.year, &[]))
    }

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
            .map(|a| (super::rules::theme_score(&text, &a.themes), a))
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

    /// The next year's draft started from this one: the same kind and profile (the
    /// year after, on `checklist`), and in 上年度整改 one item for every measure of
    /// this draft's 整改清单, with the problems it answers and its deadline; with the
    /// draft's rectification ledger, each item's status and result so far come from
    /// it (otherwise it waits as in progress, its result for the user to write). It
    /// links back to this draft.
    pub fn next_year(
        &self,
        id: &str,
        checklist: &Checklist,
        ledger: Option<&super::ledger::Ledger>,
        now_ms: f64,
    ) -> Draft {
        let mut d = Draft::new(id, self.kind, now_ms);
        d.profile = Profile {
            title: String::new(),
            meeting_date: String::new(),
            ..self.profile.clone()
        };
        d.use_checklist(checklist);
        d.previous_draft = self.id.clone();
        for m in &self.measures {
            let problems: Vec<&str> = m
                .problems
                .iter()
                .filter_map(|pid| self.problems.iter().find(|p| &p.id == pid))
                .map(|p| p.summary.trim())
                .filter(|s| !s.is_empty())
                .collect();
            let item_id = d.new_item_id("l");
            let deadline = match &m.deadline {
                Deadline::Date(date) if date.trim().is_empty() => String::new(),
                Deadline::Date(_) => format!("（完成时限：{}）", m.deadline.material_text()),
                other => format!("（{}）", other.material_text()),
            };
            let entry = ledger.and_then(|l| l.entries.iter().find(|e| e.measure_id == m.id));
            let result = entry.map_or_else(String::new, |e| {
                let mut parts: Vec<String> = e
                    .notes
                    .iter()
                    .map(|n| match super::render::written_date(&n.date) {
                        Some(date) => format!("{date}，{}", n.text.trim()),
                        None => n.text.trim().to_string(),
                    })
                    .collect();
                if !e.evidence.trim().is_empty() {
                    parts.push(format!("佐证材料：{}", e.evidence.trim()));
                }
                parts.join("；")
            });
            let done = entry.is_some_and(|e| e.status == super::ledger::EntryStatus::Done);
            d.last_year.push(LastYearItem {
                id: item_id,
                source: ItemSource::Meeting,
                problem: problems.join("；"),
                measure: format!("{}{deadline}", join_nonempty(&m.summary, &m.text)),
                // Done only where the ledger says so; otherwise in progress until the
                // user says how far it went.
                status: if done {
                    ItemStatus::Done
                } else {
                    ItemStatus::Ongoing
                },
                result,
                next_steps: String::new(),
                campaign: 0,
            });
        }
        d
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

/// `a`, then `b` after a full stop where both have text.
fn join_nonempty(a: &str, b: &str) -> String {
    let (a, b) = (a.trim(), b.trim());
    match (a.is_empty(), b.is_empty()) {
        (false, false) if a.ends_with(['。', '；', '！']) => format!("{a}{b}"),
        (false, false) => format!("{a}。{b}"),
        (false, true) => a.to_string(),
        _ => b.to_string(),
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

/// The field names a draft is written with (read off a serialized default draft).
fn known_fields() -> &'static [String] {
    static KNOWN: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    KNOWN.get_or_init(|| {
        let json = serde_json::to_string(&Draft::default()).expect("a draft always serializes");
        let map: std::collections::BTreeMap<String, serde::de::IgnoredAny> =
            serde_json::from_str(&json).expect("its own output parses");
        map.into_keys().collect()
    })
}

/// A `YYYY-MM-DD` date as (year, month, day), when it is a real date.
pub fn parse_date(s: &str) -> Option<(u32, u32, u32)> {
    let mut it = s.trim().splitn(3, '-');
    let y: u32 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d) && y >= 1000)
        .then_some((y, m, d))
}

/// The number of days in a month of the Gregorian calendar.
pub fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Deadline words a measure may carry instead of a date (material text).
pub const DEADLINE_AT_ONCE: &str = "立行立改";
pub const DEADLINE_ONGOING: &str = "长期坚持";

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
mod tests {
    use super::*;

    #[test]
    fn a_fresh_draft_is_for_the_year_being_prepared() {
        for kind in [MaterialKind::Individual, MaterialKind::Team] {
            let d = Draft::fresh("f", kind, 3.0, 2024, &[]);
            assert_eq!(
                (d.profile.year, d.profile.checklist.as_str()),
                (2024, "2024")
            );
            assert_eq!((d.kind, d.created_ms, d.updated_ms), (kind, 3.0, 3.0));
            assert!(d.problems.is_empty() && d.name.is_empty());
        }
        // 2026年度 before the unit has its checklist: 2025年度's stands in.
        let d = Draft::fresh("f", MaterialKind::Individual, 3.0, 2026, &[]);
        assert_eq!(
            (d.profile.year, d.profile.checklist.as_str()),
            (2026, "2025")
        );
        let c = Checklist::of(&d.profile.checklist, d.profile.year, &[]);
        assert_eq!(d.stands_in(c), Some(2025));
        // The unit's own checklist of that year, once there is one.
        let newest = super::super::checklist::newest_builtin();
        let own: &'static Checklist =
            Box::leak(Box::new(newest.copy_as_custom("u", newest.year + 1)));
        let d = Draft::fresh("f", MaterialKind::Individual, 3.0, newest.year + 1, &[own]);
        assert_eq!(d.profile.year, newest.year + 1);
        assert_eq!(d.profile.checklist, own.key());
        assert_eq!(d.stands_in(own), None);
    }
    #[test]
    fn deleted_items_come_back_where_they_were_once() {
        let mut d = Draft::new("t", MaterialKind::Individual, 1.0);
        let p = d.add_problem("a1");
        let q = d.add_problem("a1");
        for i in 0..3 {
            d.causes.push(Cause {
                id: format!("c{i}"),
                summary: format!("原因{i}"),
                problems: vec![p.clone(), q.clone()],
                ..Default::default()
            });
            d.measures.push(Measure {
                id: format!("m{i}"),
                summary: format!(" 措施{i} "),
                problems: vec![q.clone()],
                ..Default::default()
            });
            d.last_year.push(LastYearItem {
                id: format!("l{i}"),
                problem: format!("问题{i}"),
                ..Default::default()
            });
        }
        let ids = |d: &Draft| {
            (
                d.causes
                    .iter()
                    .map(|c| c.id.clone())
                    .collect::<Vec<_>>()
                    .join(","),
                d.measures
                    .iter()
                    .map(|m| m.id.clone())
                    .collect::<Vec<_>>()
                    .join(","),
                d.last_year
                    .iter()
                    .map(|i| i.id.clone())
                    .collect::<Vec<_>>()
                    .join(","),
            )
        };
        let before = ids(&d);
        let cause = d.remove_cause("c1").unwrap();
        let measure = d.remove_measure("m0").unwrap();
        let item = d.remove_last_year("l2").unwrap();
        assert!(d.remove_cause("c1").is_none());
        assert_eq!((cause.id(), cause.name()), ("c1", "原因1"));
        assert_eq!(measure.name(), "措施0");
        assert_eq!(item.name(), "问题2");
        assert_eq!(ids(&d), ("c0,c2".into(), "m1,m2".into(), "l0,l1".into()));
        // A problem deleted meanwhile is not linked again.
        d.remove_problem(&p);
        for x in [cause.clone(), measure, item] {
            d.restore(x);
        }
        assert_eq!(ids(&d), before);
        assert_eq!(d.causes[1].problems, vec![q.clone()]);
        // Putting back what is there already changes nothing.
        d.restore(cause);
        assert_eq!(ids(&d), before);
        // A list that got shorter takes the item last.
        let gone = d.remove_cause("c2").unwrap();
        d.causes.clear();
        d.restore(gone);
        assert_eq!(ids(&d).0, "c2");
    }

    #[test]
    fn titles_follow_the_kind_and_profile() {
        let mut d = Draft::new("d1", MaterialKind::Individual, 0.0);
        assert_eq!(d.title(), "【待补】同志2022年度民主生活会个人对照检查材料");
        d.profile.person = "张三".into();
        d.profile.speech_outline = true;
        assert_eq!(d.title(), "张三同志2022年度民主生活会发言提纲");
        d.kind = MaterialKind::Team;
        d.profile.unit = "中共某县委办公室".into();
        assert_eq!(
            d.title(),
            "中共某县委办公室领导班子2022年度民主生活会对照检查材料"
        );
        // The forms offices use: 检视剖析材料 (2022, 2023) and 在…上的发言提纲.
        d.profile.title_form = TitleForm::Inspection;
        assert_eq!(
            d.title(),
            "中共某县委办公室领导班子2022年度民主生活会检视剖析材料"
        );
        d.kind = MaterialKind::Individual;
        assert_eq!(d.title(), "张三同志2022年度民主生活会个人检视剖析材料");
        d.profile.title_form = TitleForm::OutlineAt;
        d.use_checklist(Checklist::builtin("2023-local").unwrap());
        assert_eq!(
            d.title(),
            "张三同志在2023年度主题教育专题民主生活会上的发言提纲"
        );
        // A team's material is not a 发言提纲.
        d.kind = MaterialKind::Team;
        assert_eq!(d.title_form(), TitleForm::Comparison);
        d.profile.title = "自定标题".into();
        assert_eq!(d.title(), "自定标题");
    }

    #[test]
    fn removing_a_problem_drops_its_links() {
        let mut d = Draft::default();
        let p = d.add_problem("a1");
        let q = d.add_problem("a2");
        assert_ne!(p, q);
        d.causes.push(Cause {
            id: "c".into(),
            problems: vec![p.clone(), q.clone()],
            ..Default::default()
        });
        let before = d.clone();
        let removed = d.remove_problem(&p).unwrap();
        assert_eq!((removed.at, removed.problem.id.as_str()), (0, p.as_str()));
        assert_eq!(d.causes[0].problems, vec![q.clone()]);
        d.restore_problem(removed);
        assert_eq!(d.problems, before.problems);
        assert!(d.causes[0].problems.contains(&p));
    }

    #[test]
    fn problems_move_within_and_across_aspects() {
        let mut d = Draft::default();
        let a = d.add_problem("a1");
        let x = d.add_problem("a2");
        let b = d.add_problem("a1");
        d.shift_problem(&b, -1);
        let order: Vec<&str> = d.problems_of("a1").map(|p| p.id.as_str()).collect();
        assert_eq!(order, vec![b.as_str(), a.as_str()]);
        d.shift_problem(&b, -1); // already first: nothing happens
        assert_eq!(d.problems_of("a1").next().unwrap().id, b);
        d.move_problem(&a, "a2");
        let order: Vec<&str> = d.problems_of("a2").map(|p| p.id.as_str()).collect();
        assert_eq!(order, vec![x.as_str(), a.as_str()]);
    }

    #[test]
    fn deadlines_print_as_the_material_writes_them() {
        let t = |s: &str| Deadline::from_stored(s).material_text();
        assert_eq!(t("2023-06-30"), "2023年6月底前");
        assert_eq!(t("2023-06-15"), "2023年6月15日前");
        assert_eq!(t("2024-02-29"), "2024年2月底前");
        assert_eq!(t("2023-02-28"), "2023年2月底前");
        assert_eq!(t("2023-01-05"), "2023年1月5日前");
        assert_eq!(t("立行立改"), "立行立改");
        assert_eq!(t("长期坚持"), "长期坚持");
        assert_eq!(t("2023-02-30"), "2023-02-30");
        assert_eq!(t(""), "");
    }

    #[test]
    fn unknown_fields_survive_a_round_trip() {
        let json = r#"{"id":"x","kind":"team","future_field":{"a":[1,"二"]},"z":null}"#;
        let d = Draft::from_json(json).unwrap();
        assert_eq!(d.kind, MaterialKind::Team);
        assert_eq!(d.profile.year, 2022);
        assert_eq!(d.extra.len(), 2);
        let back = Draft::from_json(&d.to_json()).unwrap();
        assert_eq!(back, d);
        let v: serde_json::Value = serde_json::from_str(&d.to_json()).unwrap();
        assert_eq!(v["future_field"]["a"][1], "二");
        assert!(v["z"].is_null());
    }

    #[test]
    fn a_change_of_year_keeps_every_problem_and_says_which_to_move() {
        use crate::domain::{checks, sample};
        let c22 = Checklist::for_year(2022);
        let mut d = sample::complete(MaterialKind::Team, c22);
        let before = d.problems.clone();
        let c24 = Checklist::builtin("2024").unwrap();
        d.use_checklist(c24);
        assert_eq!(
            (d.profile.year, d.profile.checklist.as_str()),
            (2024, "2024")
        );
        // Nothing is lost; the 2022 aspect ids a5 and a6 are not 2024's.
        assert_eq!(d.problems, before);
        let strays: Vec<String> = d.stray_problems(c24).map(|p| p.id.clone()).collect();
        assert_eq!(
            strays,
            before
                .iter()
                .filter(|p| p.aspect == "a5" || p.aspect == "a6")
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        );
        assert!(!strays.is_empty());
        let findings = checks::check(&d, c24);
        for id in &strays {
            assert!(findings
                .iter()
                .any(|f| f.kind == checks::Kind::ProblemOutsideChecklist
                    && f.anchor.field == crate::domain::anchor::FieldId::MoveProblem(id.clone())));
        }
        // Moved, they are back in the material, links and all.
        for id in &strays {
            d.move_problem(id, "a4");
        }
        assert_eq!(d.stray_problems(c24).count(), 0);
        assert_eq!(d.problems.len(), before.len());
        let text = crate::domain::render::render(&d, c24).plain_text();
        for p in &before {
            assert!(text.contains(p.summary.trim()), "{}", p.summary);
        }
        // In one go, each to the aspect proposed for it: by the ground it covers
        // (a 较真碰硬 problem of 2022's 斗争精神 to 2024's 担责创新), else by place.
        let mut e = sample::complete(MaterialKind::Team, c22);
        e.use_checklist(c24);
        let proposed: Vec<(String, Option<String>)> = e
            .stray_problems(c24)
            .map(|p| (p.id.clone(), Draft::proposed_aspect(p, c24)))
            .collect();
        e.move_strays(c24);
        assert_eq!(e.stray_problems(c24).count(), 0);
        for (id, want) in proposed {
            let p = e.problems.iter().find(|p| p.id == id).unwrap();
            assert_eq!(Some(p.aspect.clone()), want, "{}", p.summary);
        }
        let fight = e.problems.iter().find(|p| p.summary.contains("较真碰硬"));
        assert_eq!(fight.map(|p| p.aspect.as_str()), Some("a3"));
        // And back to 2022: every problem is where it can be shown again.
        d.use_checklist(c22);
        assert_eq!(d.stray_problems(c22).count(), 0);
    }

    #[test]
    fn a_change_of_checklist_proposes_aspects_by_meaning() {
        use crate::domain::sample;
        let (c22, c24) = (Checklist::for_year(2022), Checklist::for_year(2024));
        let mut d = sample::complete(MaterialKind::Individual, c22);
        let before = d.problems.clone();
        d.change_checklist(c22, c24);
        // 2022's aspects are not 2024's: every problem waits for the user's word.
        assert_eq!(d.stray_problems(c24).count(), before.len());
        let petition = d
            .problems
            .iter()
            .find(|p| p.summary.contains("信访"))
            .expect("the sample has a 信访 problem");
        assert_eq!(petition.aspect, "2022:a4");
        // 信访 is 宗旨's ground: 2024's a2 (党性、纪律、作风), not a4 (全面从严治党).
        assert_eq!(Draft::proposed_aspect(petition, c24).as_deref(), Some("a2"));
        let mut moved = d.clone();
        moved.move_strays(c24);
        assert_eq!(moved.stray_problems(c24).count(), 0);
        // Going back puts every problem where it was.
        d.change_checklist(c24, c22);
        assert_eq!(d.problems, before);
        // The same heading under the same id stays (a unit's copy of its year).
        let own = c24.copy_as_custom("u", 2024);
        let mut e = sample::complete(MaterialKind::Individual, c24);
        e.change_checklist(c24, &own);
        assert_eq!(e.stray_problems(&own).count(), 0);
    }

    #[test]
    fn next_years_draft_holds_every_old_measure() {
        use crate::domain::sample;
        let c22 = Checklist::for_year(2022);
        let old = sample::complete(MaterialKind::Individual, c22);
        let c23 = Checklist::for_year(2023);
        let d = old.next_year("new", c23, None, 99.0);
        assert_eq!(d.id, "new");
        assert_eq!(d.previous_draft, old.id);
        assert_eq!(d.kind, old.kind);
        assert_eq!(d.profile.person, old.profile.person);
        assert_eq!(d.profile.post, old.profile.post);
        assert_eq!(
            (d.profile.year, d.profile.checklist.as_str()),
            (2023, "2023-local")
        );
        assert!(d.problems.is_empty() && d.measures.is_empty());
        assert_eq!(d.last_year.len(), old.measures.len());
        for (item, m) in d.last_year.iter().zip(&old.measures) {
            assert!(item.measure.contains(m.summary.trim()), "{}", item.measure);
            for pid in &m.problems {
                let p = old.problems.iter().find(|p| &p.id == pid).unwrap();
                assert!(item.problem.contains(p.summary.trim()));
            }
            // Not claimed as done: the result is the user's to write.
            assert_eq!(item.status, ItemStatus::Ongoing);
            assert!(item.result.is_empty());
            assert_eq!(item.source, ItemSource::Meeting);
        }
        // The material reports them under the meeting before, by name.
        let text = crate::domain::render::render(&d, c23).plain_text();
        assert!(
            text.contains("2022年度民主生活会个人整改落实情况"),
            "{text}"
        );
        // The check page asks for each result.
        let findings = crate::domain::checks::check(&d, c23);
        assert!(
            findings
                .iter()
                .filter(|f| f.anchor.section == crate::domain::anchor::Section::LastYear)
                .count()
                >= d.last_year.len()
        );
    }

    #[test]
    fn with_its_ledger_next_years_items_say_how_far_each_measure_went() {
        use crate::domain::ledger::{EntryStatus, Ledger};
        use crate::domain::sample;
        let old = sample::complete(MaterialKind::Individual, Checklist::for_year(2022));
        let mut ledger = Ledger::for_draft(&old);
        let (first, second) = (old.measures[0].id.clone(), old.measures[1].id.clone());
        ledger.add_note(&first, "2023-03-01", "制定了学习计划");
        ledger.set_status(&first, EntryStatus::Done, "2023-06-30");
        ledger.entry_mut(&first).unwrap().evidence = "学习台账".into();
        ledger.add_note(&second, "2023-04-01", "完成了一半");
        let d = old.next_year("new2", Checklist::for_year(2023), Some(&ledger), 99.0);
        assert_eq!(d.last_year[0].status, ItemStatus::Done);
        assert_eq!(
            d.last_year[0].result,
            "2023年3月1日，制定了学习计划；佐证材料：学习台账"
        );
        assert_eq!(d.last_year[1].status, ItemStatus::Ongoing);
        assert_eq!(d.last_year[1].result, "2023年4月1日，完成了一半");
    }
}
