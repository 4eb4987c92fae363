//! A measure whose deadline falls before the meeting.

use super::prelude::*;
use crate::domain::draft::{parse_date, Deadline};

pub(crate) fn measure(cx: &Cx, at: &At<Measure>, out: &mut Vec<Finding>) {
    let m = at.item;
    let Deadline::Date(day) = &m.deadline else {
        return;
    };
    let (due, meeting) = (
        parse_date(day),
        parse_date(cx.draft.profile.meeting_date.trim()),
    );
    if due.is_some() && meeting.is_some() && due < meeting {
        out.push(finding(
            Kind::DeadlineBeforeMeeting(day.clone()),
            Section::Measures,
            FieldId::Measure(m.id.clone(), MeasurePart::Date),
            &m.summary,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn a_deadline_before_the_meeting_is_found() {
        let mut d = good(MaterialKind::Individual);
        d.profile.meeting_date = "2023-01-12".into();
        d.measures[0].deadline = Deadline::Date("2022-12-31".into());
        let f = check(&d, c());
        assert!(
            f.iter().any(
                |f| f.kind == Kind::DeadlineBeforeMeeting("2022-12-31".into())
                    && f.anchor.field
                        == FieldId::Measure(d.measures[0].id.clone(), MeasurePart::Date)
            ),
            "{f:?}"
        );
        d.measures[0].deadline = Deadline::Date("2023-06-30".into());
        assert!(!check(&d, c())
            .iter()
            .any(|f| f.kind.code() == "deadline_before_meeting"));
    }
}
