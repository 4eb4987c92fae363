use super::*;

#[test]
fn a_fresh_draft_is_for_the_year_being_prepared() {
    for kind in [MaterialKind::Individual, MaterialKind::Team] {
        let d = Draft::fresh("f", kind, 3.0, 2024, &[]);
        assert_eq!(
            (d.profile.year, d.profile.checklist.as_str()),
            (2024, "2024")
        );
        assert_eq!((d.kind, d.created_ms, d.updated_ms), (kind, 3.0, 3.0));
        assert!(d.problems.is_empty() && d.name.is_empty());
    }
    // 2026年度 before the unit has its checklist: 2025年度's stands in.
    let d = Draft::fresh("f", MaterialKind::Individual, 3.0, 2026, &[]);
    assert_eq!(
        (d.profile.year, d.profile.checklist.as_str()),
        (2026, "2025")
    );
    let c = Checklist::of(&d.profile.checklist, d.profile.year, &[]);
    assert_eq!(d.stands_in(&c), Some(2025));
    // The unit's own checklist of that year, once there is one.
    let newest = super::super::checklist::newest_builtin();
    let own = std::sync::Arc::new(newest.copy_as_custom("u", newest.year + 1));
    let d = Draft::fresh(
        "f",
        MaterialKind::Individual,
        3.0,
        newest.year + 1,
        std::slice::from_ref(&own),
    );
    assert_eq!(d.profile.year, newest.year + 1);
    assert_eq!(d.profile.checklist, own.key());
    assert_eq!(d.stands_in(&own), None);
}
#[test]
fn deleted_items_come_back_where_they_were_once() {
    let mut d = Draft::new("t", MaterialKind::Individual, 1.0);
    let p = d.add_problem("a1");
    let q = d.add_problem("a1");
    for i in 0..3 {
        d.causes.push(Cause {
            id: format!("c{i}"),
            summary: format!("原因{i}"),
            problems: vec![p.clone(), q.clone()],
            ..Default::default()
        });
        d.measures.push(Measure {
            id: format!("m{i}"),
            summary: format!(" 措施{i} "),
            problems: vec![q.clone()],
            ..Default::default()
        });
        d.last_year.push(LastYearItem {
            id: format!("l{i}"),
            problem: format!("问题{i}"),
            ..Default::default()
        });
    }
    let ids = |d: &Draft| {
        (
            d.causes
                .iter()
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
                .join(","),
            d.measures
                .iter()
                .map(|m| m.id.clone())
                .collect::<Vec<_>>()
                .join(","),
            d.last_year
                .iter()
                .map(|i| i.id.clone())
                .collect::<Vec<_>>()
                .join(","),
        )
    };
    let before = ids(&d);
    let cause = d.remove_cause("c1").unwrap();
    let measure = d.remove_measure("m0").unwrap();
    let item = d.remove_last_year("l2").unwrap();
    assert!(d.remove_cause("c1").is_none());
    assert_eq!((cause.id(), cause.name()), ("c1", "原因1"));
    assert_eq!(measure.name(), "措施0");
    assert_eq!(item.name(), "问题2");
    assert_eq!(ids(&d), ("c0,c2".into(), "m1,m2".into(), "l0,l1".into()));
    // A problem deleted meanwhile is not linked again.
    d.remove_problem(&p);
    for x in [cause.clone(), measure, item] {
        d.restore(x);
    }
    assert_eq!(ids(&d), before);
    assert_eq!(d.causes[1].problems, vec![q.clone()]);
    // Putting back what is there already changes nothing.
    d.restore(cause);
    assert_eq!(ids(&d), before);
    // A list that got shorter takes the item last.
    let gone = d.remove_cause("c2").unwrap();
    d.causes.clear();
    d.restore(gone);
    assert_eq!(ids(&d).0, "c2");
}

