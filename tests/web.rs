//! In a real headless Chromium with wasm-bindgen-test: the real localStorage and
//! the mounted components.
#![cfg(target_arch = "wasm32")]

use duizhao::domain::{Draft, MaterialKind};
use duizhao::storage::{self, LocalStore, SaveError, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn raw() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn a_saved_draft_is_restored_as_the_current_one() {
    raw().clear().unwrap();
    let store = LocalStore::open();
    assert!(store.is_available());
    let mut d = Draft::new("w1", MaterialKind::Team, 1.0);
    d.profile.unit = "某局党组".into();
    store.save_draft(&d, 2.0).unwrap();
    assert_eq!(store.load_current().unwrap(), Some(d));
    let stored = raw().get_item(&storage::draft_key("w1")).unwrap().unwrap();
    assert!(stored.contains("\"format\":\"duizhao.draft\""));
}

#[wasm_bindgen_test]
fn a_corrupt_record_is_kept_aside_and_never_overwritten() {
    raw().clear().unwrap();
    raw().set_item(storage::CURRENT_KEY, "bad").unwrap();
    raw().set_item(&storage::draft_key("bad"), "{oops").unwrap();
    let store = LocalStore::open();
    match store.load_current() {
        Err(StoreError::Unreadable {
            raw: r,
            quarantine_key,
            ..
        }) => {
            assert_eq!(r, "{oops");
            assert_eq!(
                raw().get_item(&quarantine_key).unwrap().as_deref(),
                Some("{oops")
            );
        }
        other => panic!("expected Unreadable, got {other:?}"),
    }
    assert_eq!(
        raw()
            .get_item(&storage::draft_key("bad"))
            .unwrap()
            .as_deref(),
        Some("{oops")
    );
}

#[wasm_bindgen_test]
fn a_full_store_reports_quota_and_keeps_the_last_good_copy() {
    raw().clear().unwrap();
    let store = LocalStore::open();
    let mut d = Draft::new("w2", MaterialKind::Individual, 1.0);
    d.profile.person = "张三".into();
    store.save_draft(&d, 2.0).unwrap();
    // Another key fills the store to its quota.
    let chunk = "x".repeat(512 * 1024);
    let mut i = 0;
    while raw().set_item(&format!("filler/{i}"), &chunk).is_ok() {
        i += 1;
        assert!(i < 200, "the store never filled up");
    }
    let mut bigger = d.clone();
    bigger.statement = "很长的表态".repeat(200_000);
    assert_eq!(store.save_draft(&bigger, 3.0), Err(SaveError::Quota));
    assert_eq!(store.load_current().unwrap(), Some(d));
    raw().clear().unwrap();
}

#[wasm_bindgen_test]
fn unavailable_storage_is_an_error_not_a_panic() {
    let store = LocalStore::unavailable();
    let d = Draft::default();
    assert_eq!(store.save_draft(&d, 0.0), Err(SaveError::Unavailable));
    assert_eq!(store.load_current(), Err(StoreError::Unavailable));
}

#[wasm_bindgen_test]
fn the_app_mounts_on_the_profile_step_with_labelled_fields() {
    raw().clear().unwrap();
    duizhao::ui::start();
    let doc = web_sys::window().unwrap().document().unwrap();
    let h1 = doc.query_selector("h1").unwrap().unwrap();
    assert_eq!(h1.text_content().unwrap(), "基本信息");
    for id in ["unit", "person", "post", "title"] {
        let label = doc.query_selector(&format!("label[for='{id}']")).unwrap();
        assert!(label.is_some(), "no label for #{id}");
    }
    assert_eq!(
        doc.document_element()
            .unwrap()
            .get_attribute("data-ready")
            .as_deref(),
        Some("1")
    );
}
