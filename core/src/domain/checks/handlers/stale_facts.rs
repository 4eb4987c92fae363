//! A problem whose dated facts are all two or more years before the meeting year:
//! copied from an old material.

use super::prelude::*;

pub(crate) fn problem(cx: &Cx, at: &At<Problem>, out: &mut Vec<Finding>) {
    if let Some(y) = rules::stale_year(at.text, cx.draft.profile.year) {
        out.push(detail_finding(Kind::StaleFacts(y), at));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn facts_copied_from_an_old_material_are_found() {
        let c25 = Checklist::builtin("2025").unwrap();
        let mut d = sample::complete(MaterialKind::Individual, c25);
        let p = &mut d.problems[0];
        p.detail = "2022年我在局党组会上作了3次表态发言，但2022年11月督查指出“一网通办”事项落实滞后，我才组织研究整改。".into();
        let f = check(&d, c25);
        assert!(f.iter().any(|f| f.kind == Kind::StaleFacts(2022)), "{f:?}");
        // The year before the meeting's is its own working year; an old matter still
        // open is a fact of now.
        d.problems[0].detail = d.problems[0].detail.replace("2022", "2024");
        assert!(!check(&d, c25)
            .iter()
            .any(|f| f.kind.code() == "stale_facts"));
        d.problems[0].detail =
            "2023年审计指出的3项问题，截至目前仍有1项没有整改到位，我督办不力。".into();
        assert!(!check(&d, c25)
            .iter()
            .any(|f| f.kind.code() == "stale_facts"));
    }
}
