//! The rules every text of the material gets, field by field: 【待补】 left in it
//! (`placeholder`), half-width punctuation (`half_width_punct`), relative year words
//! (`relative_year`). One finding of each kind per field.

use super::prelude::*;

/// The writing rules on one field's text.
pub(crate) fn text(out: &mut Vec<Finding>, section: Section, field: FieldId, text: &str) {
    super::placeholder::text(out, &section, &field, text);
    super::half_width_punct::text(out, &section, &field, text);
    super::relative_year::text(out, section, field, text);
}

/// An item of 上年度整改: its problem, measure, result and next steps.
pub(crate) fn last_year_item(i: &LastYearItem, out: &mut Vec<Finding>) {
    for (part, t) in [
        (LastYearPart::Problem, &i.problem),
        (LastYearPart::Measure, &i.measure),
        (LastYearPart::Result, &i.result),
        (LastYearPart::Next, &i.next_steps),
    ] {
        text(
            out,
            Section::LastYear,
            FieldId::LastYear(i.id.clone(), part),
            t,
        );
    }
}

/// A problem's summary and detail.
pub(crate) fn problem(at: &At<Problem>, out: &mut Vec<Finding>) {
    let p = at.item;
    let field = |part| FieldId::Problem(p.id.clone(), part);
    text(
        out,
        at.section.clone(),
        field(ProblemPart::Summary),
        &p.summary,
    );
    text(
        out,
        at.section.clone(),
        field(ProblemPart::Detail),
        &p.detail,
    );
}

/// A cause's summary and analysis.
pub(crate) fn cause(at: &At<Cause>, out: &mut Vec<Finding>) {
    let c = at.item;
    let field = |part| FieldId::Cause(c.id.clone(), part);
    text(out, Section::Causes, field(CausePart::Summary), &c.summary);
    text(out, Section::Causes, field(CausePart::Text), &c.text);
}

/// A measure's summary, text, who is responsible and the department.
pub(crate) fn measure(at: &At<Measure>, out: &mut Vec<Finding>) {
    let m = at.item;
    for (part, t) in [
        (MeasurePart::Summary, &m.summary),
        (MeasurePart::Text, &m.text),
        (MeasurePart::Responsible, &m.responsible),
        (MeasurePart::Department, &m.department),
    ] {
        text(
            out,
            Section::Measures,
            FieldId::Measure(m.id.clone(), part),
            t,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn every_field_of_a_measure_gets_the_writing_rules() {
        let mut d = good(MaterialKind::Team);
        d.measures[0].department = "办公室,组织科".into();
        let f = hit(&d, "half_width_punct").unwrap();
        assert_eq!(f.anchor.section, Section::Measures);
    }
}
