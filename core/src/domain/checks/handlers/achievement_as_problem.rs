//! A problem that reports achievements or praise (以成绩代替问题).

use super::prelude::*;

pub(crate) fn problem(at: &At<Problem>, out: &mut Vec<Finding>) {
    if rules::is_achievement(at.text) {
        out.push(detail_finding(Kind::AchievementAsProblem, at));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::checks::testing::*;

    #[test]
    fn achievements_in_place_of_a_problem() {
        let mut d = good(MaterialKind::Individual);
        assert!(hit(&d, "achievement_as_problem").is_none());
        d.problems[4].summary = "招商引资成效显著".into();
        d.problems[4].detail =
            "2022年我牵头引进项目12个，到位资金8.6亿元，受到市委通报表扬，工作走在全市前列。"
                .into();
        assert!(hit(&d, "achievement_as_problem").is_some());
        // An achievement named in passing before the shortcoming is fine.
        d.problems[4].detail =
            "2022年我牵头引进项目12个，但对落地项目跟踪服务不够，有3个项目开工滞后2个多月。".into();
        assert!(hit(&d, "achievement_as_problem").is_none());
        // A strength dressed up as a fault (明批暗褒) is praise all the same.
        d.problems[4].summary = "工作要求过高".into();
        d.problems[4].detail =
            "我对工作总是追求尽善尽美，2022年经常加班加点，对同志们要求过严。".into();
        assert!(hit(&d, "achievement_as_problem").is_some());
    }
}
