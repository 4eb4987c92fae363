//! 需要向组织说明的事项: once one category is answered, every category needs an answer;
//! an answer 有 needs its details (`empty_text`), and each text gets the writing rules.

use super::prelude::*;
use crate::domain::draft::Answer;
use crate::domain::explanations::{Category, CATEGORIES};

pub(crate) fn draft(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.draft;
    let sec = Section::Explanations;
    let answered = |c: &Category| {
        d.answer(c.id)
            .map(|a| a.answer)
            .unwrap_or(Answer::Unanswered)
    };
    let any = CATEGORIES.iter().any(|c| answered(c) != Answer::Unanswered);
    for c in CATEGORIES {
        let field = |part| FieldId::Explanation(c.id.to_string(), part);
        match answered(c) {
            Answer::Unanswered if any => out.push(finding(
                Kind::ExplanationUnanswered,
                sec.clone(),
                field(ExplanationPart::Answer),
                c.title_zh,
            )),
            Answer::Has => {
                let details = d.answer(c.id).map(|a| a.details.as_str()).unwrap_or("");
                super::empty_text::details(
                    out,
                    field(ExplanationPart::Details),
                    details,
                    c.title_zh,
                );
                super::texts::text(out, sec.clone(), field(ExplanationPart::Details), details);
            }
            _ => {}
        }
    }
    super::texts::text(out, sec, FieldId::Explanations, &d.explanations);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn explanations_are_answered_category_by_category() {
        use crate::domain::explanations::CATEGORIES;
        use crate::domain::Answer;
        let mut d = good(MaterialKind::Individual);
        assert!(hit(&d, "explanation_unanswered").is_none());
        d.explanations.clear();
        d.explanation_answers.clear();
        assert!(hit(&d, "explanation_unanswered").is_none());
        d.set_answer(CATEGORIES[0].id, Answer::None);
        let f = hit(&d, "explanation_unanswered").expect("the others are unanswered");
        assert_eq!(f.anchor.section, Section::Explanations);
        for c in CATEGORIES {
            d.set_answer(c.id, Answer::None);
        }
        assert!(hit(&d, "explanation_unanswered").is_none());
        d.set_answer(CATEGORIES[1].id, Answer::Has);
        let f = hit(&d, "empty_text").expect("有 needs its details");
        assert_eq!(
            f.anchor.field.dom_id(),
            format!("expl-{}-details", CATEGORIES[1].id)
        );
        d.explanation_answers[1].details = "本人配偶在某县中学任教，2022年7月已按规定报告。".into();
        assert!(hit(&d, "empty_text").is_none());
        // A team material has no such section: nothing to answer.
        let mut t = good(MaterialKind::Team);
        t.set_answer(CATEGORIES[0].id, Answer::Has);
        assert!(hit(&t, "empty_text").is_none());
    }
}
