//! A complete sample material, written for the app: used by tests, the bench and as
//! the example a user can open to see what a finished draft looks like.

use super::checklist::Checklist;
use super::draft::{Draft, MaterialKind};

/// The samples, written for the app (`data/samples/`). Only tests and the bench use
/// them, so the app's wasm does not carry them.
const INDIVIDUAL: &str = include_str!("../../data/samples/individual-2022.json");
const TEAM: &str = include_str!("../../data/samples/team-2022.json");

/// A complete material of this kind for the 2022年度 meeting, at the reference length,
/// with no finding.
pub fn complete(kind: MaterialKind, _checklist: &Checklist) -> Draft {
    let json = match kind {
        MaterialKind::Individual => INDIVIDUAL,
        MaterialKind::Team => TEAM,
    };
    Draft::from_json(json).expect("the samples are checked by tests")
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
