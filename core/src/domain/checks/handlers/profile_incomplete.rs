//! A profile field the title needs is empty (and no title of the user's own).

use super::prelude::*;
use crate::domain::MaterialKind;

pub(crate) fn draft(cx: &Cx, out: &mut Vec<Finding>) {
    let p = &cx.draft.profile;
    let needs = match cx.draft.kind {
        MaterialKind::Team => p.unit.trim().is_empty(),
        MaterialKind::Individual => p.person.trim().is_empty() || p.post.trim().is_empty(),
    };
    if needs && p.title.trim().is_empty() {
        let field = match cx.draft.kind {
            MaterialKind::Team => FieldId::Unit,
            MaterialKind::Individual if p.person.trim().is_empty() => FieldId::Person,
            MaterialKind::Individual => FieldId::Post,
        };
        out.push(finding(
            Kind::ProfileIncomplete,
            Section::Profile,
            field,
            "",
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::anchor::FieldId;
    use crate::domain::checks::testing::*;

    #[test]
    fn the_first_profile_field_the_title_needs_is_named() {
        let mut d = good(MaterialKind::Individual);
        assert!(hit(&d, "profile_incomplete").is_none());
        d.profile.post.clear();
        assert_eq!(
            hit(&d, "profile_incomplete").unwrap().anchor.field,
            FieldId::Post
        );
        d.profile.person.clear();
        assert_eq!(
            hit(&d, "profile_incomplete").unwrap().anchor.field,
            FieldId::Person
        );
        // A title of the user's own needs none of them.
        d.profile.title = "王明同志的发言提纲".into();
        assert!(hit(&d, "profile_incomplete").is_none());
    }
}
