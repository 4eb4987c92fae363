//! In a real headless Chromium with wasm-bindgen-test: the real localStorage and
//! the mounted components.
#![cfg(target_arch = "wasm32")]

use duizhao::domain::{Draft, MaterialKind};
use duizhao::storage::{self, LocalStore, SaveError, StoreError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn raw() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn a_saved_draft_is_restored_as_the_current_one() {
    raw().clear().unwrap();
    let store = storage::open();
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
    let store = storage::open();
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
    let store = storage::open();
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
    let store = storage::unavailable();
    let d = Draft::default();
    assert_eq!(store.save_draft(&d, 0.0), Err(SaveError::Unavailable));
    assert_eq!(store.load_current(), Err(StoreError::Unavailable));
}

/// The app mounted in a fresh container, removed on drop.
struct Mounted {
    root: web_sys::HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

fn mount() -> Mounted {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), duizhao::ui::App);
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

/// The app on an empty draft of the 2022年度 checklist, whose aspects (and example
/// problems) these tests name; a first visit starts on the most recent year's.
fn mount_2022() -> Mounted {
    raw().clear().unwrap();
    let d = Draft::new("fresh-2022", MaterialKind::Individual, 1.0);
    assert_eq!(d.profile.year, 2022);
    let store = storage::open();
    store.save_draft(&d, 1.0).unwrap();
    store.set_current(&d.id).unwrap();
    mount()
}

fn input_event(el: &web_sys::Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

impl Mounted {
    fn q(&self, css: &str) -> web_sys::Element {
        self.root
            .query_selector(css)
            .unwrap()
            .unwrap_or_else(|| panic!("no {css}"))
    }

    fn all(&self, css: &str) -> Vec<web_sys::Element> {
        let list = self.root.query_selector_all(css).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().unchecked_into())
            .collect()
    }

    fn click(&self, css: &str) {
        self.q(css).unchecked_into::<web_sys::HtmlElement>().click();
    }

    /// Clicks the step-list link whose name contains `text`.
    fn open(&self, text: &str) {
        let link = self
            .all("nav a")
            .into_iter()
            .find(|a| a.text_content().unwrap_or_default().contains(text))
            .unwrap_or_else(|| panic!("no step {text}"));
        link.unchecked_into::<web_sys::HtmlElement>().click();
    }

    /// Types into a field the way the browser reports it: value, then an input event.
    fn type_in(&self, css: &str, text: &str) {
        let el = self.q(css);
        set_text(&el, text);
    }

    fn h1(&self) -> String {
        self.q("h1").text_content().unwrap_or_default()
    }
}

fn set_text(el: &web_sys::Element, text: &str) {
    if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.set_value(text);
    } else {
        el.unchecked_ref::<web_sys::HtmlInputElement>()
            .set_value(text);
    }
    input_event(el, "input");
}

/// Lets effects (focus, title) run: waits a few animation frames.
async fn tick() {
    for _ in 0..3 {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .request_animation_frame(&resolve)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
}

/// Waits past a debounced write of a record page (`AUTOSAVE_DELAY`).
async fn past_write() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 600)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// The page is being left (closed, reloaded, navigated away).
fn pagehide() {
    let ev = web_sys::Event::new("pagehide").unwrap();
    web_sys::window().unwrap().dispatch_event(&ev).unwrap();
}

