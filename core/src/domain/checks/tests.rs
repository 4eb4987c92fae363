use super::*;
use crate::domain::anchor::{MeasurePart, ProblemPart};
use crate::domain::draft::{Cause, Deadline};
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

/// The finding of `kind` on a draft, with its anchor.
fn hit(d: &Draft, code: &str) -> Option<Finding> {
    check(d, c()).into_iter().find(|f| f.kind.code() == code)
}

#[test]
fn the_same_text_twice_is_found_and_leads_to_the_second() {
    let mut d = good(MaterialKind::Individual);
    assert!(hit(&d, "duplicate").is_none());
    // The second problem of a1 becomes the first reworded only in its numbers.
    let first = d.problems[0].clone();
    let second = d.problems[1].id.clone();
    let reworded: String = first
        .detail
        .chars()
        .map(|c| if c.is_ascii_digit() { '7' } else { c })
        .collect();
    let p = d.problem_mut(&second).unwrap();
    p.summary = format!("{}（二）", first.summary);
    p.detail = reworded;
    let f = hit(&d, "duplicate").expect("a duplicate");
    assert_eq!(
        f.anchor.field,
        FieldId::Problem(second.clone(), ProblemPart::Detail)
    );
    // Two measures with the same text.
    let mut d = good(MaterialKind::Team);
    d.measures[1].text = d.measures[0].text.clone();
    let f = hit(&d, "duplicate").expect("a duplicate measure");
    assert_eq!(f.anchor.section, Section::Measures);
}

#[test]
fn a_problem_repeated_from_last_year_is_found() {
    let mut d = good(MaterialKind::Individual);
    assert!(hit(&d, "repeated_from_last_year").is_none());
    let old = d.last_year[0].problem.clone();
    d.problems[3].detail = format!("我{old}，{}", d.problems[3].detail);
    assert!(hit(&d, "repeated_from_last_year").is_some());
}

