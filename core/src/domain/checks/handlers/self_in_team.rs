//! In a team material, a problem or a cause written as 我.

use super::prelude::*;

pub(crate) fn problem(cx: &Cx, at: &At<Problem>, out: &mut Vec<Finding>) {
    if cx.team && rules::is_first_person_singular(at.text) {
        out.push(detail_finding(Kind::FirstPersonInTeam, at));
    }
}

pub(crate) fn cause(cx: &Cx, at: &At<Cause>, out: &mut Vec<Finding>) {
    if cx.team && rules::is_first_person_singular(at.text) {
        out.push(cause_finding(Kind::FirstPersonInTeam, at.item));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn a_team_material_written_as_i_is_found_in_problems_and_causes() {
        let mut d = good(MaterialKind::Team);
        assert!(hit(&d, "self_in_team").is_none());
        d.causes[0].text = format!("我{}", d.causes[0].text);
        assert!(hit(&d, "self_in_team").is_some());
        // An individual material is written as 我.
        let mut p = good(MaterialKind::Individual);
        p.causes[0].text = format!("我{}", p.causes[0].text);
        assert!(hit(&p, "self_in_team").is_none());
    }
}
