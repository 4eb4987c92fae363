//! The whole material far under or far over its reference length (a hint, on the
//! first aspect).

use super::prelude::*;
use crate::domain::checks::{section_chars, total_target};
use crate::domain::count::Target;

pub(crate) fn draft(cx: &Cx, out: &mut Vec<Finding>) {
    let total: usize = cx.sections.iter().map(|s| section_chars(cx.draft, s)).sum();
    let Target { min, max } = total_target(cx.draft.kind);
    let kind = if total > max * 3 / 2 {
        Kind::MaterialLong(total as u32, max as u32)
    } else if total > 0 && total * 2 < min {
        Kind::MaterialShort(total as u32, min as u32)
    } else {
        return;
    };
    if let Some(first) = cx.checklist.aspects.first() {
        out.push(finding(
            kind,
            Section::Aspect(first.id.clone()),
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
    fn lengths_follow_the_number_of_aspects_and_a_long_material_is_said() {
        let a = Section::Aspect("a1".into());
        let six = target(&a, MaterialKind::Team, 6).unwrap();
        let four = target(&a, MaterialKind::Team, 4).unwrap();
        assert_eq!((six.min, six.max), (500, 1000));
        assert_eq!((four.min, four.max), (750, 1500));
        let mut d = good(MaterialKind::Individual);
        for p in &mut d.problems {
            p.detail = p.detail.repeat(4);
        }
        let f = check(&d, c());
        assert!(
            f.iter().any(|f| matches!(f.kind, Kind::MaterialLong(..))),
            "{f:?}"
        );
        assert!(f
            .iter()
            .all(|f| f.kind.code() != "material_long" || f.kind.is_hint()));
    }
}