#[test]
fn titles_follow_the_kind_and_profile() {
    let mut d = Draft::new("d1", MaterialKind::Individual, 0.0);
    assert_eq!(d.title(), "【待补】同志2022年度民主生活会个人对照检查材料");
    d.profile.person = "张三".into();
    d.profile.speech_outline = true;
    assert_eq!(d.title(), "张三同志2022年度民主生活会发言提纲");
    d.kind = MaterialKind::Team;
    d.profile.unit = "中共某县委办公室".into();
    assert_eq!(
        d.title(),
        "中共某县委办公室领导班子2022年度民主生活会对照检查材料"
    );
    // The forms offices use: 检视剖析材料 (2022, 2023) and 在…上的发言提纲.
    d.profile.title_form = TitleForm::Inspection;
    assert_eq!(
        d.title(),
        "中共某县委办公室领导班子2022年度民主生活会检视剖析材料"
    );
    d.kind = MaterialKind::Individual;
    assert_eq!(d.title(), "张三同志2022年度民主生活会个人检视剖析材料");
    d.profile.title_form = TitleForm::OutlineAt;
    d.use_checklist(Checklist::builtin("2023-local").unwrap());
    assert_eq!(
        d.title(),
        "张三同志在2023年度主题教育专题民主生活会上的发言提纲"
    );
    // A team's material is not a 发言提纲.
    d.kind = MaterialKind::Team;
    assert_eq!(d.title_form(), TitleForm::Comparison);
    d.profile.title = "自定标题".into();
    assert_eq!(d.title(), "自定标题");
}

#[test]
fn removing_a_problem_drops_its_links() {
    let mut d = Draft::default();
    let p = d.add_problem("a1");
    let q = d.add_problem("a2");
    assert_ne!(p, q);
    d.causes.push(Cause {
        id: "c".into(),
        problems: vec![p.clone(), q.clone()],
        ..Default::default()
    });
    let before = d.clone();
    let removed = d.remove_problem(&p).unwrap();
    assert_eq!((removed.at, removed.problem.id.as_str()), (0, p.as_str()));
    assert_eq!(d.causes[0].problems, vec![q.clone()]);
    d.restore_problem(removed);
    assert_eq!(d.problems, before.problems);
    assert!(d.causes[0].problems.contains(&p));
}

#[test]
fn problems_move_within_and_across_aspects() {
    let mut d = Draft::default();
    let a = d.add_problem("a1");
    let x = d.add_problem("a2");
    let b = d.add_problem("a1");
    d.shift_problem(&b, -1);
    let order: Vec<&str> = d.problems_of("a1").map(|p| p.id.as_str()).collect();
    assert_eq!(order, vec![b.as_str(), a.as_str()]);
    d.shift_problem(&b, -1); // already first: nothing happens
    assert_eq!(d.problems_of("a1").next().unwrap().id, b);
    d.move_problem(&a, "a2");
    let order: Vec<&str> = d.problems_of("a2").map(|p| p.id.as_str()).collect();
    assert_eq!(order, vec![x.as_str(), a.as_str()]);
}

#[test]
fn deadlines_print_as_the_material_writes_them() {
    let t = |s: &str| Deadline::from_stored(s).material_text();
    assert_eq!(t("2023-06-30"), "2023年6月底前");
    assert_eq!(t("2023-06-15"), "2023年6月15日前");
    assert_eq!(t("2024-02-29"), "2024年2月底前");
    assert_eq!(t("2023-02-28"), "2023年2月底前");
    assert_eq!(t("2023-01-05"), "2023年1月5日前");
    assert_eq!(t("立行立改"), "立行立改");
    assert_eq!(t("长期坚持"), "长期坚持");
    assert_eq!(t("2023-02-30"), "2023-02-30");
    assert_eq!(t(""), "");
}

