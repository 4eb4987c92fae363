//! A cause that only restates a problem it is linked to.

use super::prelude::*;

pub(crate) fn cause(cx: &Cx, at: &At<Cause>, out: &mut Vec<Finding>) {
    let c = at.item;
    let restated = cx
        .draft
        .problems
        .iter()
        .zip(&cx.problem_texts)
        .filter(|(p, _)| c.problems.contains(&p.id))
        .any(|(_, text)| rules::restates(at.text, text));
    if restated {
        out.push(cause_finding(Kind::CauseRestatesProblem, c));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn a_cause_that_only_says_its_problem_again_is_found() {
        let mut d = good(MaterialKind::Individual);
        assert!(hit(&d, "cause_restates_problem").is_none());
        let p = &d.problems[0];
        let restated = format!("{}{}", p.summary, p.detail);
        d.causes[0].problems = vec![p.id.clone()];
        d.causes[0].text = restated;
        assert!(hit(&d, "cause_restates_problem").is_some());
    }
}
