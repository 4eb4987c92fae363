//! A problem kept under an aspect the draft's checklist lacks (after the year or the
//! checklist changed): not in the material until it is moved.

use super::prelude::*;

pub(crate) fn draft(cx: &Cx, out: &mut Vec<Finding>) {
    for p in cx.draft.stray_problems(cx.checklist) {
        let subject = if p.summary.trim().is_empty() {
            &p.detail
        } else {
            &p.summary
        };
        out.push(finding(
            Kind::ProblemOutsideChecklist,
            Section::Profile,
            FieldId::MoveProblem(p.id.clone()),
            subject,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;
    use crate::domain::draft::Problem;

    #[test]
    fn a_problem_under_an_aspect_the_checklist_lacks_is_found_by_its_summary() {
        let mut d = good(MaterialKind::Individual);
        assert!(hit(&d, "problem_outside_checklist").is_none());
        d.problems.push(Problem {
            id: "p-old".into(),
            aspect: "gone".into(),
            summary: "别处的问题".into(),
            ..Default::default()
        });
        let f = hit(&d, "problem_outside_checklist").unwrap();
        assert_eq!(f.subject, "别处的问题");
    }
}
