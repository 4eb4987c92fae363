//! Every stored format's versions have a fixture that reads, and the backup fixtures
//! load whole, with what each version added.

use std::path::Path;

#[test]
fn stored_formats_are_versioned_and_every_version_has_a_fixture() {
    let version = duizhao_core::storage::CURRENT_VERSION;
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for v in 1..=version {
        let f = fixtures.join(format!("draft-v{v}.json"));
        let raw = std::fs::read_to_string(&f).unwrap_or_else(|_| panic!("no fixture {f:?}"));
        duizhao_core::storage::codec::decode_draft(&raw).unwrap();
    }
    for v in 1..=duizhao_core::storage::backup::BACKUP_VERSION {
        let f = fixtures.join(format!("backup-v{v}.json"));
        let raw = std::fs::read_to_string(&f).unwrap_or_else(|_| panic!("no fixture {f:?}"));
        duizhao_core::storage::backup::decode_backup(&raw).unwrap();
    }
    // Every record kept beside a draft: every version has a fixture that reads.
    fn records<T: duizhao_core::storage::beside::Beside>(fixtures: &Path) {
        for v in 1..=T::VERSION {
            let f = fixtures.join(format!("{}-v{v}.json", T::NAME));
            let raw = std::fs::read_to_string(&f).unwrap_or_else(|_| panic!("no fixture {f:?}"));
            duizhao_core::storage::beside::decode::<T>(&raw).unwrap();
        }
    }
    records::<duizhao_core::domain::ledger::Ledger>(&fixtures);
    records::<duizhao_core::domain::opinions::Opinions>(&fixtures);
    records::<duizhao_core::domain::talks::Talks>(&fixtures);
    records::<duizhao_core::domain::criticism::Criticism>(&fixtures);
    for v in 1..=duizhao_core::storage::checklists::CHECKLIST_VERSION {
        let f = fixtures.join(format!("checklist-v{v}.json"));
        let raw = std::fs::read_to_string(&f).unwrap_or_else(|_| panic!("no fixture {f:?}"));
        duizhao_core::storage::checklists::decode_checklist(&raw).unwrap();
    }
}

#[test]
fn the_version_3_backup_fixture_carries_a_units_checklist_and_the_drafts_on_it() {
    use duizhao_core::domain::checks::{check, Kind};
    let raw = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backup-v3.json"),
    )
    .unwrap();
    let file = duizhao_core::storage::backup::decode_backup_all(&raw).unwrap();
    assert_eq!(file.drafts.len(), 2);
    assert_eq!(file.checklists.len(), 1);
    let own = &file.checklists[0];
    assert_eq!((own.year, own.key().as_str()), (2026, "custom:unit-2026"));
    assert_eq!(
        own.aspects[2].wordings[0].zh,
        "在带头落实本单位年度重点任务方面"
    );
    // The 2024 draft keeps its case study; the team draft follows the unit's
    // checklist and keeps every problem, the ones beyond its three aspects waiting to
    // be moved.
    let (ind, team) = (&file.drafts[0], &file.drafts[1]);
    assert_eq!(ind.profile.checklist, "2024");
    assert!(ind.part_texts["case_study"].contains("以案促改"));
    assert_eq!(team.profile.checklist, "custom:unit-2026");
    assert_eq!(team.profile.year, 2026);
    assert_eq!(team.previous_draft, ind.id);
    let shared = std::sync::Arc::new(own.clone());
    let c =
        duizhao_core::domain::Checklist::of(&team.profile.checklist, team.profile.year, &[shared]);
    assert_eq!(c.key(), own.key());
    let strays = team.stray_problems(&c).count();
    assert!(strays > 0);
    let findings = check(team, &c);
    assert_eq!(
        findings
            .iter()
            .filter(|f| f.kind == Kind::ProblemOutsideChecklist)
            .count(),
        strays
    );
    // Written again, the file is the same.
    let again =
        duizhao_core::storage::backup::encode_backup_with(&file.drafts, &file.checklists, 1.0);
    assert_eq!(
        duizhao_core::storage::backup::decode_backup_all(&again).unwrap(),
        file
    );
}

