//! The same or nearly the same text as an earlier problem, cause or measure (named by
//! the earlier one's summary).

use super::prelude::*;

pub(crate) fn problem(cx: &Cx, at: &At<Problem>, out: &mut Vec<Finding>) {
    if let Some(o) = cx.problem_twins[at.n] {
        let other = short(&cx.draft.problems[o].summary);
        out.push(detail_finding(Kind::Duplicate(other), at));
    }
}

pub(crate) fn cause(cx: &Cx, at: &At<Cause>, out: &mut Vec<Finding>) {
    if let Some(o) = cx.cause_twins[at.n] {
        let other = short(&cx.draft.causes[o].summary);
        out.push(cause_finding(Kind::Duplicate(other), at.item));
    }
}

pub(crate) fn measure(cx: &Cx, at: &At<Measure>, out: &mut Vec<Finding>) {
    if let Some(o) = cx.measure_twins[at.n] {
        let other = short(&cx.draft.measures[o].summary);
        out.push(measure_finding(Kind::Duplicate(other), at.item));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn the_same_text_twice_is_found_and_leads_to_the_second() {
        let mut d = good(MaterialKind::Individual);
        assert!(hit(&d, "duplicate").is_none());
        // The second problem of a1 becomes the first reworded only in its numbers.
        let first = d.problems[0].clone();
        let second = d.problems[1].id.clone();
        let reworded: String = first
            .detail
            .chars()
            .map(|c| if c.is_ascii_digit() { '7' } else { c })
            .collect();
        let p = d.problem_mut(&second).unwrap();
        p.summary = format!("{}（二）", first.summary);
        p.detail = reworded;
        let f = hit(&d, "duplicate").expect("a duplicate");
        assert_eq!(
            f.anchor.field,
            FieldId::Problem(second.clone(), ProblemPart::Detail)
        );
        // Two measures with the same text.
        let mut d = good(MaterialKind::Team);
        d.measures[1].text = d.measures[0].text.clone();
        let f = hit(&d, "duplicate").expect("a duplicate measure");
        assert_eq!(f.anchor.section, Section::Measures);
    }
}
