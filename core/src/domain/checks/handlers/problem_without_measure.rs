//! A problem no measure is linked to.

use super::prelude::*;

pub(crate) fn problem(cx: &Cx, at: &At<Problem>, out: &mut Vec<Finding>) {
    if !cx.has_measure(&at.item.id) {
        out.push(detail_finding(Kind::ProblemWithoutMeasure, at));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn a_problem_no_measure_answers_is_found() {
        let mut d = good(MaterialKind::Individual);
        let id = d.problems[0].id.clone();
        assert!(!fires(&d, Kind::ProblemWithoutMeasure));
        for m in &mut d.measures {
            m.problems.retain(|p| *p != id);
        }
        let f = hit(&d, "problem_without_measure").unwrap();
        assert_eq!(f.subject, d.problems[0].summary.trim());
    }
}
