//! A problem written only in set phrases, with no fact of one's own (its detail
//! written: an empty one is `empty_text`'s).

use super::prelude::*;

pub(crate) fn problem(cx: &Cx, at: &At<Problem>, out: &mut Vec<Finding>) {
    let p = at.item;
    if !p.detail.trim().is_empty() && rules::is_boilerplate(&p.summary, &p.detail, cx.draft.kind) {
        out.push(detail_finding(Kind::BoilerplateProblem, at));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn boilerplate_problem() {
        // Set phrases, no number, no example, no "I".
        assert!(is_boilerplate(
            "理论学习不够深入",
            "学习不够深入系统，思想认识不到位。",
            MaterialKind::Individual
        ));
        // The same set phrase with a fact of one's own is fine.
        assert!(!is_boilerplate(
            "理论学习不够深入",
            "2022年我自学笔记仅1万字。",
            MaterialKind::Individual
        ));
        // A number alone, without ownership, is still boilerplate.
        assert!(is_boilerplate(
            "服务意识不强",
            "群众反映问题3次，服务意识不强。",
            MaterialKind::Individual
        ));
        // A team owns its problems as 班子.
        assert!(!is_boilerplate(
            "服务意识不强",
            "班子全年到基层调研五次，多是听汇报。",
            MaterialKind::Team
        ));
        // Political number terms are not figures: still only set phrases.
        assert!(is_boilerplate(
            "“四个意识”树得不牢",
            "我对“两个确立”的决定性意义领悟不深，落实“三会一课”和中央八项规定精神要求不够严。",
            MaterialKind::Individual
        ));
        // Every detail is looked at, not only those with a listed set phrase.
        assert!(is_boilerplate(
            "对标对表的及时性不够",
            "我在工作中对标对表意识还需要进一步增强，执行上级要求的主动性不够理想。",
            MaterialKind::Individual
        ));

        let mut d = good(MaterialKind::Individual);
        let p = &mut d.problems[2];
        p.summary = "理论学习不够深入".into();
        p.detail = "学习不够系统，存在差距，有待加强。".into();
        assert!(fires(&d, Kind::BoilerplateProblem));
    }

    #[test]
    fn an_occasion_is_a_fact_and_timely_is_not() {
        assert!(!is_boilerplate(
            "民主集中制执行不够严格",
            "研究执法装备采购时，我会前沟通不充分，对不同意见听取不够耐心。",
            MaterialKind::Individual
        ));
        assert!(is_boilerplate(
            "对标对表不够及时",
            "我对标对表不够及时，执行上级要求的主动性有待加强。",
            MaterialKind::Individual
        ));
    }
}
