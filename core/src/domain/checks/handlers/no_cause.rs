//! No cause at all.

use super::prelude::*;

pub(crate) fn draft(cx: &Cx, out: &mut Vec<Finding>) {
    if cx.draft.causes.is_empty() {
        out.push(finding(
            Kind::NoCause,
            Section::Causes,
            FieldId::AddCause,
            "",
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn no_cause_at_all_is_found_once() {
        let mut d = good(MaterialKind::Individual);
        assert!(!fires(&d, Kind::NoCause));
        d.causes.clear();
        assert_eq!(kinds(&d).iter().filter(|k| **k == Kind::NoCause).count(), 1);
    }
}
