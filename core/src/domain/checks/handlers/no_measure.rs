//! No measure at all.

use super::prelude::*;

pub(crate) fn draft(cx: &Cx, out: &mut Vec<Finding>) {
    if cx.draft.measures.is_empty() {
        out.push(finding(
            Kind::NoMeasure,
            Section::Measures,
            FieldId::AddMeasure,
            "",
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn no_measure_at_all_is_found_once() {
        let mut d = good(MaterialKind::Team);
        assert!(!fires(&d, Kind::NoMeasure));
        d.measures.clear();
        assert_eq!(
            kinds(&d).iter().filter(|k| **k == Kind::NoMeasure).count(),
            1
        );
    }
}