#[test]
fn the_backup_fixture_loads_whole() {
    use duizhao_core::domain::{Deadline, ItemStatus, MaterialKind};
    let raw = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backup-v1.json"),
    )
    .unwrap();
    let drafts = duizhao_core::storage::backup::decode_backup(&raw).unwrap();
    assert_eq!(drafts.len(), 2);
    let team = &drafts[0];
    assert_eq!(team.kind, MaterialKind::Team);
    assert_eq!(team.last_year[1].status, ItemStatus::Ongoing);
    let deadlines: Vec<Deadline> = team.measures.iter().map(|m| m.deadline.clone()).collect();
    assert_eq!(
        deadlines,
        vec![
            Deadline::Ongoing,
            Deadline::AtOnce,
            Deadline::Date("2023-06-30".into()),
            Deadline::Date(String::new()),
        ]
    );
    assert!(!team.measures[3].deadline.is_set());
    let ind = &drafts[1];
    assert!(ind.profile.speech_outline);
    assert_eq!(ind.wording_override["a4"], "本单位自定的表述");
    // A field this version does not know survives a round trip.
    let again = duizhao_core::storage::backup::encode_backup(&drafts, 1.0);
    assert!(again.contains("\"field_from_a_newer_version\":{\"kept\":true}"));
    assert_eq!(
        duizhao_core::storage::backup::decode_backup(&again).unwrap(),
        drafts
    );
}

#[test]
fn the_version_4_backup_fixture_carries_a_ledger_that_reports() {
    let raw = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backup-v4.json"),
    )
    .unwrap();
    let file = duizhao_core::storage::backup::decode_backup_all(&raw).unwrap();
    assert_eq!((file.drafts.len(), file.records.ledgers.len()), (1, 1));
    let (d, l) = (&file.drafts[0], &file.records.ledgers[0]);
    assert_eq!(l.draft_id, d.id);
    assert_eq!(l.entries.len(), d.measures.len());
    let text = l.report(d, "2023-06-30").plain_text();
    assert!(text.contains("已于2023年3月31日完成整改。"), "{text}");
    assert!(text.contains("2023年4月10日，完成第一轮排查，整改问题12个。"));
    // Older files load with no ledger.
    let v3 = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backup-v3.json"),
    )
    .unwrap();
    assert!(duizhao_core::storage::backup::decode_backup_all(&v3)
        .unwrap()
        .records
        .ledgers
        .is_empty());
}

#[test]
fn the_version_5_backup_fixture_carries_the_records_of_the_meeting() {
    let raw = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backup-v5.json"),
    )
    .unwrap();
    let file = duizhao_core::storage::backup::decode_backup_all(&raw).unwrap();
    let r = &file.records;
    let d = &file.drafts[0];
    assert_eq!(
        (
            r.ledgers.len(),
            r.opinions.len(),
            r.talks.len(),
            r.criticism.len()
        ),
        (1, 1, 1, 1)
    );
    // The team's opinions: two claimed by the team (the 导语's count), one of them
    // answered by a problem; the third not yet claimed.
    assert_eq!(r.opinions[0].counts(), (2, 0));
    assert_eq!(r.opinions[0].gaps(d).count(), 2);
    assert_eq!(r.talks[0].held(), 2);
    assert_eq!(r.talks[0].unanswered(d).count(), 0);
    assert_eq!(r.criticism[0].unanswered(d).count(), 0);
    // Written again, the file is the same; and the version 4 file still loads, with
    // no records of the meeting.
    let again =
        duizhao_core::storage::backup::encode_backup_full(&file.drafts, &file.checklists, r, 1.0);
    assert_eq!(
        duizhao_core::storage::backup::decode_backup_all(&again).unwrap(),
        file
    );
    let v4 = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backup-v4.json"),
    )
    .unwrap();
    let old = duizhao_core::storage::backup::decode_backup_all(&v4).unwrap();
    assert!(old.records.opinions.is_empty() && old.records.talks.is_empty());
    assert_eq!(old.drafts, file.drafts);
}
