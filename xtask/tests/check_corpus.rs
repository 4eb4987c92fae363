//! The quality checks against the labelled corpora (`core/tests/corpus/`): at least 90 % of
//! the rule-breaking texts found, at most 5 % of the acceptable ones flagged
//! (DESIGN.md, "Budgets"), on the corpus the word lists were tuned on; the held-out
//! corpus, never tuned on, is reported beside it. `cargo xtask bench` prints both.

#![cfg(not(target_arch = "wasm32"))]

fn report(file: &std::path::Path) -> xtask::corpus::Report {
    let r = xtask::corpus::run(file).expect("the corpus loads");
    for o in r.misses() {
        println!("missed: {} ({}) fired {:?}", o.id, o.rule, o.fired);
    }
    println!("{}: {}", file.display(), r.figures());
    assert!(
        r.breaks >= 30 && r.acceptable >= 30,
        "the corpus is too small"
    );
    r
}

#[test]
fn the_checks_find_the_breaks_and_leave_good_text_alone() {
    let r = report(&xtask::corpus::path());
    assert!(r.found_pct() >= 90.0, "{:.1} % found", r.found_pct());
    assert!(r.flagged_pct() <= 5.0, "{:.1} % flagged", r.flagged_pct());
}

#[test]
fn the_held_out_corpus_is_checked_too() {
    let r = report(&xtask::corpus::holdout_path());
    assert!(r.found_pct() >= 75.0, "{:.1} % found", r.found_pct());
    assert!(r.flagged_pct() <= 10.0, "{:.1} % flagged", r.flagged_pct());
}

#[test]
fn every_rule_of_the_corpora_has_cases() {
    for file in [xtask::corpus::path(), xtask::corpus::holdout_path()] {
        let json = std::fs::read_to_string(&file).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let mut per_rule = std::collections::BTreeMap::<String, usize>::new();
        for c in v["cases"].as_array().unwrap() {
            *per_rule
                .entry(c["rule"].as_str().unwrap().to_string())
                .or_default() += 1;
        }
        for (rule, n) in &per_rule {
            assert!(*n >= 3, "{}: {rule} has only {n} cases", file.display());
        }
        assert!(per_rule.contains_key("ok"));
    }
}
