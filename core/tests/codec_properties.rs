//! Property tests for the stored-format and backup codecs: any draft round-trips, and
//! no input, however broken, makes a decoder panic.
#![cfg(not(target_arch = "wasm32"))]

use duizhao_core::domain::criticism::Criticism;
use duizhao_core::domain::draft::{
    Answer, Cause, Deadline, ExplanationAnswer, ItemSource, ItemStatus, LastYearItem, Measure,
    Problem,
};
use duizhao_core::domain::ledger::Ledger;
use duizhao_core::domain::opinions::Opinions;
use duizhao_core::domain::talks::Talks;
use duizhao_core::domain::{Draft, MaterialKind};
use duizhao_core::storage::backup::{
    decode_backup, decode_backup_all, encode_backup, encode_backup_full, Records,
};
use duizhao_core::storage::codec::{decode_draft, encode_draft};
use duizhao_core::storage::LocalStore;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    // Any Unicode, with the characters JSON must escape and the ones that look like
    // markup well represented: a user may type any of them.
    let pieces = prop::sample::select(vec![
        "<",
        ">",
        "&",
        "\"",
        "'",
        "\\",
        "/",
        "\u{0}",
        "\u{8}",
        "\u{1b}",
        "\u{7f}",
        "\u{2028}",
        "😀",
        "👨‍👩‍👧",
        "推行<OA>审批",
        "考核等次<B",
        "<script>alert(1)</script>",
        "<b>",
        "</textarea>",
        "&amp;",
        "&#60;",
        "\\u003c",
        "javascript:",
        "<!--",
        "<?xml",
        "一是",
        "【待补】",
    ]);
    prop_oneof![
        any::<String>(),
        "[\"\\\\/\\n\\t\\u{0}-\\u{1f}一是【待补】“”<>&]{0,12}",
        prop::collection::vec(pieces, 0..6).prop_map(|p| p.concat()),
    ]
}

fn ms() -> impl Strategy<Value = f64> {
    (0u64..10_000_000_000_000).prop_map(|n| n as f64)
}

fn ids() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), 0..3)
}

prop_compose! {
    fn problem()(id in text(), aspect in text(), summary in text(), detail in text()) -> Problem {
        Problem { id, aspect, summary, detail }
    }
}

prop_compose! {
    fn cause()(id in text(), dimension in text(), summary in text(), text in text(), problems in ids()) -> Cause {
        Cause { id, dimension, summary, text, problems }
    }
}

prop_compose! {
    fn measure()(id in text(), summary in text(), text in text(), problems in ids(), deadline in text(), responsible in text(), department in text()) -> Measure {
        Measure { id, summary, text, problems, deadline: Deadline::from_stored(&deadline), responsible, department }
    }
}

prop_compose! {
    fn last_year()(id in text(), source in 0usize..4, problem in text(), measure in text(), done in any::<bool>(), result in text(), next_steps in text(), campaign in 0u32..3) -> LastYearItem {
        LastYearItem { id, source: ItemSource::ALL[source], problem, measure, status: if done { ItemStatus::Done } else { ItemStatus::Ongoing }, result, next_steps, campaign }
    }
}

prop_compose! {
    fn answer()(category in text(), which in 0u8..3, details in text()) -> ExplanationAnswer {
        let answer = [Answer::Unanswered, Answer::Has, Answer::None][usize::from(which)];
        ExplanationAnswer { category, answer, details }
    }
}

/// Unknown fields from another version: names no draft field has, any JSON value.
fn extra() -> impl Strategy<Value = std::collections::BTreeMap<String, String>> {
    let value = prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        Just("null".to_string()),
        text().prop_map(|s| serde_json::to_string(&s).unwrap()),
        (text(), any::<u32>())
            .prop_map(|(s, n)| format!("{{\"a\":[{n},{}]}}", serde_json::to_string(&s).unwrap())),
    ];
    prop::collection::btree_map("future_[a-z]{1,8}", value, 0..3)
}