#[test]
fn unknown_fields_survive_a_round_trip() {
    let json = r#"{"id":"x","kind":"team","future_field":{"a":[1,"二"]},"z":null}"#;
    let d = Draft::from_json(json).unwrap();
    assert_eq!(d.kind, MaterialKind::Team);
    assert_eq!(d.profile.year, 2022);
    assert_eq!(d.extra.len(), 2);
    let back = Draft::from_json(&d.to_json()).unwrap();
    assert_eq!(back, d);
    let v: serde_json::Value = serde_json::from_str(&d.to_json()).unwrap();
    assert_eq!(v["future_field"]["a"][1], "二");
    assert!(v["z"].is_null());
}

#[test]
fn a_change_of_year_keeps_every_problem_and_says_which_to_move() {
    use crate::domain::{checks, sample};
    let c22 = Checklist::for_year(2022);
    let mut d = sample::complete(MaterialKind::Team, c22);
    let before = d.problems.clone();
    let c24 = Checklist::builtin("2024").unwrap();
    d.use_checklist(c24);
    assert_eq!(
        (d.profile.year, d.profile.checklist.as_str()),
        (2024, "2024")
    );
    // Nothing is lost; the 2022 aspect ids a5 and a6 are not 2024's.
    assert_eq!(d.problems, before);
    let strays: Vec<String> = d.stray_problems(c24).map(|p| p.id.clone()).collect();
    assert_eq!(
        strays,
        before
            .iter()
            .filter(|p| p.aspect == "a5" || p.aspect == "a6")
            .map(|p| p.id.clone())
            .collect::<Vec<_>>()
    );
    assert!(!strays.is_empty());
    let findings = checks::check(&d, c24);
    for id in &strays {
        assert!(findings
            .iter()
            .any(|f| f.kind == checks::Kind::ProblemOutsideChecklist
                && f.anchor.field == crate::domain::anchor::FieldId::MoveProblem(id.clone())));
    }
    // Moved, they are back in the material, links and all.
    for id in &strays {
        d.move_problem(id, "a4");
    }
    assert_eq!(d.stray_problems(c24).count(), 0);
    assert_eq!(d.problems.len(), before.len());
    let text = crate::domain::render::render(&d, c24).plain_text();
    for p in &before {
        assert!(text.contains(p.summary.trim()), "{}", p.summary);
    }
    // In one go, each to the aspect proposed for it: by the ground it covers
    // (a 较真碰硬 problem of 2022's 斗争精神 to 2024's 担责创新), else by place.
    let mut e = sample::complete(MaterialKind::Team, c22);
    e.use_checklist(c24);
    let proposed: Vec<(String, Option<String>)> = e
        .stray_problems(c24)
        .map(|p| (p.id.clone(), Draft::proposed_aspect(p, c24)))
        .collect();
    e.move_strays(c24);
    assert_eq!(e.stray_problems(c24).count(), 0);
    for (id, want) in proposed {
        let p = e.problems.iter().find(|p| p.id == id).unwrap();
        assert_eq!(Some(p.aspect.clone()), want, "{}", p.summary);
    }
    let fight = e.problems.iter().find(|p| p.summary.contains("较真碰硬"));
    assert_eq!(fight.map(|p| p.aspect.as_str()), Some("a3"));
    // And back to 2022: every problem is where it can be shown again.
    d.use_checklist(c22);
    assert_eq!(d.stray_problems(c22).count(), 0);
}

