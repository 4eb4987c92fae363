//! A measure with nothing to check it by: no figure, frequency, time or deliverable
//! (its text written: an empty one is `empty_text`'s).

use super::prelude::*;

pub(crate) fn measure(at: &At<Measure>, out: &mut Vec<Finding>) {
    if !at.item.text.trim().is_empty() && rules::is_vague_measure(at.text) {
        out.push(measure_finding(Kind::VagueMeasure, at.item));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn a_measure_with_nothing_to_check_it_by() {
        let mut d = good(MaterialKind::Team);
        assert!(hit(&d, "vague_measure").is_none());
        d.measures[0].text =
            "进一步加强理论学习，不断提高政治能力，切实增强工作本领，努力做到学用结合。".into();
        assert!(hit(&d, "vague_measure").is_some());
        d.measures[0].text =
            "每季度召开1次理论学习中心组专题研讨，2023年6月底前形成调研报告2篇。".into();
        assert!(hit(&d, "vague_measure").is_none());
    }
}
