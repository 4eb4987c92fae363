//! 今年, 明年: relative year words read wrongly once the meeting is held in another year
//! than the one the material is about.

use super::prelude::*;
use crate::domain::draft::parse_date;

pub(crate) fn text(out: &mut Vec<Finding>, section: Section, field: FieldId, text: &str) {
    if let Some(w) = rules::relative_year(text) {
        out.push(finding(
            Kind::RelativeYear(w.to_string()),
            section,
            field,
            text,
        ));
    }
}

/// When the meeting date says the meeting is in the material's own year, the words
/// read right: their findings go.
pub(crate) fn keep_in_the_meetings_year(cx: &Cx, out: &mut Vec<Finding>) {
    let p = &cx.draft.profile;
    let same_year = parse_date(&p.meeting_date).is_some_and(|(y, _, _)| y == p.year);
    if same_year {
        out.retain(|f| !matches!(f.kind, Kind::RelativeYear(_)));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn relative_years_are_found_unless_the_meeting_is_in_the_materials_year() {
        let mut d = good(MaterialKind::Individual);
        d.statement = "今年我将带头改正。".into();
        d.profile.meeting_date = format!("{}-01-15", d.profile.year + 1);
        assert!(fires(&d, Kind::RelativeYear("今年".into())));
        d.profile.meeting_date = format!("{}-12-28", d.profile.year);
        assert!(!fires(&d, Kind::RelativeYear("今年".into())));
    }
}
