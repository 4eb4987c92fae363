//! A cause that blames workload, conditions or higher levels (以客观代替主观).

use super::prelude::*;

pub(crate) fn cause(cx: &Cx, at: &At<Cause>, out: &mut Vec<Finding>) {
    if rules::is_objective_cause(at.text, cx.draft.kind) {
        out.push(cause_finding(Kind::ObjectiveCause, at.item));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn objective_causes_and_causes_that_restate_the_problem() {
        let mut d = good(MaterialKind::Individual);
        assert!(hit(&d, "objective_cause").is_none());
        assert!(hit(&d, "cause_restates_problem").is_none());
        d.causes[0].text =
            "主要是日常工作任务繁重、人手紧张，加上上级部署频繁，学习时间难以保证。".into();
        assert!(hit(&d, "objective_cause").is_some());
        d.causes[0].text =
            "我以工作任务繁重为借口放松了理论学习，根子在于理想信念的“总开关”拧得不紧。".into();
        assert!(hit(&d, "objective_cause").is_none());

        let mut d = good(MaterialKind::Individual);
        let linked = d.causes[0].problems[0].clone();
        let p = d.problems.iter().find(|p| p.id == linked).unwrap().clone();
        d.causes[0].text = format!("{}，{}", p.summary, p.detail);
        let f = hit(&d, "cause_restates_problem").expect("restated");
        assert_eq!(f.anchor.section, Section::Causes);
    }
}