prop_compose! {
    fn draft()(
        id in text(), name in text(), team in any::<bool>(),
        unit in text(), person in text(), post in text(), year in 2000u32..2100, title in text(), outline in any::<bool>(),
        counts in (any::<u32>(), any::<u32>(), any::<u32>(), any::<u32>()), intro in text(),
        last in prop::collection::vec(last_year(), 0..3),
        problems in prop::collection::vec(problem(), 0..4),
        causes in prop::collection::vec(cause(), 0..3),
        measures in prop::collection::vec(measure(), 0..3),
        explanations in text(), statement in text(), meeting_date in text(),
        answers in prop::collection::vec(answer(), 0..3),
        choice in prop::collection::btree_map(text(), text(), 0..2),
        overrides in prop::collection::btree_map(text(), text(), 0..2),
        done in ids(), sections in ids(),
        times in (ms(), ms()), next_item in any::<u64>(), extra in extra(),
    ) -> Draft {
        let mut d = Draft::new(id, if team { MaterialKind::Team } else { MaterialKind::Individual }, times.0);
        d.name = name;
        d.profile.unit = unit;
        d.profile.person = person;
        d.profile.post = post;
        d.profile.year = year;
        d.profile.title = title;
        d.profile.speech_outline = outline;
        d.intro.study_sessions = counts.0;
        d.intro.opinions_team = counts.1;
        d.intro.opinions_person = counts.2;
        d.intro.talks = counts.3;
        d.intro.text = intro;
        d.last_year = last;
        d.problems = problems;
        d.causes = causes;
        d.measures = measures;
        d.explanations = explanations;
        d.explanation_answers = answers;
        d.profile.meeting_date = meeting_date;
        d.statement = statement;
        d.wording_choice = choice;
        d.wording_override = overrides;
        d.prompts_done = done;
        d.sections_done = sections;
        d.updated_ms = times.1;
        d.next_item = next_item;
        d.extra = extra;
        d
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_draft_round_trips_through_the_stored_format(d in draft(), saved in ms()) {
        let raw = encode_draft(&d, saved);
        prop_assert_eq!(decode_draft(&raw).unwrap(), d);
    }

    #[test]
    fn any_drafts_round_trip_through_a_backup_file(ds in prop::collection::vec(draft(), 1..4)) {
        // A backup's drafts have distinct ids (the app's are); any text is kept.
        let ds: Vec<Draft> = ds.into_iter().enumerate().map(|(i, mut d)| {
            d.id = format!("d{i}");
            d
        }).collect();
        let file = encode_backup(&ds, 1.0);
        prop_assert_eq!(decode_backup(&file).unwrap(), ds);
    }

    #[test]
    fn any_backup_written_by_the_app_imports_whole_into_an_empty_store(
        ds in prop::collection::vec(draft(), 1..4),
        notes in prop::collection::vec((text(), text(), text(), text()), 4),
    ) {
        let ds: Vec<Draft> = ds.into_iter().enumerate().map(|(i, mut d)| {
            d.id = format!("d{i}");
            d
        }).collect();
        // The records beside the drafts, with the same kinds of text in them.
        let mut records = Records::default();
        for (d, (a, b, c, e)) in ds.iter().zip(&notes) {
            let mut l = Ledger::for_draft(d);
            l.entries.push(duizhao_core::domain::ledger::Entry {
                measure_id: "m".into(),
                measure: a.clone(),
                owner: b.clone(),
                ..Default::default()
            });
            records.ledgers.push(l);
            let mut o = Opinions::for_draft(&d.id);
            let id = o.add("2023-01-02");
            if let Some(x) = o.item_mut(&id) {
                x.content = b.clone();
            }
            records.opinions.push(o);
            let mut t = Talks::for_draft(&d.id);
            let id = t.add(Default::default(), "2023-01-03");
            if let Some(x) = t.item_mut(&id) {
                x.to_me = c.clone();
                x.with = a.clone();
            }
            records.talks.push(t);
            let mut k = Criticism::for_draft(&d.id);
            let id = k.add_colleague();
            if let Some(x) = k.colleague_mut(&id) {
                x.given = e.clone();
                x.name = c.clone();
            }
            records.criticism.push(k);
        }
        let file = encode_backup_full(&ds, &[], &records, 1.0);
        let back = decode_backup_all(&file).unwrap();
        prop_assert!(back.left_out.is_empty(), "{:?}", back.left_out);
        // Imported into an empty store as the app does, then read back.
        let store = LocalStore::in_memory();
        for d in &back.drafts {
            store.save_draft(d, 2.0).unwrap();
            prop_assert_eq!(store.import_records(&back.records, (&d.id, &d.id), 2.0), Ok(0));
        }
        for (i, d) in ds.iter().enumerate() {
            prop_assert_eq!(store.load_draft(&d.id).unwrap(), Some(d.clone()));
            prop_assert_eq!(store.record::<Ledger>(&d.id).unwrap(), records.ledgers.get(i).cloned());
            prop_assert_eq!(store.record::<Opinions>(&d.id).unwrap(), records.opinions.get(i).cloned());
            prop_assert_eq!(store.record::<Talks>(&d.id).unwrap(), records.talks.get(i).cloned());
            prop_assert_eq!(store.record::<Criticism>(&d.id).unwrap(), records.criticism.get(i).cloned());
        }
    }

    #[test]
    fn no_input_makes_a_decoder_panic(s in any::<String>()) {
        let _ = decode_draft(&s);
        let _ = decode_backup(&s);
    }

    #[test]
    fn a_cut_record_is_an_error_not_a_panic(d in draft(), cut in 0usize..1000) {
        let raw = encode_draft(&d, 0.0);
        let mut at = cut.min(raw.len().saturating_sub(1));
        while !raw.is_char_boundary(at) { at -= 1; }
        prop_assert!(decode_draft(&raw[..at]).is_err());
    }
}
