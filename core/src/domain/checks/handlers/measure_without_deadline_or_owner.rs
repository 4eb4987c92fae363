//! A measure with no deadline, no one responsible, or (in a team material) no
//! 责任部门: at the first of them.

use super::prelude::*;

pub(crate) fn measure(cx: &Cx, at: &At<Measure>, out: &mut Vec<Finding>) {
    let m = at.item;
    let part = if !m.deadline.is_set() {
        MeasurePart::DeadlineKind
    } else if m.responsible.trim().is_empty() {
        MeasurePart::Responsible
    } else if cx.team && m.department.trim().is_empty() {
        MeasurePart::Department
    } else {
        return;
    };
    out.push(finding(
        Kind::MeasureWithoutDeadlineOrOwner,
        Section::Measures,
        FieldId::Measure(m.id.clone(), part),
        &m.summary,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn measure_without_deadline_or_owner() {
        let mut d = good(MaterialKind::Team);
        d.measures[1].responsible.clear();
        assert!(fires(&d, Kind::MeasureWithoutDeadlineOrOwner));
    }
}
