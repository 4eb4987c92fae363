use super::*;
use crate::domain::draft::Cause;
use crate::domain::sample;

fn c() -> &'static Checklist {
    Checklist::for_year(2022)
}

fn good(kind: MaterialKind) -> Draft {
    sample::complete(kind, c())
}

fn kinds(d: &Draft) -> Vec<Kind> {
    check(d, c()).into_iter().map(|f| f.kind).collect()
}

fn fires(d: &Draft, k: Kind) -> bool {
    kinds(d).contains(&k)
}

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
fn problem_without_measure_or_cause() {
    let mut d = good(MaterialKind::Individual);
    let id = d.problems[0].id.clone();
    for m in &mut d.measures {
        m.problems.retain(|p| p != &id);
    }
    assert!(fires(&d, Kind::ProblemWithoutMeasure));
    assert!(!fires(&d, Kind::ProblemWithoutCause));
    for cz in &mut d.causes {
        cz.problems.retain(|p| p != &id);
    }
    let f = check(&d, c());
    let hit = f
        .iter()
        .find(|f| f.kind == Kind::ProblemWithoutCause)
        .unwrap();
    assert_eq!(
        hit.anchor.field,
        FieldId::Problem(id.clone(), ProblemPart::Detail)
    );
    assert_eq!(hit.anchor.field.dom_id(), format!("problem-{id}-detail"));
}

#[test]
fn cause_or_measure_linked_to_nothing() {
    let mut d = good(MaterialKind::Team);
    d.causes.push(Cause {
        id: "cx".into(),
        summary: "孤立的原因".into(),
        text: "……".into(),
        ..Default::default()
    });
    assert!(fires(&d, Kind::CauseLinkedToNothing));
    assert!(!fires(&d, Kind::MeasureLinkedToNothing));
    d.measures[0].problems = vec!["gone".into()];
    assert!(fires(&d, Kind::MeasureLinkedToNothing));
}

#[test]
fn measure_without_deadline_or_owner() {
    let mut d = good(MaterialKind::Team);
    d.measures[1].responsible.clear();
    assert!(fires(&d, Kind::MeasureWithoutDeadlineOrOwner));
}

#[test]
fn problems_and_causes_under_half_of_the_text() {
    let mut d = good(MaterialKind::Individual);
    d.explanations = "本人如实报告个人有关事项。".repeat(400);
    let k = kinds(&d);
    assert!(
        k.iter()
            .any(|k| matches!(k, Kind::ProblemsAndCausesUnderHalf(p) if *p < 50)),
        "{k:?}"
    );
}

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
        "今年我自学笔记仅1万字。",
        MaterialKind::Individual
    ));
    // A number alone, without ownership, is still boilerplate.
    assert!(is_boilerplate(
        "服务意识不强",
        "群众反映问题3次。",
        MaterialKind::Individual
    ));
    // A team owns its problems as 班子.
    assert!(!is_boilerplate(
        "服务意识不强",
        "班子全年到基层调研五次，多是听汇报。",
        MaterialKind::Team
    ));
    // No set phrase: not this check's business.
    assert!(!is_boilerplate(
        "对标对表的及时性不够",
        "",
        MaterialKind::Individual
    ));

    let mut d = good(MaterialKind::Individual);
    let p = &mut d.problems[2];
    p.summary = "理论学习不够深入".into();
    p.detail = "学习不够系统，存在差距，有待加强。".into();
    assert!(fires(&d, Kind::BoilerplateProblem));
}

#[test]
fn ongoing_item_without_explanation() {
    let mut d = good(MaterialKind::Individual);
    assert!(!fires(&d, Kind::OngoingWithoutExplanation));
    d.last_year[1].next_steps.clear();
    assert!(fires(&d, Kind::OngoingWithoutExplanation));
}

#[test]
fn numbering_that_skips_a_level() {
    let mut d = good(MaterialKind::Individual);
    d.causes[0].text = "（1）只学不用。（2）学用脱节。".into();
    // （1） is level 4 right under a level-2 heading.
    assert!(fires(&d, Kind::HeadingSkipsLevel));
    d.causes[0].text = "1. 只学不用。".into();
    assert!(!fires(&d, Kind::HeadingSkipsLevel));
    assert_eq!(manual_level("一、总体情况"), Some(1));
    assert_eq!(manual_level("（二）原因"), Some(2));
    assert_eq!(manual_level("3．措施"), Some(3));
    assert_eq!(manual_level("(4)细节"), Some(4));
    assert_eq!(manual_level("一是学习"), None);
    assert_eq!(manual_level("2022年"), None);
}

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
