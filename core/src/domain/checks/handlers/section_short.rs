//! A section far under its reference length (a hint: under half its minimum).

use super::prelude::*;
use crate::domain::checks::{section_chars, target};

pub(crate) fn draft(cx: &Cx, out: &mut Vec<Finding>) {
    let aspects = cx.checklist.aspects.len();
    for s in &cx.sections {
        let Some(t) = target(s, cx.draft.kind, aspects) else {
            continue;
        };
        let n = section_chars(cx.draft, s);
        if n > 0 && n * 2 < t.min {
            out.push(finding(
                Kind::SectionShort(n as u32, t.min as u32),
                s.clone(),
                FieldId::StepHeading,
                "",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn sections_and_materials_far_under_their_length() {
        let d = good(MaterialKind::Individual);
        assert!(hit(&d, "section_short").is_none());
        assert!(hit(&d, "material_short").is_none());
        let mut d = good(MaterialKind::Individual);
        for c in &mut d.causes {
            c.text = c.text.chars().take(30).collect();
        }
        let f = hit(&d, "section_short").expect("short causes");
        assert_eq!(f.anchor.section, Section::Causes);
        let mut d = Draft::default();
        let id = d.add_problem("a1");
        d.problem_mut(&id).unwrap().detail = "我2022年到基层调研3次，多是听汇报。".into();
        assert!(hit(&d, "material_short").is_some());
    }
}
