//! An aspect with no problem, or (a hint) fewer than the usual count.

use super::prelude::*;

pub(crate) fn aspect(cx: &Cx, section: &Section, aspect: &str, count: u32, out: &mut Vec<Finding>) {
    let usual = rules::rules().usual_problems_per_aspect;
    let kind = if count == 0 {
        Kind::AspectWithoutProblem
    } else if count < usual {
        Kind::FewProblems(usual)
    } else {
        return;
    };
    let name = cx
        .checklist
        .aspect(aspect)
        .map_or("", |a| a.short_zh.as_str());
    out.push(finding(kind, section.clone(), FieldId::AddProblem, name));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn aspect_without_problem() {
        let mut d = good(MaterialKind::Individual);
        d.problems.retain(|p| p.aspect != "a3");
        let f = check(&d, c());
        let hit = f
            .iter()
            .find(|f| f.kind == Kind::AspectWithoutProblem)
            .unwrap();
        assert_eq!(hit.anchor.section, Section::Aspect("a3".into()));
    }

    #[test]
    fn fewer_problems_than_usual_under_an_aspect() {
        let mut d = good(MaterialKind::Individual);
        assert!(hit(&d, "few_problems").is_none());
        let keep = d.problems_of("a2").next().unwrap().id.clone();
        d.problems.retain(|p| p.aspect != "a2" || p.id == keep);
        let f = hit(&d, "few_problems").expect("one problem under a2");
        assert_eq!(f.anchor.section, Section::Aspect("a2".into()));
        assert_eq!(f.kind, Kind::FewProblems(2));
    }
}
