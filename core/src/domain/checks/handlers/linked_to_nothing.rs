//! A cause or a measure linked to no problem of the draft.

use super::prelude::*;

pub(crate) fn cause(cx: &Cx, at: &At<Cause>, out: &mut Vec<Finding>) {
    let c = at.item;
    if !cx.any_problem(&c.problems) {
        out.push(finding(
            Kind::CauseLinkedToNothing,
            Section::Causes,
            FieldId::Cause(c.id.clone(), CausePart::Summary),
            &c.summary,
        ));
    }
}

pub(crate) fn measure(cx: &Cx, at: &At<Measure>, out: &mut Vec<Finding>) {
    let m = at.item;
    if !cx.any_problem(&m.problems) {
        out.push(finding(
            Kind::MeasureLinkedToNothing,
            Section::Measures,
            FieldId::Measure(m.id.clone(), MeasurePart::Summary),
            &m.summary,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn cause_or_measure_linked_to_nothing() {
        let mut d = good(MaterialKind::Team);
        d.causes.push(Cause {
            id: "cx".into(),
            summary: "孤立的原因".into(),
            text: "……".into(),
            ..Default::default()
        });
        assert!(fires(&d, Kind::CauseLinkedToNothing));
        assert!(!fires(&d, Kind::MeasureLinkedToNothing));
        d.measures[0].problems = vec!["gone".into()];
        assert!(fires(&d, Kind::MeasureLinkedToNothing));
    }
}