#[test]
fn a_change_of_checklist_proposes_aspects_by_meaning() {
    use crate::domain::sample;
    let (c22, c24) = (Checklist::for_year(2022), Checklist::for_year(2024));
    let mut d = sample::complete(MaterialKind::Individual, c22);
    let before = d.problems.clone();
    d.change_checklist(c22, c24);
    // 2022's aspects are not 2024's: every problem waits for the user's word.
    assert_eq!(d.stray_problems(c24).count(), before.len());
    let petition = d
        .problems
        .iter()
        .find(|p| p.summary.contains("信访"))
        .expect("the sample has a 信访 problem");
    assert_eq!(petition.aspect, "2022:a4");
    // 信访 is 宗旨's ground: 2024's a2 (党性、纪律、作风), not a4 (全面从严治党).
    assert_eq!(Draft::proposed_aspect(petition, c24).as_deref(), Some("a2"));
    let mut moved = d.clone();
    moved.move_strays(c24);
    assert_eq!(moved.stray_problems(c24).count(), 0);
    // Going back puts every problem where it was.
    d.change_checklist(c24, c22);
    assert_eq!(d.problems, before);
    // The same heading under the same id stays (a unit's copy of its year).
    let own = c24.copy_as_custom("u", 2024);
    let mut e = sample::complete(MaterialKind::Individual, c24);
    e.change_checklist(c24, &own);
    assert_eq!(e.stray_problems(&own).count(), 0);
}

#[test]
fn next_years_draft_holds_every_old_measure() {
    use crate::domain::sample;
    let c22 = Checklist::for_year(2022);
    let old = sample::complete(MaterialKind::Individual, c22);
    let c23 = Checklist::for_year(2023);
    let d = old.next_year("new", c23, None, 99.0);
    assert_eq!(d.id, "new");
    assert_eq!(d.previous_draft, old.id);
    assert_eq!(d.kind, old.kind);
    assert_eq!(d.profile.person, old.profile.person);
    assert_eq!(d.profile.post, old.profile.post);
    assert_eq!(
        (d.profile.year, d.profile.checklist.as_str()),
        (2023, "2023-local")
    );
    assert!(d.problems.is_empty() && d.measures.is_empty());
    assert_eq!(d.last_year.len(), old.measures.len());
    for (item, m) in d.last_year.iter().zip(&old.measures) {
        assert!(item.measure.contains(m.summary.trim()), "{}", item.measure);
        for pid in &m.problems {
            let p = old.problems.iter().find(|p| &p.id == pid).unwrap();
            assert!(item.problem.contains(p.summary.trim()));
        }
        // Not claimed as done: the result is the user's to write.
        assert_eq!(item.status, ItemStatus::Ongoing);
        assert!(item.result.is_empty());
        assert_eq!(item.source, ItemSource::Meeting);
    }
    // The material reports them under the meeting before, by name.
    let text = crate::domain::render::render(&d, c23).plain_text();
    assert!(
        text.contains("2022年度民主生活会个人整改落实情况"),
        "{text}"
    );
    // The check page asks for each result.
    let findings = crate::domain::checks::check(&d, c23);
    assert!(
        findings
            .iter()
            .filter(|f| f.anchor.section == crate::domain::anchor::Section::LastYear)
            .count()
            >= d.last_year.len()
    );
}

#[test]
fn with_its_ledger_next_years_items_say_how_far_each_measure_went() {
    use crate::domain::ledger::{EntryStatus, Ledger};
    use crate::domain::sample;
    let old = sample::complete(MaterialKind::Individual, Checklist::for_year(2022));
    let mut ledger = Ledger::for_draft(&old);
    let (first, second) = (old.measures[0].id.clone(), old.measures[1].id.clone());
    ledger.add_note(&first, "2023-03-01", "制定了学习计划");
    ledger.set_status(&first, EntryStatus::Done, "2023-06-30");
    ledger.entry_mut(&first).unwrap().evidence = "学习台账".into();
    ledger.add_note(&second, "2023-04-01", "完成了一半");
    let d = old.next_year("new2", Checklist::for_year(2023), Some(&ledger), 99.0);
    assert_eq!(d.last_year[0].status, ItemStatus::Done);
    assert_eq!(
        d.last_year[0].result,
        "2023年3月1日，制定了学习计划；佐证材料：学习台账"
    );
    assert_eq!(d.last_year[1].status, ItemStatus::Ongoing);
    assert_eq!(d.last_year[1].result, "2023年4月1日，完成了一半");
}
