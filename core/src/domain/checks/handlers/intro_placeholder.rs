//! The 导语 still has 【待补】 for a preparation fact (the generated one, while the
//! counts are not given).

use super::prelude::*;
use crate::domain::draft::PLACEHOLDER;
use crate::domain::render::generated_intro;

pub(crate) fn draft(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.draft;
    let holds = if d.intro.text.trim().is_empty() {
        generated_intro(d, cx.checklist).contains(PLACEHOLDER)
    } else {
        d.intro.text.contains(PLACEHOLDER)
    };
    if holds {
        out.push(finding(
            Kind::IntroPlaceholder,
            Section::Intro,
            FieldId::StudySessions,
            "",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn profile_and_intro_placeholders() {
        let mut d = good(MaterialKind::Individual);
        d.profile.post.clear();
        assert!(fires(&d, Kind::ProfileIncomplete));
        let mut d = good(MaterialKind::Individual);
        d.intro.talks = 0;
        assert!(fires(&d, Kind::IntroPlaceholder));
        d.intro.text = "我会前认真学习，征求意见9条，谈心谈话12人次。".into();
        assert!(!fires(&d, Kind::IntroPlaceholder));
    }
}
