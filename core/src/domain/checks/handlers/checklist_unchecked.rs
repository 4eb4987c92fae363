//! The checklist is not yet checked against the year's notice: another year's stands
//! in for the draft's year, or the unit's copy still has the theme or headings of the
//! year it was copied from. Hints, on the profile.

use super::prelude::*;

pub(crate) fn draft(cx: &Cx, out: &mut Vec<Finding>) {
    let (sec, field) = (Section::Profile, FieldId::ChecklistChoice);
    if let Some(from) = cx.draft.stands_in(cx.checklist) {
        out.push(finding(Kind::ChecklistStandIn(from), sec, field, ""));
    } else if let Some(from) = cx.checklist.unchecked_copy() {
        out.push(finding(
            Kind::ChecklistCopyUnchecked(from.year),
            sec,
            field,
            &cx.checklist.label_zh,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn a_checklist_not_yet_checked_against_the_notice_is_said() {
        let c25 = Checklist::builtin("2025").unwrap();
        let mut d = sample::complete(MaterialKind::Individual, c25);
        d.profile.year = 2026;
        let f = check(&d, c25);
        assert!(
            f.iter().any(|f| f.kind == Kind::ChecklistStandIn(2025)),
            "{f:?}"
        );
        let own = c25.copy_as_custom("u", 2026);
        d.use_checklist(&own);
        let f = check(&d, &own);
        assert!(
            f.iter()
                .any(|f| f.kind == Kind::ChecklistCopyUnchecked(2025)),
            "{f:?}"
        );
        // Said on the check page, not a fault of the writing.
        assert!(Kind::ChecklistStandIn(2025).is_hint());
        assert!(Kind::ChecklistCopyUnchecked(2025).is_hint());
    }
}
