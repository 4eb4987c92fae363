//! A problem repeated from last year's material (年年提), named by last year's problem.

use super::prelude::*;

pub(crate) fn problem(cx: &Cx, at: &At<Problem>, out: &mut Vec<Finding>) {
    if let Some(old) = cx.repeated[at.n].map(|o| &cx.draft.last_year[o]) {
        out.push(detail_finding(
            Kind::RepeatedFromLastYear(short(&old.problem)),
            at,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn a_problem_repeated_from_last_year_is_found() {
        let mut d = good(MaterialKind::Individual);
        assert!(hit(&d, "repeated_from_last_year").is_none());
        let old = d.last_year[0].problem.clone();
        d.problems[3].detail = format!("我{old}，{}", d.problems[3].detail);
        assert!(hit(&d, "repeated_from_last_year").is_some());
    }
}
