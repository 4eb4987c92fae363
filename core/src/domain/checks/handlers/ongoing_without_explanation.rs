//! An item of 上年度整改 still in progress with no reason and next step.

use super::prelude::*;
use crate::domain::draft::ItemStatus;

pub(crate) fn item(i: &LastYearItem, out: &mut Vec<Finding>) {
    if i.status == ItemStatus::Ongoing && i.next_steps.trim().is_empty() {
        out.push(finding(
            Kind::OngoingWithoutExplanation,
            Section::LastYear,
            FieldId::LastYear(i.id.clone(), LastYearPart::Next),
            &i.problem,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn ongoing_item_without_explanation() {
        let mut d = good(MaterialKind::Individual);
        assert!(!fires(&d, Kind::OngoingWithoutExplanation));
        d.last_year[1].next_steps.clear();
        assert!(fires(&d, Kind::OngoingWithoutExplanation));
    }
}