#[test]
fn achievements_in_place_of_a_problem() {
    let mut d = good(MaterialKind::Individual);
    assert!(hit(&d, "achievement_as_problem").is_none());
    d.problems[4].summary = "招商引资成效显著".into();
    d.problems[4].detail =
        "2022年我牵头引进项目12个，到位资金8.6亿元，受到市委通报表扬，工作走在全市前列。".into();
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

#[test]
fn others_in_place_of_oneself_and_i_in_a_team_material() {
    let mut d = good(MaterialKind::Individual);
    assert!(hit(&d, "others_as_own").is_none());
    d.problems[5].detail =
        "分管科室部分同志服务意识不强，2022年群众投诉办理超期5件，个别干部推诿扯皮。".into();
    assert!(hit(&d, "others_as_own").is_some());
    d.problems[5].detail =
        "我对分管科室督促不够，2022年群众投诉办理超期5件，本人没有及时过问。".into();
    assert!(hit(&d, "others_as_own").is_none());

    let mut d = good(MaterialKind::Team);
    assert!(hit(&d, "self_in_team").is_none());
    assert!(hit(&d, "others_as_own").is_none());
    d.problems[0].detail = format!("我在{}", d.problems[0].detail);
    assert!(hit(&d, "self_in_team").is_some());
    // In a team material, sections and subordinate units in place of the team.
    let mut d = good(MaterialKind::Team);
    d.problems[2].detail =
        "个别科室和下属单位对2022年重点任务推进不积极，有的同志执行中搞变通，3项工作进度滞后。"
            .into();
    assert!(hit(&d, "others_as_own").is_some());
    d.problems[2].detail =
        "班子对科室和下属单位督促不够，2022年有3项重点任务进度滞后，我们没有及时跟踪问效。".into();
    assert!(hit(&d, "others_as_own").is_none());
}

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

#[test]
fn a_measure_with_nothing_to_check_it_by() {
    let mut d = good(MaterialKind::Team);
    assert!(hit(&d, "vague_measure").is_none());
    d.measures[0].text =
        "进一步加强理论学习，不断提高政治能力，切实增强工作本领，努力做到学用结合。".into();
    assert!(hit(&d, "vague_measure").is_some());
    d.measures[0].text =
        "每季度召开1次理论学习中心组专题研讨，2023年6月底前形成调研报告2篇。".into();
    assert!(hit(&d, "vague_measure").is_none());
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

#[test]
fn placeholders_and_empty_texts_anywhere() {
    let mut d = good(MaterialKind::Individual);
    assert!(hit(&d, "placeholder").is_none());
    assert!(hit(&d, "empty_text").is_none());
    d.measures[2].text = format!("{}【待补】", d.measures[2].text);
    let f = hit(&d, "placeholder").expect("a placeholder in a measure");
    assert_eq!(
        f.anchor.field,
        FieldId::Measure(d.measures[2].id.clone(), MeasurePart::Text)
    );
    d.causes[1].text.clear();
    let f = hit(&d, "empty_text").expect("an empty cause");
    assert_eq!(f.anchor.section, Section::Causes);
}

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

#[test]
fn half_width_punctuation_and_relative_years() {
    let mut d = good(MaterialKind::Individual);
    assert!(hit(&d, "half_width_punct").is_none());
    assert!(hit(&d, "relative_year").is_none());
    d.problems[0].detail = d.problems[0].detail.replacen('，', ",", 1);
    assert_eq!(
        hit(&d, "half_width_punct").map(|f| f.kind),
        Some(Kind::HalfWidthPunct(','))
    );
    d.measures[0].text = format!("明年{}", d.measures[0].text);
    assert_eq!(
        hit(&d, "relative_year").map(|f| f.kind),
        Some(Kind::RelativeYear("明年".into()))
    );
    // A 2022年度 meeting held in 2023 reads 明年 as 2024: flagged.
    d.profile.meeting_date = "2023-01-12".into();
    assert!(hit(&d, "relative_year").is_some());
    // Held in December 2022, 明年 is 2023 as the writer meant.
    d.profile.meeting_date = "2022-12-20".into();
    assert!(hit(&d, "relative_year").is_none());
}

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

#[test]
fn a_deadline_before_the_meeting_is_found() {
    let mut d = good(MaterialKind::Individual);
    d.profile.meeting_date = "2023-01-12".into();
    d.measures[0].deadline = Deadline::Date("2022-12-31".into());
    let f = check(&d, c());
    assert!(
        f.iter().any(
            |f| f.kind == Kind::DeadlineBeforeMeeting("2022-12-31".into())
                && f.anchor.field == FieldId::Measure(d.measures[0].id.clone(), MeasurePart::Date)
        ),
        "{f:?}"
    );
    d.measures[0].deadline = Deadline::Date("2023-06-30".into());
    assert!(!check(&d, c())
        .iter()
        .any(|f| f.kind.code() == "deadline_before_meeting"));
}

#[test]
fn lengths_follow_the_number_of_aspects_and_a_long_material_is_said() {
    let a = Section::Aspect("a1".into());
    let six = target(&a, MaterialKind::Team, 6).unwrap();
    let four = target(&a, MaterialKind::Team, 4).unwrap();
    assert_eq!((six.min, six.max), (500, 1000));
    assert_eq!((four.min, four.max), (750, 1500));
    let mut d = good(MaterialKind::Individual);
    for p in &mut d.problems {
        p.detail = p.detail.repeat(4);
    }
    let f = check(&d, c());
    assert!(
        f.iter().any(|f| matches!(f.kind, Kind::MaterialLong(..))),
        "{f:?}"
    );
    assert!(f
        .iter()
        .all(|f| f.kind.code() != "material_long" || f.kind.is_hint()));
}

#[test]
fn a_checklist_not_yet_checked_against_the_notice_is_said() {
    let c25 = Checklist::builtin("2025").unwrap();
    let mut d = sample::complete(MaterialKind::Individual, c25);
    d.profile.year = 2026;
    let f = check(&d, c25);
    assert!(
        f.iter().any(|f| f.kind == Kind::ChecklistStandIn(2025)),
        "{f:?}"
    );
    let own = c25.copy_as_custom("u", 2026);
    d.use_checklist(&own);
    let f = check(&d, &own);
    assert!(
        f.iter()
            .any(|f| f.kind == Kind::ChecklistCopyUnchecked(2025)),
        "{f:?}"
    );
    // Said on the check page, not a fault of the writing.
    assert!(Kind::ChecklistStandIn(2025).is_hint());
    assert!(Kind::ChecklistCopyUnchecked(2025).is_hint());
}
