//! 存在的问题 and 原因剖析 under half of the text the user wrote (once there are 500
//! characters): the material is mostly preamble and promises.

use super::prelude::*;
use crate::domain::checks::section_chars;

pub(crate) fn draft(cx: &Cx, out: &mut Vec<Finding>) {
    let chars = |s: &Section| section_chars(cx.draft, s);
    let total: usize = cx.sections.iter().map(chars).sum();
    let core: usize = cx
        .sections
        .iter()
        .filter(|s| matches!(s, Section::Aspect(_) | Section::Causes))
        .map(chars)
        .sum();
    if total >= 500 && core * 2 < total {
        out.push(finding(
            Kind::ProblemsAndCausesUnderHalf((core * 100 / total) as u32),
            Section::Causes,
            FieldId::StepHeading,
            "",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn problems_and_causes_under_half_of_the_text() {
        let mut d = good(MaterialKind::Individual);
        d.explanations = "本人如实报告个人有关事项。".repeat(400);
        let k = kinds(&d);
        assert!(
            k.iter()
                .any(|k| matches!(k, Kind::ProblemsAndCausesUnderHalf(p) if *p < 50)),
            "{k:?}"
        );
    }
}