fn active_id() -> String {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_first_visit_starts_writing_and_steps_move_focus_and_title() {
    raw().clear().unwrap();
    let app = mount();
    assert_eq!(app.h1(), "基本信息");
    app.open("写作任务");
    tick().await;
    assert_eq!(app.h1(), "写作任务");
    assert_eq!(app.all(".task-list .task").len(), 13);
    let doc = web_sys::window().unwrap().document().unwrap();
    tick().await;
    assert_eq!(
        doc.document_element()
            .unwrap()
            .get_attribute("data-ready")
            .as_deref(),
        Some("1")
    );
    app.open("基本信息");
    tick().await;
    assert_eq!(app.h1(), "基本信息");
    assert_eq!(active_id(), "step-heading");
    assert!(
        doc.title().starts_with("基本信息 - 第 1 步，共 15 步"),
        "{}",
        doc.title()
    );
    for id in ["unit", "person", "post", "title"] {
        app.q(&format!("label[for='{id}']"));
    }
    // A team material has no 需要向组织说明的事项 step.
    app.click("#kind-team");
    tick().await;
    assert!(!app
        .all("nav a")
        .iter()
        .any(|a| a.text_content().unwrap_or_default().contains("说明的事项")));
    tick().await;
    assert!(doc.title().contains("共 14 步"), "{}", doc.title());
}

fn summaries(app: &Mounted) -> Vec<String> {
    app.all("fieldset.problem input[id$='-summary']")
        .iter()
        .map(|e| e.unchecked_ref::<web_sys::HtmlInputElement>().value())
        .collect()
}

#[wasm_bindgen_test]
async fn problems_are_added_reordered_moved_deleted_and_restored() {
    let app = mount_2022();
    app.open("两个确立");
    tick().await;
    assert!(app.h1().contains("两个确立"), "{}", app.h1());
    assert_eq!(app.all(".prompts input[type=checkbox]").len(), 10);
    app.click("#add-problem");
    tick().await;
    app.type_in("fieldset.problem input[id$='-summary']", "第一个问题");
    app.click("#add-problem");
    tick().await;
    // The new problem's summary has focus.
    assert!(active_id().ends_with("-summary"), "{}", active_id());
    set_text(
        &app.all("fieldset.problem input[id$='-summary']")[1],
        "第二个问题",
    );
    app.type_in(
        "fieldset.problem textarea[id$='-detail']",
        "今年我到基层3次。",
    );
    tick().await;
    assert_eq!(
        app.q("fieldset.problem p.count").text_content().unwrap(),
        "9 字"
    );
    assert_eq!(summaries(&app), vec!["第一个问题", "第二个问题"]);

    // 上移 on the second problem (each problem has 上移, 下移, 删除).
    app.all("fieldset.problem .item-actions button")[3]
        .unchecked_ref::<web_sys::HtmlElement>()
        .click();
    tick().await;
    assert_eq!(summaries(&app), vec!["第二个问题", "第一个问题"]);
    // 删除 the first, then 撤销.
    app.all("fieldset.problem button.danger")[0]
        .unchecked_ref::<web_sys::HtmlElement>()
        .click();
    tick().await;
    assert_eq!(summaries(&app), vec!["第一个问题"]);
    assert!(app
        .q(".undo")
        .text_content()
        .unwrap()
        .contains("第二个问题"));
    assert_eq!(active_id(), "undo");
    app.click("#undo");
    tick().await;
    assert_eq!(summaries(&app), vec!["第二个问题", "第一个问题"]);
    assert!(app.all(".undo").is_empty());

    // 移到其他方面: the problem leaves this aspect and appears under the chosen one.
    let select = app.all("fieldset.problem select")[0].clone();
    select
        .unchecked_ref::<web_sys::HtmlSelectElement>()
        .set_value("a2");
    input_event(&select, "change");
    tick().await;
    assert_eq!(summaries(&app), vec!["第一个问题"]);
    app.open("凝心铸魂");
    tick().await;
    assert_eq!(summaries(&app), vec!["第二个问题"]);
}

#[wasm_bindgen_test]
async fn a_finding_on_the_check_page_leads_to_its_field_and_back() {
    let app = mount_2022();
    app.open("核对");
    tick().await;
    let findings = app.all(".finding-list a");
    assert!(findings.len() >= 6, "{}", findings.len());
    let empty_aspect = findings
        .iter()
        .find(|a| a.text_content().unwrap_or_default().contains("凝心铸魂"))
        .expect("a finding for the empty aspect");
    empty_aspect.unchecked_ref::<web_sys::HtmlElement>().click();
    tick().await;
    assert!(app.h1().contains("凝心铸魂"));
    assert_eq!(active_id(), "add-problem");
    // From there the user can go back to the check page.
    app.click(".step-nav button:last-child");
    tick().await;
    assert_eq!(app.h1(), "核对全文");
    // Every section is listed with a 修改 link, and empty ones say 未填写.
    assert_eq!(app.all(".summary-row").len(), 13);
    assert!(app.all(".not-provided").len() >= 10);
}

#[wasm_bindgen_test]
async fn prompts_and_examples_follow_the_kind_of_material() {
    let app = mount_2022();
    app.open("党的全面领导");
    tick().await;
    let individual = app.all(".prompts input[type=checkbox]").len();
    assert!(!app.all(".examples li[data-quality='good']").is_empty());
    assert!(!app.all(".examples li[data-quality='weak']").is_empty());
    let rules = app.q("details.rules").text_content().unwrap_or_default();
    assert!(
        rules.contains("四个不代替") && rules.contains("三个摆进去"),
        "{rules}"
    );
    // A team sees the prompts written for a 班子 (民主集中制, 议事规则) as well.
    app.open("基本信息");
    tick().await;
    app.click("#kind-team");
    tick().await;
    app.open("党的全面领导");
    tick().await;
    let team = app.all(".prompts input[type=checkbox]").len();
    assert!(team > individual, "team {team}, individual {individual}");
    let examples = app.q(".examples").text_content().unwrap_or_default();
    assert!(
        examples.contains("班子") || examples.contains("党组"),
        "{examples}"
    );
    assert!(!app.all(".examples li[data-quality='weak']").is_empty());
    // A team's measure names its 责任领导 and its 责任部门.
    app.open("整改措施");
    tick().await;
    app.click("#add-measure");
    tick().await;
    assert_eq!(app.all("input[id$='-department']").len(), 1);
    let label = app
        .q("label[for$='-responsible']")
        .text_content()
        .unwrap_or_default();
    assert_eq!(label, "责任领导");
}

#[wasm_bindgen_test]
async fn explanations_are_answered_and_printed_category_by_category() {
    raw().clear().unwrap();
    let app = mount();
    app.open("说明的事项");
    tick().await;
    let cats = app.all("fieldset.explanation");
    assert!(cats.len() >= 5, "{}", cats.len());
    // 无: the standard sentence shows; no text to type.
    app.click("#expl-personal_matters-answer");
    tick().await;
    let first = app.q("fieldset[data-category='personal_matters']");
    assert_eq!(first.get_attribute("data-answer").as_deref(), Some("none"));
    assert!(first
        .text_content()
        .unwrap_or_default()
        .contains("经自查，"));
    assert!(app.all("#expl-personal_matters-details").is_empty());
    // 有: the details field comes, then goes again with 无.
    app.click("#expl-family_business-answer-has");
    tick().await;
    app.type_in("#expl-family_business-details", "本人配偶在某中学任教");
    tick().await;
    app.click("#expl-accountability-answer-has");
    tick().await;
    app.click("#expl-accountability-answer");
    tick().await;
    assert!(app.all("#expl-accountability-details").is_empty());
    app.open("预览");
    tick().await;
    let paper = app.q(".paper").text_content().unwrap_or_default();
    assert!(paper.contains("需要向组织说明的事项"), "{paper}");
    assert!(
        paper.contains("二是关于配偶、子女及其配偶从业和经商办企业情况。本人配偶在某中学任教。"),
        "{paper}"
    );
    assert!(
        paper.contains("三是关于受到问责、函询、诫勉情况。经自查"),
        "{paper}"
    );
    // The check page lists what was answered.
    app.open("核对");
    tick().await;
    let rows: Vec<String> = app
        .all(".summary-row")
        .iter()
        .map(|r| r.text_content().unwrap_or_default())
        .collect();
    assert!(
        rows.iter()
            .any(|r| r.contains("说明的事项") && r.contains("个人有关事项报告")),
        "{rows:?}"
    );
    // A category left unanswered is named in the language of the page.
    let open = duizhao::domain::explanations::CATEGORIES
        .iter()
        .find(|c| !["personal_matters", "family_business", "accountability"].contains(&c.id))
        .unwrap();
    let findings = || app.q(".finding-list").text_content().unwrap_or_default();
    assert!(findings().contains(open.title_zh), "{}", findings());
    app.click(".app-header button.link-button");
    tick().await;
    assert!(findings().contains(open.title_en), "{}", findings());
    assert!(!findings().contains(open.title_zh), "{}", findings());
    app.click(".app-header button.link-button");
    tick().await;
}

#[wasm_bindgen_test]
async fn last_years_items_carry_their_source_and_the_step_counts_them() {
    raw().clear().unwrap();
    let app = mount();
    app.open("上年度");
    tick().await;
    app.click("#add-last-year");
    tick().await;
    app.click("#add-last-year");
    tick().await;
    let select = app.all("select[id$='-source']")[1].clone();
    select
        .unchecked_ref::<web_sys::HtmlSelectElement>()
        .set_value("inspection");
    input_event(&select, "change");
    tick().await;
    let totals = app
        .q("#last-year-totals")
        .text_content()
        .unwrap_or_default();
    assert!(totals.contains("上年度民主生活会 1 项"), "{totals}");
    assert!(totals.contains("巡视巡察反馈 1 项"), "{totals}");
}

#[wasm_bindgen_test]
async fn achievements_written_as_a_problem_are_found_and_lead_to_the_field() {
    let app = mount_2022();
    app.open("两个确立");
    tick().await;
    app.click("#add-problem");
    tick().await;
    app.type_in("fieldset.problem input[id$='-summary']", "招商引资成效显著");
    app.type_in(
        "fieldset.problem textarea[id$='-detail']",
        "2022年我牵头引进项目12个，到位资金8.6亿元，受到市委通报表扬，工作走在全市前列。",
    );
    tick().await;
    app.open("核对");
    tick().await;
    tick().await;
    let hit = app
        .all(".finding-list a[data-kind='achievement_as_problem']")
        .into_iter()
        .next()
        .expect("a finding for achievements in place of a problem");
    let field = hit.get_attribute("data-field").unwrap();
    assert!(field.ends_with("-detail"), "{field}");
    hit.unchecked_ref::<web_sys::HtmlElement>().click();
    tick().await;
    assert!(app.h1().contains("两个确立"));
    assert_eq!(active_id(), field);
}

#[wasm_bindgen_test]
fn snapshots_are_bounded_and_pruned_oldest_first_to_make_room() {
    raw().clear().unwrap();
    let store = storage::open();
    let mut d = Draft::new("s1", MaterialKind::Individual, 1.0);
    for t in 0..35 {
        d.statement = format!("版本{t}");
        store.save_snapshot(&d, 1000.0 + f64::from(t)).unwrap();
    }
    let snaps = store.snapshots("s1");
    assert_eq!(snaps.len(), storage::SNAPSHOTS_KEPT);
    // Newest first; the five oldest are gone.
    assert_eq!(
        store.load_snapshot(&snaps[0].key).unwrap().statement,
        "版本34"
    );
    assert_eq!(
        store
            .load_snapshot(&snaps.last().unwrap().key)
            .unwrap()
            .statement,
        "版本5"
    );

    // A full store: the live draft is saved by pruning snapshots, never itself.
    store.save_draft(&d, 2.0).unwrap();
    let chunk = "x".repeat(256 * 1024);
    let mut i = 0;
    while raw().set_item(&format!("filler/{i}"), &chunk).is_ok() {
        i += 1;
    }
    let mut small = 1024;
    while small > 0 {
        while raw()
            .set_item(&format!("filler/s{i}"), &"y".repeat(small))
            .is_ok()
        {
            i += 1;
        }
        small /= 4;
    }
    d.statement = "需要更多空间的新内容".repeat(20);
    store.save_draft(&d, 3.0).unwrap();
    assert!(store.snapshots("s1").len() < storage::SNAPSHOTS_KEPT);
    assert_eq!(store.load_draft("s1").unwrap().unwrap(), d);
    raw().clear().unwrap();
}

#[wasm_bindgen_test]
fn deleted_drafts_go_to_the_bin_come_back_and_expire_after_30_days() {
    raw().clear().unwrap();
    let store = storage::open();
    let mut d = Draft::new("t1", MaterialKind::Team, 1.0);
    d.profile.unit = "某局党组".into();
    store.save_draft(&d, 2.0).unwrap();
    store.trash_draft("t1", 10.0).unwrap();
    assert!(store.load_draft("t1").unwrap().is_none());
    assert_eq!(store.trash().len(), 1);
    assert_eq!(store.restore_from_trash("t1").unwrap(), Some(d.clone()));
    assert!(store.trash().is_empty());
    assert_eq!(store.scan().0.len(), 1);

    store.trash_draft("t1", 10.0).unwrap();
    store.purge_trash(10.0 + 29.0 * storage::DAY_MS).unwrap();
    assert_eq!(store.trash().len(), 1);
    store.purge_trash(10.0 + 31.0 * storage::DAY_MS).unwrap();
    assert!(store.trash().is_empty());
    assert!(store.snapshots("t1").is_empty());
}

#[wasm_bindgen_test]
async fn history_lists_snapshots_and_restore_keeps_the_current_version_too() {
    raw().clear().unwrap();
    let store = storage::open();
    let mut d = Draft::new("h1", MaterialKind::Individual, 1.0);
    d.statement = "旧的表态".into();
    store.save_snapshot(&d, 5_000.0).unwrap();
    d.statement = "新的表态".into();
    store.save_draft(&d, 6_000.0).unwrap();

    let app = mount();
    app.click("#open-history");
    tick().await;
    assert_eq!(app.h1(), "历史版本");
    assert_eq!(app.all("ul.history li").len(), 1);
    // 查看 shows the old version; 恢复此版本 brings it back.
    app.click("ul.history li button");
    tick().await;
    assert!(app.q(".paper").text_content().unwrap().contains("旧的表态"));
    app.all("ul.history li button")[1]
        .unchecked_ref::<web_sys::HtmlElement>()
        .click();
    tick().await;
    assert!(store
        .load_draft("h1")
        .unwrap()
        .unwrap()
        .statement
        .contains("旧的表态"));
    // The version it replaced is now a snapshot too.
    let kept: Vec<String> = store
        .snapshots("h1")
        .iter()
        .map(|s| store.load_snapshot(&s.key).unwrap().statement)
        .collect();
    assert!(kept.iter().any(|s| s == "新的表态"), "{kept:?}");
}

#[wasm_bindgen_test]
async fn the_drafts_list_creates_duplicates_renames_deletes_and_undoes() {
    raw().clear().unwrap();
    let app = mount();
    // The first draft is kept once something is typed in it.
    app.open("基本信息");
    tick().await;
    app.type_in("#person", "赵六");
    app.click("#nav-home");
    tick().await;
    assert_eq!(app.h1(), "我的稿件");
    app.click("#new-team");
    tick().await;
    assert_eq!(app.h1(), "基本信息");
    app.type_in("#unit", "某县审计局党组");
    app.click("#nav-home");
    tick().await;
    let rows = || app.all("table.drafts tbody tr").len();
    assert_eq!(rows(), 2);
    let team_row = app
        .all("table.drafts tbody tr")
        .into_iter()
        .find(|r| {
            r.text_content()
                .unwrap_or_default()
                .contains("某县审计局党组")
        })
        .unwrap();
    // 复制
    team_row
        .query_selector_all(".draft-actions button")
        .unwrap()
        .item(1)
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    tick().await;
    assert_eq!(rows(), 3);
    assert!(app
        .q("table.drafts")
        .text_content()
        .unwrap()
        .contains("（副本）"));
    // 删除 the copy, then 撤销.
    let copy = app
        .all("table.drafts tbody tr")
        .into_iter()
        .find(|r| r.text_content().unwrap_or_default().contains("（副本）"))
        .unwrap();
    copy.query_selector(".draft-actions button.danger")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    tick().await;
    assert_eq!(rows(), 2);
    assert_eq!(app.all("ul.trash li").len(), 1);
    app.click("#undo-delete");
    tick().await;
    assert_eq!(rows(), 3);
    assert!(app.all("ul.trash li").is_empty());
}

#[wasm_bindgen_test]
fn snapshots_taken_in_the_same_millisecond_are_all_kept() {
    raw().clear().unwrap();
    let store = storage::open();
    let mut d = Draft::new("same", MaterialKind::Individual, 1.0);
    for n in 0..3 {
        d.statement = format!("第{n}版");
        store.save_snapshot(&d, 42.0).unwrap();
    }
    assert_eq!(store.snapshots("same").len(), 3);
}

#[wasm_bindgen_test]
async fn a_field_follows_a_change_made_from_outside_it() {
    raw().clear().unwrap();
    let app = mount();
    app.open("导语");
    tick().await;
    let area = || {
        app.q("#intro-text")
            .unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value()
    };
    assert_eq!(area(), "");
    // 以生成的导语为底稿改写 fills the field that shows on the same page.
    let button = app
        .all("button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().contains("底稿"))
        .unwrap();
    button.unchecked_ref::<web_sys::HtmlElement>().click();
    tick().await;
    assert!(area().starts_with("根据上级"), "{}", area());
    let count = app.q("#intro-text-count").text_content().unwrap();
    assert_ne!(count, "0 字");
    // Typing goes on from there, and the count follows the typing.
    app.type_in("#intro-text", "我自己写的导语");
    tick().await;
    assert_eq!(app.q("#intro-text-count").text_content().unwrap(), "7 字");
}

/// A stored draft with one cause and one measure, opened as the current one.
fn stored_with_cause_and_measure() -> (LocalStore, Draft) {
    use duizhao::domain::{Cause, Deadline, Measure};
    raw().clear().unwrap();
    let store = storage::open();
    let mut d = Draft::new("f1", MaterialKind::Individual, 1.0);
    let p = d.add_problem("a1");
    d.problems[0].summary = "调研不深入".into();
    d.causes.push(Cause {
        id: "c1".into(),
        dimension: "c-ind-lixiang".into(),
        summary: "理想信念有所弱化".into(),
        text: "原来的剖析".into(),
        problems: vec![p.clone()],
    });
    d.measures.push(Measure {
        id: "m1".into(),
        summary: "加强调研".into(),
        deadline: Deadline::AtOnce,
        problems: vec![p],
        ..Default::default()
    });
    store.save_draft(&d, 2.0).unwrap();
    (store, d)
}

fn exists(app: &Mounted, css: &str) -> bool {
    app.root.query_selector(css).unwrap().is_some()
}

fn checked(app: &Mounted, css: &str) -> bool {
    app.q(css)
        .unchecked_into::<web_sys::HtmlInputElement>()
        .checked()
}

#[wasm_bindgen_test]
async fn the_deadline_choice_shows_and_hides_the_date_input() {
    let (store, _) = stored_with_cause_and_measure();
    let app = mount();
    app.open("整改措施");
    tick().await;
    // Stored as 立行立改: its choice is on, and there is no date input.
    assert!(checked(&app, "#measure-m1-deadline-kind-now"));
    assert!(!exists(&app, "#measure-m1-date"));
    // 具体日期 brings the date input back.
    app.click("#measure-m1-deadline-kind-date");
    tick().await;
    assert!(exists(&app, "#measure-m1-date"));
    app.type_in("#measure-m1-date", "2023-06-30");
    tick().await;
    // 长期坚持 hides it again.
    app.click("#measure-m1-deadline-kind-long");
    tick().await;
    assert!(!exists(&app, "#measure-m1-date"));
    assert!(checked(&app, "#measure-m1-deadline-kind-long"));
    app.click("#measure-m1-deadline-kind-date");
    tick().await;
    assert!(exists(&app, "#measure-m1-date"));
    // The date entered before 长期坚持 comes back with 具体日期.
    let date = || {
        app.q("#measure-m1-date")
            .unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    };
    assert_eq!(date(), "2023-06-30");
    app.type_in("#measure-m1-date", "2023-09-30");
    app.open("写作任务");
    tick().await;
    let m = &store.load_draft("f1").unwrap().unwrap().measures[0];
    assert_eq!(m.deadline.as_stored(), "2023-09-30");
}

#[wasm_bindgen_test]
async fn the_dimension_choice_updates_its_hint() {
    use duizhao::domain::Checklist;
    stored_with_cause_and_measure();
    let dims = Checklist::for_year(2022).dimensions(MaterialKind::Individual);
    let hint_of = |id: &str| dims.iter().find(|d| d.id == id).unwrap().hint_zh.clone();
    let app = mount();
    app.open("原因剖析");
    tick().await;
    let hint = || app.q("#cause-c1-dimension-hint").text_content().unwrap();
    assert_eq!(hint(), hint_of("c-ind-lixiang"));
    let other = dims
        .iter()
        .find(|d| d.id != "c-ind-lixiang")
        .unwrap()
        .id
        .clone();
    let select = app.q("#cause-c1-dimension");
    select
        .unchecked_ref::<web_sys::HtmlSelectElement>()
        .set_value(&other);
    input_event(&select, "change");
    tick().await;
    assert_eq!(hint(), hint_of(&other));
}

#[wasm_bindgen_test]
async fn a_dimension_of_the_other_kind_asks_for_a_new_choice() {
    use duizhao::domain::Checklist;
    use duizhao::strings::{Lang, S};
    // The material was a team's when the cause was written: its dimension is a team's.
    let (store, mut d) = stored_with_cause_and_measure();
    let checklist = Checklist::for_year(2022);
    let team = checklist.dimensions(MaterialKind::Team)[0].id.clone();
    d.causes[0].dimension = team;
    store.save_draft(&d, 3.0).unwrap();
    let app = mount();
    app.open("原因剖析");
    tick().await;
    let select = app.q("#cause-c1-dimension");
    let value = || select.unchecked_ref::<web_sys::HtmlSelectElement>().value();
    let hint = || app.q("#cause-c1-dimension-hint").text_content().unwrap();
    // Not shown as the first individual dimension: the select asks for a choice.
    assert_eq!(value(), "");
    assert_eq!(hint(), S::DimensionOfOtherKind.get(Lang::Zh));
    let own = checklist.dimensions(MaterialKind::Individual)[1].clone();
    select
        .unchecked_ref::<web_sys::HtmlSelectElement>()
        .set_value(&own.id);
    input_event(&select, "change");
    tick().await;
    assert_eq!(value(), own.id);
    assert_eq!(hint(), own.hint_zh);
}

#[wasm_bindgen_test]
async fn the_generated_opening_replaces_an_own_one_only_with_an_undo() {
    let (_store, _) = stored_with_cause_and_measure();
    let app = mount();
    // A stored draft opens saved, with the time it was saved, not 尚未保存.
    assert_eq!(
        app.q("[data-save]").get_attribute("data-save").as_deref(),
        Some("saved")
    );
    app.open("导语");
    tick().await;
    let own = || {
        app.q("#intro-text")
            .unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value()
    };
    // Nothing written yet: the generated text just comes in, with nothing to undo.
    app.click("#use-generated");
    tick().await;
    let generated = app.q("blockquote.generated").text_content().unwrap();
    assert_eq!(own(), generated);
    assert!(!exists(&app, "#undo-use-generated"));
    // What the user wrote can be put back after it was replaced.
    app.type_in("#intro-text", "我自己写的导语。");
    tick().await;
    app.click("#use-generated");
    tick().await;
    assert_eq!(own(), generated);
    app.click("#undo-use-generated");
    tick().await;
    assert_eq!(own(), "我自己写的导语。");
    assert!(!exists(&app, "#undo-use-generated"));
    // Once the new text is changed, the undo is gone (it would lose that change).
    app.click("#use-generated");
    tick().await;
    assert!(exists(&app, "#undo-use-generated"));
    app.type_in("#intro-text", "在生成的导语上改写。");
    tick().await;
    assert!(!exists(&app, "#undo-use-generated"));
}

#[wasm_bindgen_test]
async fn a_deleted_cause_or_measure_comes_back_with_undo() {
    let (store, _) = stored_with_cause_and_measure();
    let app = mount();
    for (step, item, name, field, text) in [
        (
            "原因剖析",
            "#cause-c1",
            "理想信念有所弱化",
            "#cause-c1-text",
            "原来的剖析",
        ),
        (
            "整改措施",
            "#measure-m1",
            "加强调研",
            "#measure-m1-summary",
            "加强调研",
        ),
    ] {
        app.open(step);
        tick().await;
        app.click(&format!("{item} button.danger"));
        tick().await;
        assert!(!exists(&app, item), "{item}");
        // The notice names it, and its button has focus (the notice may be out of view).
        assert!(app.q(".undo").text_content().unwrap().contains(name));
        assert_eq!(active_id(), "undo");
        app.click("#undo");
        tick().await;
        assert!(exists(&app, item), "{item}");
        let value = app.q(field);
        let value = value
            .dyn_ref::<web_sys::HtmlTextAreaElement>()
            .map(|t| t.value())
            .unwrap_or_else(|| value.unchecked_ref::<web_sys::HtmlInputElement>().value());
        assert_eq!(value, text);
        assert!(app.all(".undo").is_empty());
    }
    // What came back is what is stored (a step change writes).
    app.open("写作任务");
    tick().await;
    let d = store.load_draft("f1").unwrap().unwrap();
    assert_eq!(d.causes.len(), 1);
    assert_eq!(d.measures[0].deadline.as_stored(), "立行立改");
    assert_eq!(d.causes[0].problems.len(), 1);
}

#[wasm_bindgen_test]
async fn the_language_chosen_is_kept_for_the_next_visit() {
    use duizhao::strings::{Lang, S};
    stored_with_cause_and_measure();
    let brand = |app: &Mounted| app.q(".brand-name").text_content().unwrap();
    {
        let app = mount();
        assert_eq!(brand(&app), S::AppName.get(Lang::Zh));
        app.click(".app-header button.link-button");
        tick().await;
        assert_eq!(brand(&app), S::AppName.get(Lang::En));
        assert!(storage::open().meta().english);
    }
    let app = mount();
    tick().await;
    assert_eq!(brand(&app), S::AppName.get(Lang::En));
    // And back.
    app.click(".app-header button.link-button");
    tick().await;
    assert!(!storage::open().meta().english);
}

/// Says to the page that another tab wrote `key` (as the browser does).
fn storage_event_from_another_tab(key: &str, value: &str) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(key));
    init.set_new_value(Some(value));
    let ev = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn another_tabs_version_appears_in_the_open_fields() {
    let (store, d) = stored_with_cause_and_measure();
    let app = mount();
    app.open("原因剖析");
    tick().await;
    let text = || {
        app.q("#cause-c1-text")
            .unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value()
    };
    let dimension = || {
        app.q("#cause-c1-dimension")
            .unchecked_into::<web_sys::HtmlSelectElement>()
            .value()
    };
    assert_eq!(text(), "原来的剖析");
    assert_eq!(dimension(), "c-ind-lixiang");
    // The other tab rewrites the cause and picks another dimension.
    let mut theirs = d.clone();
    theirs.causes[0].text = "另一个窗口改写的剖析".into();
    theirs.causes[0].dimension = "c-ind-jilv".into();
    let raw_theirs = duizhao::storage::codec::encode_draft(&theirs, 3.0);
    raw()
        .set_item(&storage::draft_key("f1"), &raw_theirs)
        .unwrap();
    storage_event_from_another_tab(&storage::draft_key("f1"), &raw_theirs);
    tick().await;
    assert!(exists(&app, "#conflict"));
    app.click("#load-theirs");
    tick().await;
    // The fields on screen show the other tab's values, without leaving the step.
    assert_eq!(app.h1(), "原因剖析");
    assert_eq!(text(), "另一个窗口改写的剖析");
    assert_eq!(dimension(), "c-ind-jilv");
    assert!(!exists(&app, "#conflict"));
    // Nothing was written over it.
    assert_eq!(store.load_draft("f1").unwrap().unwrap(), theirs);
}

#[wasm_bindgen_test]
async fn a_restored_version_appears_in_its_field() {
    raw().clear().unwrap();
    let store = storage::open();
    let mut d = Draft::new("r1", MaterialKind::Individual, 1.0);
    d.statement = "旧的表态".into();
    store.save_snapshot(&d, 5_000.0).unwrap();
    d.statement = "新的表态".into();
    store.save_draft(&d, 6_000.0).unwrap();
    let app = mount();
    app.open("表态");
    tick().await;
    let statement = || {
        app.q("#statement")
            .unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value()
    };
    assert_eq!(statement(), "新的表态");
    // Restore from the history page, then back: the field shows the restored text.
    app.open("写作任务");
    tick().await;
    app.click("#open-history");
    tick().await;
    app.all("ul.history li button")[1]
        .unchecked_ref::<web_sys::HtmlElement>()
        .click();
    tick().await;
    app.open("表态");
    tick().await;
    assert_eq!(statement(), "旧的表态");
}

#[wasm_bindgen_test]
async fn a_failed_undo_of_a_deletion_is_reported() {
    raw().clear().unwrap();
    let store = storage::open();
    for (id, name) in [("u1", "甲"), ("u2", "乙")] {
        let mut d = Draft::new(id, MaterialKind::Individual, 1.0);
        d.profile.person = name.into();
        store.save_draft(&d, 2.0).unwrap();
    }
    let app = mount();
    tick().await;
    assert_eq!(app.h1(), "我的稿件");
    let row = app
        .all("table.drafts tbody tr")
        .into_iter()
        .find(|r| r.get_attribute("data-id").as_deref() == Some("u1"))
        .unwrap();
    row.query_selector(".draft-actions button.danger")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    tick().await;
    assert!(exists(&app, "#undo-delete"));
    // Another tab empties the 回收站 before the undo.
    raw().remove_item(&storage::trash_key("u1")).unwrap();
    app.click("#undo-delete");
    tick().await;
    let notice = app.q("#import-notice");
    assert_eq!(
        notice.get_attribute("class").as_deref(),
        Some("notice notice-error")
    );
    assert!(
        notice.text_content().unwrap().contains("未能恢复"),
        "{:?}",
        notice.text_content()
    );
    // The undo is still offered, and nothing came back silently.
    assert!(exists(&app, "#undo-delete"));
    assert!(store.load_draft("u1").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn typing_never_re_sets_the_field_it_types_in() {
    // Setting a field's value again while the user types would move the caret to
    // the end and break a Chinese IME composition in progress: the caret stays where
    // the typing left it, in the middle of the text.
    raw().clear().unwrap();
    let app = mount();
    app.open("表态");
    tick().await;
    let area: web_sys::HtmlTextAreaElement = app.q("#statement").unchecked_into();
    area.set_value("我将照单全收逐条整改");
    input_event(&area, "input");
    tick().await;
    // An IME composition in the middle: the text changes, the caret sits after it.
    input_event(&area, "compositionstart");
    area.set_value("我将虚心照单全收逐条整改");
    area.set_selection_range(4, 4).unwrap();
    input_event(&area, "input");
    tick().await;
    assert_eq!(area.selection_start().unwrap(), Some(4));
    input_event(&area, "compositionend");
    tick().await;
    assert_eq!(area.selection_start().unwrap(), Some(4));
    assert_eq!(area.value(), "我将虚心照单全收逐条整改");
    // And the text reached the draft.
    app.open("写作任务");
    tick().await;
    let id = raw().get_item(storage::CURRENT_KEY).unwrap().unwrap();
    let stored = storage::open().load_draft(&id).unwrap().unwrap();
    assert_eq!(stored.statement, "我将虚心照单全收逐条整改");
}

/// The app on the complete 2022 sample of this kind, as the only draft, on its task
/// list.
async fn mount_sample(kind: MaterialKind, id: &str) -> (Mounted, Draft) {
    use duizhao::domain::{sample, Checklist};
    raw().clear().unwrap();
    let mut d = sample::complete(kind, Checklist::for_year(2022));
    d.id = id.into();
    let store = storage::open();
    store.save_draft(&d, 1.0).unwrap();
    store.set_current(&d.id).unwrap();
    let app = mount();
    app.open("写作任务");
    tick().await;
    (app, d)
}

#[wasm_bindgen_test]
async fn the_ledger_saves_what_is_typed_and_never_writes_over_another_tabs_version() {
    use duizhao::domain::ledger::Ledger;
    let (app, d) = mount_sample(MaterialKind::Team, "ledger-web").await;
    app.click("#open-ledger");
    tick().await;
    assert!(app.h1().contains("整改台账"), "{}", app.h1());
    app.click("#ledger-start");
    tick().await;
    assert_eq!(app.all("fieldset.ledger-entry").len(), d.measures.len());
    // Typing in the owner is written once typing pauses (not at every keystroke),
    // without drawing the entries again.
    let m = d.measures[0].id.clone();
    let owner = app.q(&format!("#entry-{m}-owner"));
    app.type_in(&format!("#entry-{m}-owner"), "张副局长");
    tick().await;
    let stored = || storage::open().record::<Ledger>(&d.id).unwrap().unwrap();
    assert_ne!(
        stored().entries[0].owner,
        "张副局长",
        "written at the keystroke"
    );
    past_write().await;
    let stored = stored();
    assert_eq!(stored.entries[0].owner, "张副局长");
    assert!(owner.is_connected(), "the field was drawn again");
    // Another tab writes the ledger: this page's next change is not written over it;
    // the other version is shown instead.
    let mut theirs: Ledger = stored.clone();
    theirs.entries[1].evidence = "另一窗口的佐证".into();
    storage::open().save_record(&theirs, 2.0).unwrap();
    app.type_in(&format!("#entry-{m}-evidence"), "本窗口的佐证");
    tick().await;
    past_write().await;
    let now = storage::open().record::<Ledger>(&d.id).unwrap().unwrap();
    assert_eq!(now.entries[1].evidence, "另一窗口的佐证");
    assert_ne!(now.entries[0].evidence, "本窗口的佐证");
    // What this page typed is kept aside as a history version, not lost.
    let kept = storage::open().record_history::<Ledger>(&d.id);
    assert_eq!(kept.len(), 1);
    assert!(kept[0].1.contains("本窗口的佐证"));
    assert!(app
        .q("#ledger-notice")
        .text_content()
        .unwrap_or_default()
        .contains("另一个窗口"));
    let shown = app.q(&format!("#entry-{}-evidence", d.measures[1].id));
    assert_eq!(
        shown
            .unchecked_ref::<web_sys::HtmlTextAreaElement>()
            .value(),
        "另一窗口的佐证"
    );
    // A note added is listed, and its field is empty for the next one.
    app.type_in(&format!("#entry-{m}-note-text"), "完成第一轮排查");
    app.click(&format!("#entry-{m}-note-add"));
    tick().await;
    let notes = app.q(&format!("#entry-{m}-entry .entry-notes"));
    assert!(notes
        .text_content()
        .unwrap_or_default()
        .contains("完成第一轮排查"));
    let note = app.q(&format!("#entry-{m}-note-text"));
    assert_eq!(
        note.unchecked_ref::<web_sys::HtmlInputElement>().value(),
        ""
    );
}

#[wasm_bindgen_test]
async fn the_records_pages_save_as_typed_check_criticism_live_and_feed_the_intro() {
    use duizhao::domain::criticism::Criticism;
    use duizhao::domain::opinions::{Claim, Opinions};
    let (app, d) = mount_sample(MaterialKind::Individual, "records-web").await;

    // An opinion claimed by the writer: saved at once, and the 导语 counts it.
    app.click("#open-opinions");
    tick().await;
    assert!(app.h1().contains("征求意见"), "{}", app.h1());
    app.click("#opinion-add");
    tick().await;
    let content = app.q("#op-o1-content");
    app.type_in("#op-o1-content", "调研多在城区，到偏远乡镇少");
    tick().await;
    assert!(content.is_connected(), "the field was drawn again");
    // Not yet claimed: the count the user typed (the sample's 9) stays.
    app.open("导语");
    tick().await;
    let intro = || {
        app.q("blockquote.generated")
            .text_content()
            .unwrap_or_default()
    };
    assert!(intro().contains("意见建议9条"), "{}", intro());
    assert!(!app.all("#opinions-person").is_empty());
    app.open("写作任务");
    tick().await;
    app.click("#open-opinions");
    tick().await;
    let claim = app.q("#op-o1-claim");
    claim
        .unchecked_ref::<web_sys::HtmlSelectElement>()
        .set_value("person");
    input_event(&claim, "change");
    tick().await;
    assert!(claim.is_connected(), "the select was drawn again");
    // Leaving the page writes what waits to be written.
    pagehide();
    let stored = storage::open().record::<Opinions>(&d.id).unwrap().unwrap();
    assert_eq!(stored.items[0].content, "调研多在城区，到偏远乡镇少");
    assert_eq!(stored.items[0].claim, Claim::Person);
    assert_eq!(
        app.q("#op-o1-item").get_attribute("data-gap").as_deref(),
        Some("unlinked")
    );
    // Deleted by mistake: it comes back with 撤销, as it was.
    app.click("#op-o1-remove");
    tick().await;
    assert!(!exists(&app, "#op-o1-item"));
    assert_eq!(active_id(), "record-undo");
    app.click("#record-undo");
    tick().await;
    assert!(exists(&app, "#op-o1-item"));
    assert!(!exists(&app, "#record-undo"));
    let stored = storage::open().record::<Opinions>(&d.id).unwrap().unwrap();
    assert_eq!(stored.items[0].claim, Claim::Person);
    assert_eq!(stored.items[0].content, "调研多在城区，到偏远乡镇少");
    app.open("导语");
    tick().await;
    assert!(intro().contains("意见建议1条"), "{}", intro());
    assert!(
        app.all("#opinions-person").is_empty(),
        "the count is not typed"
    );
    assert!(
        !app.all("#talks").is_empty(),
        "no talks recorded: that count is typed"
    );

    // Criticism: its flaws follow the typing, and the field is not drawn again.
    app.open("写作任务");
    tick().await;
    app.click("#open-criticism");
    tick().await;
    app.click("#colleague-add");
    tick().await;
    let given = app.q("#ck-k1-given");
    app.type_in("#ck-k1-given", "担当意识不强");
    tick().await;
    assert_eq!(
        app.q("#ck-k1-flaws").get_attribute("data-flaws").as_deref(),
        Some("vague")
    );
    app.type_in(
        "#ck-k1-given",
        "5月防汛检查时，你只听汇报没有到堤防现场，两处隐患拖了一个月才整改。",
    );
    tick().await;
    assert_eq!(
        app.q("#ck-k1-flaws").get_attribute("data-flaws").as_deref(),
        Some("")
    );
    assert!(given.is_connected(), "the field was drawn again");
    // What is stored now.
    let stored = || storage::open().record::<Criticism>(&d.id).unwrap().unwrap();
    // Another tab's version is never written over: it is loaded and the user told.
    let mut theirs = stored();
    theirs.colleagues[0].name = "另一窗口写的姓名".into();
    storage::open().save_record(&theirs, 2.0).unwrap();
    app.type_in("#ck-k1-post", "副局长");
    tick().await;
    past_write().await;
    let now = stored();
    assert_eq!(now.colleagues[0].name, "另一窗口写的姓名");
    assert_eq!(now.colleagues[0].post, "");
    assert!(app
        .q("#criticism-notice")
        .text_content()
        .unwrap_or_default()
        .contains("另一个窗口"));
    // A deletion can be undone, but never over another tab's version.
    app.click("#colleague-add");
    tick().await;
    app.click("#ck-k2-remove");
    tick().await;
    assert!(!exists(&app, "#ck-k2-item"));
    assert!(exists(&app, "#record-undo"));
    let mut theirs = stored();
    theirs.colleagues[0].post = "另一窗口写的职务".into();
    storage::open().save_record(&theirs, 3.0).unwrap();
    // The undo is refused like any change: theirs is loaded and kept, and the undo
    // is withdrawn.
    app.click("#record-undo");
    tick().await;
    assert!(!exists(&app, "#record-undo"));
    let now = stored();
    assert_eq!(now, theirs);
    assert_eq!(
        app.q("#ck-k1-post")
            .unchecked_into::<web_sys::HtmlInputElement>()
            .value(),
        "另一窗口写的职务"
    );
    // Deleted again, then another tab writes and a change of this page is refused:
    // the undo offered before is withdrawn with it.
    app.click("#colleague-add");
    tick().await;
    let added = app.all("fieldset.record-item").len();
    app.click("fieldset.record-item:last-of-type button[id$='-remove']");
    tick().await;
    assert_eq!(app.all("fieldset.record-item").len(), added - 1);
    assert!(exists(&app, "#record-undo"));
    let mut theirs = stored();
    theirs.colleagues[0].name = "又一次另一窗口".into();
    storage::open().save_record(&theirs, 4.0).unwrap();
    app.type_in("#ck-k1-post", "改职务");
    tick().await;
    assert!(!exists(&app, "#record-undo"));
    past_write().await;
    assert_eq!(stored(), theirs);
}

#[wasm_bindgen_test]
async fn a_record_whose_item_ids_hold_dashes_is_edited_like_any_other() {
    use duizhao::domain::opinions::Opinions;
    let (app, d) = mount_sample(MaterialKind::Individual, "dashes-web").await;
    // A file written by another tool names its items as it likes.
    let mut l = Opinions::for_draft(&d.id);
    l.add("2026-12-01");
    l.items[0].id = "2025-意见-1".into();
    storage::open().save_record(&l, 1.0).unwrap();
    app.click("#open-opinions");
    tick().await;
    app.type_in("#op-2025-意见-1-content", "到基层调研少");
    tick().await;
    pagehide();
    let stored = storage::open().record::<Opinions>(&d.id).unwrap().unwrap();
    assert_eq!(stored.items[0].id, "2025-意见-1");
    assert_eq!(stored.items[0].content, "到基层调研少");
    // Deleted and undone by the same id.
    app.click("#op-2025-意见-1-remove");
    tick().await;
    assert!(!exists(&app, "#op-2025-意见-1-item"));
    app.click("#record-undo");
    tick().await;
    assert!(exists(&app, "#op-2025-意见-1-item"));
}
