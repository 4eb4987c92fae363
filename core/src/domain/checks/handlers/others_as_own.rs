//! A problem of others in place of one's own: in a team material, subordinates'
//! (以下级代替班子); in an individual one, the team's or others' (以班子代替个人).

use super::prelude::*;

pub(crate) fn problem(cx: &Cx, at: &At<Problem>, out: &mut Vec<Finding>) {
    let others = if cx.team {
        rules::is_subordinates_problem(at.text)
    } else {
        rules::is_others_problem(at.text)
    };
    if others {
        out.push(detail_finding(Kind::OthersAsOwn, at));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn others_in_place_of_oneself_and_i_in_a_team_material() {
        let mut d = good(MaterialKind::Individual);
        assert!(hit(&d, "others_as_own").is_none());
        d.problems[5].detail =
            "分管科室部分同志服务意识不强，2022年群众投诉办理超期5件，个别干部推诿扯皮。".into();
        assert!(hit(&d, "others_as_own").is_some());
        d.problems[5].detail =
            "我对分管科室督促不够，2022年群众投诉办理超期5件，本人没有及时过问。".into();
        assert!(hit(&d, "others_as_own").is_none());

        let mut d = good(MaterialKind::Team);
        assert!(hit(&d, "self_in_team").is_none());
        assert!(hit(&d, "others_as_own").is_none());
        d.problems[0].detail = format!("我在{}", d.problems[0].detail);
        assert!(hit(&d, "self_in_team").is_some());
        // In a team material, sections and subordinate units in place of the team.
        let mut d = good(MaterialKind::Team);
        d.problems[2].detail =
            "个别科室和下属单位对2022年重点任务推进不积极，有的同志执行中搞变通，3项工作进度滞后。"
                .into();
        assert!(hit(&d, "others_as_own").is_some());
        d.problems[2].detail =
            "班子对科室和下属单位督促不够，2022年有3项重点任务进度滞后，我们没有及时跟踪问效。"
                .into();
        assert!(hit(&d, "others_as_own").is_none());
    }
}
