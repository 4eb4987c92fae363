use super::testing::*;
use super::*;

#[test]
fn a_complete_material_has_no_finding() {
    for kind in [MaterialKind::Individual, MaterialKind::Team] {
        let d = good(kind);
        assert_eq!(check(&d, c()), vec![], "{kind:?}");
    }
}

#[test]
fn an_empty_draft_lists_what_is_missing() {
    let k = kinds(&Draft::default());
    for want in [
        Kind::ProfileIncomplete,
        Kind::IntroPlaceholder,
        Kind::LastYearEmpty,
        Kind::AspectWithoutProblem,
        Kind::NoCause,
        Kind::NoMeasure,
    ] {
        assert!(k.contains(&want), "{want:?} in {k:?}");
    }
    assert_eq!(
        k.iter()
            .filter(|k| **k == Kind::AspectWithoutProblem)
            .count(),
        6
    );
}

#[test]
fn writing_codes_are_distinct() {
    let all = [
        Kind::Duplicate(String::new()),
        Kind::RepeatedFromLastYear(String::new()),
        Kind::AchievementAsProblem,
        Kind::OthersAsOwn,
        Kind::FirstPersonInTeam,
        Kind::ObjectiveCause,
        Kind::CauseRestatesProblem,
        Kind::VagueMeasure,
        Kind::Placeholder,
        Kind::HalfWidthPunct(','),
        Kind::RelativeYear(String::new()),
        Kind::BoilerplateProblem,
    ];
    let codes: std::collections::BTreeSet<&str> = all.iter().map(Kind::code).collect();
    assert_eq!(codes.len(), all.len());
    assert!(all.iter().all(Kind::is_writing));
}

#[test]
fn the_large_bench_draft_is_large() {
    let d = sample::large(c(), 40_000);
    let n = crate::domain::count::chars(&render(&d, c()).plain_text());
    assert!((40_000..44_000).contains(&n), "{n}");
}

#[test]
fn statuses_follow_content_findings_and_the_users_word() {
    let mut d = good(MaterialKind::Individual);
    let f = check(&d, c());
    let a1 = Section::Aspect("a1".into());
    assert_eq!(status(&d, &Section::Profile, &f), Status::Completed);
    assert_eq!(status(&d, &a1, &f), Status::InProgress);
    d.set_section_done(&a1.key(), true);
    assert_eq!(status(&d, &a1, &f), Status::Completed);
    d.problems.retain(|p| p.aspect != "a1");
    let f = check(&d, c());
    assert_eq!(status(&d, &a1, &f), Status::NotStarted);
    let e = Draft::default();
    let f = check(&e, c());
    assert_eq!(status(&e, &Section::Closing, &f), Status::NotStarted);
    let mut d = good(MaterialKind::Individual);
    d.last_year[1].next_steps.clear();
    let f = check(&d, c());
    assert_eq!(status(&d, &Section::LastYear, &f), Status::HasProblem);
}

#[test]
fn length_hints_do_not_mark_a_section_as_having_a_problem() {
    let mut d = good(MaterialKind::Individual);
    let keep = d.problems_of("a2").next().unwrap().id.clone();
    d.problems.retain(|p| p.aspect != "a2" || p.id == keep);
    let a2 = Section::Aspect("a2".into());
    d.set_section_done(&a2.key(), true);
    let f = check(&d, c());
    assert!(f.iter().any(|f| f.kind == Kind::FewProblems(2)));
    assert_eq!(status(&d, &a2, &f), Status::Completed);
}

#[test]
fn the_examples_agree_with_the_checks() {
    use crate::domain::checklist::Quality;
    let mut report = Vec::new();
    // Every built-in year's examples, each in a draft of its own year.
    for c in crate::domain::checklist::all() {
        for a in &c.aspects {
            for e in &a.examples {
                for kind in [MaterialKind::Individual, MaterialKind::Team] {
                    if !e.audience.fits(kind) {
                        continue;
                    }
                    let mut d = Draft::new("ex", kind, 0.0);
                    d.use_checklist(c);
                    let id = d.add_problem(&a.id);
                    let p = d.problem_mut(&id).unwrap();
                    p.summary = e.summary_zh.clone();
                    p.detail = e.detail_zh.clone();
                    let fired: Vec<&'static str> = check(&d, c)
                        .into_iter()
                        .filter(|f| f.kind.is_writing())
                        .map(|f| f.kind.code())
                        .collect();
                    let right = match e.quality {
                        Quality::Good => fired.is_empty(),
                        Quality::Weak => !fired.is_empty(),
                    };
                    if !right {
                        report.push(format!(
                            "{} {} {:?} {kind:?}: {fired:?} {}",
                            c.key(),
                            a.id,
                            e.quality,
                            e.summary_zh
                        ));
                    }
                }
            }
        }
    }
    assert!(report.is_empty(), "{report:#?}");
}

#[test]
fn every_years_complete_sample_has_no_finding() {
    for c in crate::domain::checklist::all() {
        for kind in [MaterialKind::Individual, MaterialKind::Team] {
            let d = sample::complete(kind, c);
            assert_eq!(check(&d, c), vec![], "{} {kind:?}", c.key());
        }
    }
}
