//! The labelled corpus of the quality checks (`core/tests/corpus/checks.json`): short
//! texts, each breaking one rule or breaking none. Each case is put into a draft of
//! its own and checked; a break is found when a finding with its rule's code fires,
//! and an acceptable text is wrongly flagged when any writing finding fires.

use duizhao_core::domain::checks::{check, Kind};
use duizhao_core::domain::{
    Cause, Checklist, Deadline, Draft, LastYearItem, MaterialKind, Measure,
};
use serde_json::Value;

/// The corpus the word lists were tuned on.
pub fn path() -> std::path::PathBuf {
    crate::root().join("core/tests/corpus/checks.json")
}

/// The held-out corpus: written apart from the rules and never tuned on.
pub fn holdout_path() -> std::path::PathBuf {
    crate::root().join("core/tests/corpus/checks-holdout.json")
}

/// One case's outcome.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub id: String,
    /// The rule it breaks, or "ok".
    pub rule: String,
    /// The codes of the writing findings that fired.
    pub fired: Vec<String>,
}

impl Outcome {
    /// A break found, or an acceptable text left alone.
    pub fn right(&self) -> bool {
        if self.rule == "ok" {
            self.fired.is_empty()
        } else {
            self.fired.iter().any(|c| c == &self.rule)
        }
    }
}

/// The figures: breaks found and acceptable texts wrongly flagged.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub breaks: usize,
    pub found: usize,
    pub acceptable: usize,
    pub flagged: usize,
    pub outcomes: Vec<Outcome>,
}

impl Report {
    pub fn found_pct(&self) -> f64 {
        100.0 * self.found as f64 / self.breaks.max(1) as f64
    }
    pub fn flagged_pct(&self) -> f64 {
        100.0 * self.flagged as f64 / self.acceptable.max(1) as f64
    }
    /// "61/62 breaks found (98.4 %), 0/51 acceptable texts flagged (0.0 %)"
    pub fn figures(&self) -> String {
        format!(
            "{}/{} breaks found ({:.1} %), {}/{} acceptable texts flagged ({:.1} %)",
            self.found,
            self.breaks,
            self.found_pct(),
            self.flagged,
            self.acceptable,
            self.flagged_pct()
        )
    }

    /// The cases the checks got wrong.
    pub fn misses(&self) -> impl Iterator<Item = &Outcome> {
        self.outcomes.iter().filter(|o| !o.right())
    }
}

fn s(v: &Value, k: &str) -> String {
    v[k].as_str().unwrap_or_default().to_string()
}

/// The draft a case is checked in: its items, nothing else.
pub fn draft_of(case: &Value) -> Draft {
    let kind = match case["kind"].as_str() {
        Some("team") => MaterialKind::Team,
        _ => MaterialKind::Individual,
    };
    let mut d = Draft::new("corpus", kind, 0.0);
    // The meeting year the case is written for (2022 when it does not say), on that
    // year's checklist, and the meeting's day where the case gives one.
    let year = case["year"].as_u64().unwrap_or(2022) as u32;
    d.use_checklist(Checklist::for_year(year));
    d.profile.meeting_date = s(case, "meeting_date");
    let items = case["items"].as_array().cloned().unwrap_or_default();
    // Problems first, so that causes and measures can link them by index.
    let mut problem_ids = Vec::new();
    for it in &items {
        if it["section"] == "problem" {
            let aspect = it["aspect"].as_str().unwrap_or("a1");
            let id = d.add_problem(aspect);
            let p = d.problem_mut(&id).expect("just added");
            p.summary = s(it, "summary");
            p.detail = s(it, "text");
            problem_ids.push(id);
        }
    }
    let links = |it: &Value| -> Vec<String> {
        it["problems"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|n| problem_ids.get(n.as_u64()? as usize).cloned())
                    .collect()
            })
            .unwrap_or_default()
    };
    for it in &items {
        match it["section"].as_str() {
            Some("cause") => {
                let id = d.new_item_id("c");
                d.causes.push(Cause {
                    id,
                    summary: s(it, "summary"),
                    text: s(it, "text"),
                    problems: links(it),
                    ..Default::default()
                });
            }
            Some("measure") => {
                let id = d.new_item_id("m");
                d.measures.push(Measure {
                    id,
                    summary: s(it, "summary"),
                    text: s(it, "text"),
                    problems: links(it),
                    deadline: Deadline::from_stored(it["deadline"].as_str().unwrap_or("长期坚持")),
                    responsible: it["responsible"].as_str().unwrap_or("本人").to_string(),
                    department: it["department"].as_str().unwrap_or("办公室").to_string(),
                });
            }
            Some("last_year") => {
                let id = d.new_item_id("l");
                d.last_year.push(LastYearItem {
                    id,
                    problem: s(it, "text"),
                    ..Default::default()
                });
            }
            _ => {}
        }
    }
    d
}

/// Checks every case of a corpus (its JSON text), each on its year's checklist.
pub fn evaluate(json: &str) -> crate::Result<Report> {
    let v: Value = serde_json::from_str(json)?;
    let cases = v["cases"].as_array().ok_or("no cases")?;
    let mut r = Report::default();
    for case in cases {
        let rule = case["rule"]
            .as_str()
            .ok_or("a case without a rule")?
            .to_string();
        let d = draft_of(case);
        let checklist = Checklist::for_year(d.profile.year);
        let mut fired: Vec<String> = check(&d, checklist)
            .into_iter()
            .map(|f| f.kind)
            .filter(Kind::is_writing)
            .map(|k| k.code().to_string())
            .collect();
        fired.dedup();
        let o = Outcome {
            id: s(case, "id"),
            rule,
            fired,
        };
        if o.rule == "ok" {
            r.acceptable += 1;
            r.flagged += usize::from(!o.right());
        } else {
            r.breaks += 1;
            r.found += usize::from(o.right());
        }
        r.outcomes.push(o);
    }
    Ok(r)
}

/// A corpus file, checked.
pub fn run(file: &std::path::Path) -> crate::Result<Report> {
    let json = std::fs::read_to_string(file)?;
    evaluate(&json)
}
