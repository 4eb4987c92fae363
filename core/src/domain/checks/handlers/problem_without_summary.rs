//! A problem with no summary. The other rules wait until it has one: returns whether
//! this one fired.

use super::prelude::*;

pub(crate) fn problem(at: &At<Problem>, out: &mut Vec<Finding>) -> bool {
    let p = at.item;
    let fired = p.summary.trim().is_empty();
    if fired {
        let field = FieldId::Problem(p.id.clone(), ProblemPart::Summary);
        out.push(finding(
            Kind::ProblemWithoutSummary,
            at.section.clone(),
            field,
            &p.detail,
        ));
    }
    fired
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn a_problem_without_summary_is_found_and_waits_for_one() {
        let mut d = good(MaterialKind::Individual);
        d.problems[0].summary.clear();
        d.problems[0].detail = "学习不够系统，存在差距，有待加强。".into();
        let k = kinds(&d);
        assert!(k.contains(&Kind::ProblemWithoutSummary));
        // The rules on its text wait until it has a summary.
        assert!(!k.contains(&Kind::BoilerplateProblem));
    }
}
