//! Snapshots of complete rendered materials. To accept a deliberate change of the
//! rendering, run with `UPDATE_SNAPSHOTS=1` and review the diff of `tests/snapshots/`.
#![cfg(not(target_arch = "wasm32"))]

use duizhao_core::domain::{render, sample, Checklist, MaterialKind};
use std::path::Path;

fn snapshot(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no snapshot {}; run with UPDATE_SNAPSHOTS=1",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{name} differs from its snapshot at line {}:\n expected: {:?}\n   actual: {:?}",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

#[test]
fn a_complete_individual_material() {
    let c = Checklist::for_year(2022);
    let doc = render(&sample::complete(MaterialKind::Individual, c), c);
    snapshot("individual.txt", &doc.plain_text());
}

#[test]
fn a_complete_team_material() {
    let c = Checklist::for_year(2022);
    let doc = render(&sample::complete(MaterialKind::Team, c), c);
    snapshot("team.txt", &doc.plain_text());
}

/// The pages as they print: each page's number and lines (a table row's cells joined by
/// "|"), so that a change of line breaks or page breaks shows in review.
fn pages(doc: &duizhao_core::domain::Document) -> String {
    use duizhao_core::domain::layout::{page_texts, paginate};
    let pages = paginate(doc);
    let mut out = String::new();
    for (p, lines) in pages.iter().zip(page_texts(&pages)) {
        out.push_str(&format!("— {} —\n", p.number));
        for l in lines {
            out.push_str(&l);
            out.push('\n');
        }
    }
    out
}

#[test]
fn the_pages_of_both_materials() {
    let c = Checklist::for_year(2022);
    for (kind, name) in [
        (MaterialKind::Individual, "individual-pages.txt"),
        (MaterialKind::Team, "team-pages.txt"),
    ] {
        let mut d = sample::complete(kind, c);
        d.profile.meeting_date = "2023-01-12".into();
        snapshot(name, &pages(&render(&d, c)));
    }
}

#[test]
fn a_complete_material_of_every_other_built_in_checklist() {
    // Each year's parts, headings, title and 导语 in order (the text is the 2022
    // sample's on that year's aspects).
    for c in duizhao_core::domain::checklist::all().skip(1) {
        for (kind, name) in [
            (MaterialKind::Individual, "individual"),
            (MaterialKind::Team, "team"),
        ] {
            let d = sample::complete(kind, c);
            let doc = render(&d, c);
            assert!(
                duizhao_core::domain::checks::check(&d, c)
                    .iter()
                    .all(|f| f.kind.is_hint() || f.kind.is_writing()),
                "{} {name}: {:?}",
                c.key(),
                duizhao_core::domain::checks::check(&d, c)
            );
            snapshot(&format!("{name}-{}.txt", c.key()), &doc.plain_text());
        }
    }
}
