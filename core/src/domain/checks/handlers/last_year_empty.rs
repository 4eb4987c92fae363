//! No item of last year's rectification.

use super::prelude::*;

pub(crate) fn draft(cx: &Cx, out: &mut Vec<Finding>) {
    if cx.draft.last_year.is_empty() {
        out.push(finding(
            Kind::LastYearEmpty,
            Section::LastYear,
            FieldId::AddLastYear,
            "",
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn no_item_of_last_year_is_found() {
        let mut d = good(MaterialKind::Team);
        assert!(!fires(&d, Kind::LastYearEmpty));
        d.last_year.clear();
        assert!(fires(&d, Kind::LastYearEmpty));
    }
}
