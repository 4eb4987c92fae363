//! A complete sample material, written for the app: used by tests, the bench and as
//! the example a user can open to see what a finished draft looks like.

use super::checklist::Checklist;
use super::draft::{Draft, MaterialKind};

/// The samples, written for the app (`data/samples/`). Only tests and the bench use
/// them, so the app's wasm does not carry them.
const INDIVIDUAL: &str = include_str!("../../data/samples/individual-2022.json");
const TEAM: &str = include_str!("../../data/samples/team-2022.json");

/// A sample text for a year's free-text parts (典型案例剖析), written for the app.
const CASE_STUDY: &str = "按照上级通报要求，我们集中学习了某市原副市长严重违纪违法案。该同志长期分管城建领域，从接受管理服务对象宴请、收受节日礼品开始，逐步发展到利用审批权为他人谋利，最终被开除党籍和公职、移送审查起诉。案件暴露出理想信念动摇、纪律规矩意识淡漠、对“一把手”和关键岗位监督缺位等问题。\n对照案例，我们逐项检视了行政审批、工程项目和公务接待三个方面：审批事项中仍有2项自由裁量标准不够细化，工程项目变更签证的集体研究程序执行不够严格，个别干部对节日期间收受土特产的危害认识不足。针对这些问题，我们已修订审批裁量基准，建立变更签证联审制度，并在每个重要节点前开展一次廉政提醒，做到以案为鉴、以案促改。";

/// A complete material of this kind, at the reference length, with no finding: the
/// 2022年度 sample, and for another checklist the same text on that checklist's
/// aspects (in order; any beyond its last go under its last) and parts, its dates
/// moved to that meeting year (a 2025 material's facts are of 2025, not 2022).
pub fn complete(kind: MaterialKind, checklist: &Checklist) -> Draft {
    let json = match kind {
        MaterialKind::Individual => INDIVIDUAL,
        MaterialKind::Team => TEAM,
    };
    let own = Checklist::for_year(2022);
    let json = shift_years(json, checklist.year as i32 - own.year as i32);
    let mut d = Draft::from_json(&json).expect("the samples are checked by tests");
    if checklist.key() != own.key() {
        d.use_checklist(checklist);
        let last = checklist.aspects.len() - 1;
        for p in &mut d.problems {
            let at = own
                .aspects
                .iter()
                .position(|a| a.id == p.aspect)
                .unwrap_or(0);
            p.aspect = checklist.aspects[at.min(last)].id.clone();
        }
        for t in &checklist.text_parts {
            d.part_texts.insert(t.id.clone(), CASE_STUDY.to_string());
        }
    }
    d
}

/// The text with every year from 1990 to 2099 written before 年 or as a date
/// (`2022-`) moved by `delta` years.
fn shift_years(text: &str, delta: i32) -> String {
    if delta == 0 {
        return text.to_string();
    }
    let cs: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < cs.len() {
        let year = cs
            .get(i..i + 4)
            .filter(|w| w.iter().all(char::is_ascii_digit))
            .filter(|_| i == 0 || !cs[i - 1].is_ascii_digit())
            .filter(|_| matches!(cs.get(i + 4), Some('年') | Some('-')))
            .and_then(|w| w.iter().collect::<String>().parse::<i32>().ok())
            .filter(|y| (1990..2100).contains(y));
        match year {
            Some(y) => {
                out.push_str(&(y + delta).to_string());
                i += 4;
            }
            None => {
                out.push(cs[i]);
                i += 1;
            }
        }
    }
    out
}

/// A large generated draft for the bench: about `target` characters in the problems,
/// causes and measures.
pub fn large(checklist: &Checklist, target: usize) -> Draft {
    let mut d = complete(MaterialKind::Team, checklist);
    let base = d.problems.clone();
    let mut n = 0;
    while super::count::chars(&super::render::render(&d, checklist).plain_text()) < target {
        let (summary, detail) = (&base[n % base.len()].summary, &base[n % base.len()].detail);
        let aspect = checklist.aspects[n % checklist.aspects.len()].id.clone();
        let id = d.add_problem(&aspect);
        let p = d.problem_mut(&id).expect("just added");
        p.summary = format!("{summary}（{}）", n + 1);
        p.detail = format!("{detail}{detail}");
        d.causes[n % 3].problems.push(id.clone());
        d.measures[n % 3].problems.push(id);
        n += 1;
    }
    d
}
