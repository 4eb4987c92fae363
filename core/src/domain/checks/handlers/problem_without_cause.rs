//! A problem no cause is linked to.

use super::prelude::*;

pub(crate) fn problem(cx: &Cx, at: &At<Problem>, out: &mut Vec<Finding>) {
    if !cx.has_cause(&at.item.id) {
        out.push(detail_finding(Kind::ProblemWithoutCause, at));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn problem_without_measure_or_cause() {
        let mut d = good(MaterialKind::Individual);
        let id = d.problems[0].id.clone();
        for m in &mut d.measures {
            m.problems.retain(|p| p != &id);
        }
        assert!(fires(&d, Kind::ProblemWithoutMeasure));
        assert!(!fires(&d, Kind::ProblemWithoutCause));
        for cz in &mut d.causes {
            cz.problems.retain(|p| p != &id);
        }
        let f = check(&d, c());
        let hit = f
            .iter()
            .find(|f| f.kind == Kind::ProblemWithoutCause)
            .unwrap();
        assert_eq!(
            hit.anchor.field,
            FieldId::Problem(id.clone(), ProblemPart::Detail)
        );
        assert_eq!(hit.anchor.field.dom_id(), format!("problem-{id}-detail"));
    }
}
