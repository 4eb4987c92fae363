//! End-to-end: drafts that are never lost. Several drafts, backups, and every storage
//! fault, in a real headless Chromium opening `dist/duizhao.html` from file://.
//! Run by `cargo xtask test`; ignored by a plain `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::json;
use std::path::{Path, PathBuf};
use xtask::app::{click, js, open_step, value, wait_saved};
use xtask::browser::{self, Driver, NO_NETWORK_FLAGS};
use xtask::fantoccini::{Client, Locator};
use xtask::{file_url, single_file};

type R = xtask::Result<()>;

async fn start(driver: &Driver, name: &str) -> xtask::Result<(Client, PathBuf, PathBuf)> {
    let profile = browser::temp_profile(name);
    let downloads = profile.join("downloads");
    std::fs::create_dir_all(&downloads)?;
    let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
    browser::allow_downloads(&c, &downloads).await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    Ok((c, profile, downloads))
}

async fn stored(c: &Client, key: &str) -> xtask::Result<Option<String>> {
    let v = c
        .execute(
            "return localStorage.getItem(arguments[0]);",
            vec![key.into()],
        )
        .await?;
    Ok(v.as_str().map(String::from))
}

async fn current_key(c: &Client) -> xtask::Result<String> {
    let id = stored(c, "duizhao/current")
        .await?
        .ok_or("no current draft")?;
    Ok(format!("duizhao/draft/{id}"))
}

async fn all_storage(c: &Client) -> xtask::Result<serde_json::Value> {
    js(c, "const o = {}; for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); o[k] = localStorage.getItem(k); } return o;").await
}

async fn text_of(c: &Client, css: &str) -> xtask::Result<String> {
    Ok(c.find(Locator::Css(css)).await?.text().await?)
}

async fn upload(c: &Client, path: &Path) -> R {
    c.find(Locator::Css("#import-file"))
        .await?
        .send_keys(&path.display().to_string())
        .await?;
    Ok(())
}

/// Chooses a file to import and waits for the summary of what it holds.
async fn upload_for_review(c: &Client, path: &Path) -> R {
    upload(c, path).await?;
    browser::wait_for(
        c,
        "!!document.querySelector('#import-summary')",
        "the import summary",
    )
    .await
}

/// The strings a script returns as a list.
async fn strings(c: &Client, script: &str) -> xtask::Result<Vec<String>> {
    let v = js(c, script).await?;
    Ok(v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default())
}

async fn row_titles(c: &Client) -> xtask::Result<Vec<String>> {
    strings(c, "return [...document.querySelectorAll('table.drafts tbody .draft-title span')].map(e => e.textContent)").await
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn two_drafts_survive_a_cleared_browser_through_a_backup_file() -> R {
    let driver = Driver::start()?;
    let (c, _profile, downloads) = start(&driver, "e2e-backup").await?;
    open_step(&c, "基本信息").await?;
    browser::type_into(&c, "#person", "李华").await?;
    browser::type_into(&c, "#post", "副局长").await?;
    wait_saved(&c).await?;

    open_step(&c, "我的稿件").await?;
    click(&c, "#new-team").await?;
    browser::wait_for(
        &c,
        "document.querySelector('h1').textContent === '基本信息'",
        "the new draft",
    )
    .await?;
    browser::type_into(&c, "#unit", "某县财政局党组").await?;
    wait_saved(&c).await?;

    // With two drafts the app opens on the drafts list.
    c.refresh().await?;
    browser::wait_ready(&c).await?;
    assert_eq!(text_of(&c, "h1").await?, "我的稿件");
    let titles = row_titles(&c).await?;
    // New drafts are for the year the calendar prepares (the tests' day: 2026-12-07).
    let person = "李华同志2026年度民主生活会个人对照检查材料";
    let team = "某县财政局党组领导班子2026年度民主生活会对照检查材料";
    assert!(
        titles.iter().any(|t| t == person) && titles.iter().any(|t| t == team),
        "{titles:?}"
    );

    click(&c, "#export-all").await?;
    let file = browser::wait_download(&downloads, ".duizhao.json").await?;
    let backup = std::fs::read_to_string(&file)?;
    assert!(backup.contains("\"format\":\"duizhao.backup\"") && backup.contains("某县财政局党组"));

    // The browser is cleared of site data.
    browser::cdp(
        &c,
        "Storage.clearDataForOrigin",
        json!({"origin": "file://", "storageTypes": "all"}),
    )
    .await?;
    js(&c, "localStorage.clear(); return 0").await?;
    c.refresh().await?;
    browser::wait_ready(&c).await?;
    open_step(&c, "我的稿件").await?;
    assert!(!row_titles(&c).await?.iter().any(|t| t == team));

    upload_for_review(&c, &file).await?;
    let summary = text_of(&c, "#import-summary").await?;
    assert!(
        summary.contains("2 份稿件") && summary.contains(team),
        "{summary}"
    );
    // Nothing is written before the user says so.
    assert!(!all_storage(&c)
        .await?
        .to_string()
        .contains("某县财政局党组"));
    click(&c, "#import-do").await?;
    browser::wait_for(
        &c,
        "document.querySelector('#import-notice').textContent.includes('已导入 2 份稿件')",
        "the import",
    )
    .await?;
    let titles = row_titles(&c).await?;
    assert!(
        titles.iter().any(|t| t == person) && titles.iter().any(|t| t == team),
        "{titles:?}"
    );

    // Both come back whole.
    c.find(Locator::XPath(&format!(
        "//tr[.//span[text()='{team}']]//button[text()='打开']"
    )))
    .await?
    .click()
    .await?;
    open_step(&c, "基本信息").await?;
    assert_eq!(value(&c, "#unit").await?, "某县财政局党组");
    open_step(&c, "我的稿件").await?;
    c.find(Locator::XPath(&format!(
        "//tr[.//span[text()='{person}']]//button[text()='打开']"
    )))
    .await?
    .click()
    .await?;
    open_step(&c, "基本信息").await?;
    assert_eq!(value(&c, "#person").await?, "李华");
    assert_eq!(value(&c, "#post").await?, "副局长");
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn a_full_store_keeps_the_last_good_copy_and_offers_a_download() -> R {
    let driver = Driver::start()?;
    let (c, _profile, downloads) = start(&driver, "e2e-quota").await?;
    open_step(&c, "基本信息").await?;
    browser::type_into(&c, "#person", "甲同志").await?;
    wait_saved(&c).await?;
    let key = current_key(&c).await?;

    // Another key fills the store to its quota, and there is no snapshot left to
    // prune (pruning snapshots is the first answer to a full store).
    js(&c, "for (const k of Object.keys(localStorage)) if (k.startsWith('duizhao/snap/')) localStorage.removeItem(k); return 0").await?;
    let n = js(&c, "let n = 0; for (const size of [1 << 20, 1 << 14, 1 << 10, 64, 1]) { try { for (;;) localStorage.setItem('filler/' + n++, 'x'.repeat(size)); } catch (e) {} } return n;").await?;
    assert!(n.as_u64().unwrap_or(0) > 3, "{n}");

    // An edit larger than any space left: 4,000 characters at once.
    open_step(&c, "导语").await?;
    js(&c, "const t = document.querySelector('#intro-text'); t.focus(); document.execCommand('insertText', false, '乙职务写不进去' + '很长的导语'.repeat(800)); return 0").await?;
    browser::wait_for(
        &c,
        "document.querySelector('[data-save]').dataset.save === 'failed'",
        "the failed save",
    )
    .await?;
    let alert = text_of(&c, ".alert-error").await?;
    assert!(alert.contains("存储空间已满"), "{alert}");
    let kept = stored(&c, &key).await?.unwrap_or_default();
    assert!(
        kept.contains("甲同志") && !kept.contains("乙职务"),
        "{kept}"
    );
    // The message stays while the store is full.
    open_step(&c, "基本信息").await?;
    assert!(c.find(Locator::Css(".alert-error")).await.is_ok());

    click(&c, ".alert-error button").await?;
    let file = browser::wait_download(&downloads, ".duizhao.json").await?;
    assert!(std::fs::read_to_string(file)?.contains("乙职务写不进去"));
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn blocked_storage_still_works_in_memory_with_a_warning() -> R {
    let driver = Driver::start()?;
    let profile = browser::temp_profile("e2e-blocked");
    let downloads = profile.join("downloads");
    std::fs::create_dir_all(&downloads)?;
    // Blocking cookies and site data makes localStorage throw, as on locked-down PCs.
    let c = driver
        .session_with_prefs(
            &profile,
            NO_NETWORK_FLAGS,
            json!({"profile.default_content_setting_values.cookies": 2}),
        )
        .await?;
    browser::allow_downloads(&c, &downloads).await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    assert!(text_of(&c, ".alert-error")
        .await?
        .contains("禁止了本地存储"));
    open_step(&c, "基本信息").await?;
    browser::type_into(&c, "#person", "内存中的稿件").await?;
    open_step(&c, "预览与打印").await?;
    assert!(text_of(&c, ".paper").await?.contains("内存中的稿件"));
    assert!(text_of(&c, ".alert-error")
        .await?
        .contains("禁止了本地存储"));
    click(&c, ".alert-error button").await?;
    let file = browser::wait_download(&downloads, ".duizhao.json").await?;
    assert!(std::fs::read_to_string(file)?.contains("内存中的稿件"));
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn unreadable_stored_values_are_kept_aside_untouched() -> R {
    let driver = Driver::start()?;
    let values = [
        "{oops, not json",
        r#"{"format":"something.else","version":1,"draft":{}}"#,
        r#"{"format":"duizhao.draft","version":99,"draft":{"id":"bad"}}"#,
    ];
    for (i, bad) in values.iter().enumerate() {
        let (c, _profile, downloads) = start(&driver, &format!("e2e-corrupt-{i}")).await?;
        c.execute(
            "localStorage.setItem('duizhao/draft/bad', arguments[0]); localStorage.setItem('duizhao/current', 'bad');",
            vec![(*bad).into()],
        )
        .await?;
        c.refresh().await?;
        browser::wait_ready(&c).await?;
        assert!(text_of(&c, ".alert-warning").await?.contains("无法读取"));
        assert_eq!(
            stored(&c, "duizhao/quarantine/bad").await?.as_deref(),
            Some(*bad)
        );
        // The app works, and its saves never touch the unreadable value.
        open_step(&c, "基本信息").await?;
        browser::type_into(&c, "#person", "新稿件").await?;
        wait_saved(&c).await?;
        assert_eq!(
            stored(&c, "duizhao/draft/bad").await?.as_deref(),
            Some(*bad)
        );
        assert_ne!(current_key(&c).await?, "duizhao/draft/bad");
        c.find(Locator::XPath(
            "//div[contains(@class,'alert-warning')]//button",
        ))
        .await?
        .click()
        .await?;
        let file = browser::wait_download(&downloads, ".txt").await?;
        assert_eq!(std::fs::read_to_string(file)?, *bad);
        c.close().await?;
    }
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn two_tabs_on_one_draft_never_overwrite_each_other() -> R {
    let driver = Driver::start()?;
    let (c, _profile, _downloads) = start(&driver, "e2e-tabs").await?;
    open_step(&c, "基本信息").await?;
    browser::type_into(&c, "#person", "甲").await?;
    wait_saved(&c).await?;
    let key = current_key(&c).await?;
    let first = c.window().await?;

    let second = c.new_window(true).await?;
    c.switch_to_window(second.handle.clone()).await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    open_step(&c, "基本信息").await?;
    assert_eq!(value(&c, "#person").await?, "甲");

    // The first tab writes; the second learns of it.
    c.switch_to_window(first.clone()).await?;
    browser::type_into(&c, "#post", "第一个窗口写的职务").await?;
    wait_saved(&c).await?;
    c.switch_to_window(second.handle.clone()).await?;
    browser::wait_for(
        &c,
        "!!document.querySelector('#conflict')",
        "the conflict notice",
    )
    .await?;

    // The second tab's edits do not overwrite the first tab's.
    browser::type_into(&c, "#unit", "第二个窗口写的单位").await?;
    open_step(&c, "导语").await?; // a step change saves at once, if saving is allowed
    let record = stored(&c, &key).await?.unwrap_or_default();
    assert!(
        record.contains("第一个窗口写的职务") && !record.contains("第二个窗口写的单位"),
        "{record}"
    );
    // Its unsaved edits are kept as a snapshot.
    let all = all_storage(&c).await?;
    let kept = all.as_object().is_some_and(|o| {
        o.iter().any(|(k, v)| {
            k.starts_with("duizhao/snap/")
                && v.as_str()
                    .unwrap_or_default()
                    .contains("第二个窗口写的单位")
        })
    });
    assert!(kept, "no snapshot of the second tab's edits");

    click(&c, "#load-theirs").await?;
    open_step(&c, "基本信息").await?;
    assert_eq!(value(&c, "#post").await?, "第一个窗口写的职务");
    assert_eq!(value(&c, "#unit").await?, "");
    assert!(c.find(Locator::Css("#conflict")).await.is_err());
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn text_that_looks_like_markup_survives_a_backup_into_a_fresh_browser() -> R {
    let (oa, grade) = ("推行<OA>审批", "考核等次<B");
    let driver = Driver::start()?;
    let (c, _profile, downloads) = start(&driver, "e2e-markup-backup").await?;
    open_step(&c, "基本信息").await?;
    browser::type_into(&c, "#person", "王明").await?;
    open_step(&c, "整改措施").await?;
    click(&c, "#add-measure").await?;
    browser::type_into(&c, "fieldset.item input[id$='-summary']", oa).await?;
    browser::type_into(&c, "fieldset.item textarea[id$='-text']", grade).await?;
    wait_saved(&c).await?;

    open_step(&c, "我的稿件").await?;
    click(&c, "#export-all").await?;
    let file = browser::wait_download(&downloads, ".duizhao.json").await?;
    c.close().await?;

    // Another browser, never used: the file imports whole.
    let (c2, _p2, _d2) = start(&driver, "e2e-markup-restore").await?;
    open_step(&c2, "我的稿件").await?;
    upload_for_review(&c2, &file).await?;
    assert!(c2.find(Locator::Css("#import-left-out")).await.is_err());
    click(&c2, "#import-do").await?;
    browser::wait_for(
        &c2,
        "document.querySelector('#import-notice').textContent.includes('已导入 1 份稿件')",
        "the import",
    )
    .await?;
    c2.find(Locator::XPath(
        "//tr[.//span[contains(text(), '王明')]]//button[text()='打开']",
    ))
    .await?
    .click()
    .await?;
    open_step(&c2, "整改措施").await?;
    assert_eq!(value(&c2, "fieldset.item input[id$='-summary']").await?, oa);
    assert_eq!(
        value(&c2, "fieldset.item textarea[id$='-text']").await?,
        grade
    );
    c2.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn bad_import_files_are_refused_and_change_nothing() -> R {
    use duizhao_core::domain::{sample, Checklist, MaterialKind};
    use duizhao_core::storage::backup::encode_backup;
    let c2022 = Checklist::for_year(2022);
    let mut a = sample::complete(MaterialKind::Individual, c2022);
    a.id = "a".into();
    let mut b = a.clone();
    b.id = "b".into();
    let good = encode_backup(&[a.clone(), b.clone()], 1.0);
    let files: Vec<(&str, String, &str)> = vec![
        ("not-json", "这不是备份".into(), "不是完整的 JSON"),
        (
            "truncated",
            good[..(0..=good.len() / 2)
                .rev()
                .find(|&i| good.is_char_boundary(i))
                .unwrap_or(0)]
                .into(),
            "不是完整的 JSON",
        ),
        (
            "wrong-format",
            r#"{"format":"other.app","version":1,"drafts":[]}"#.into(),
            "不是对照的备份文件",
        ),
        (
            "newer",
            r#"{"format":"duizhao.backup","version":9,"drafts":[]}"#.into(),
            "更新版本",
        ),
        (
            "missing",
            // Its only draft left out: nothing to import, and the draft is named.
            r#"{"format":"duizhao.backup","version":1,"drafts":[{"id":"x","kind":"team"}]}"#.into(),
            "第1份稿件：缺少必需的字段“profile”",
        ),
        ("huge", " ".repeat(21 * 1024 * 1024), "文件太大"),
    ];
    let driver = Driver::start()?;
    let (c, profile, _downloads) = start(&driver, "e2e-bad-import").await?;
    open_step(&c, "基本信息").await?;
    browser::type_into(&c, "#person", "原有稿件").await?;
    wait_saved(&c).await?;
    open_step(&c, "我的稿件").await?;
    let before = all_storage(&c).await?;
    for (name, content, message) in files {
        let path = profile.join(format!("{name}.duizhao.json"));
        std::fs::write(&path, content)?;
        upload(&c, &path).await?;
        browser::wait_for(
            &c,
            &format!("(document.querySelector('#import-notice') || {{textContent: ''}}).textContent.includes('{message}')"),
            name,
        )
        .await?;
        assert!(
            c.find(Locator::Css("#import-summary")).await.is_err(),
            "{name}"
        );
        assert_eq!(all_storage(&c).await?, before, "{name} changed the store");
    }
    c.close().await?;
    Ok(())
}

fn kill_browser(profile: &Path) {
    let out = std::process::Command::new("pgrep")
        .arg("-f")
        .arg(format!("user-data-dir={}", profile.display()))
        .output()
        .expect("pgrep");
    let pids = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(!pids.trim().is_empty(), "no browser process found");
    for pid in pids.split_whitespace() {
        let _ = std::process::Command::new("kill")
            .args(["-9", pid])
            .status();
    }
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn a_browser_killed_hard_after_typing_keeps_the_draft() -> R {
    let driver = Driver::start()?;
    let (c, profile, _downloads) = start(&driver, "e2e-kill").await?;
    open_step(&c, "基本信息").await?;
    browser::type_into(&c, "#person", "硬关机之前").await?;
    wait_saved(&c).await?;
    // The scenario itself: the browser dies 10 s after the last keystroke (Chromium
    // writes localStorage to disk lazily; see ../shared/reference/toolchain.md).
    tokio::time::sleep(std::time::Duration::from_secs(10)).await;
    kill_browser(&profile);
    drop(c);

    let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    open_step(&c, "基本信息").await?;
    assert_eq!(value(&c, "#person").await?, "硬关机之前");
    c.close().await?;
    Ok(())
}

/// Clicks 打开 on the drafts-list row whose title is `title`.
async fn open_draft(c: &Client, title: &str) -> R {
    let script = "const row = [...document.querySelectorAll('table.drafts tbody tr')].find(r => r.querySelector('.draft-title span')?.textContent === arguments[0]); row.querySelector('.draft-actions .primary').click(); return 0;";
    c.execute(script, vec![json!(title)]).await?;
    // An opened draft shows its task list.
    browser::wait_for(
        c,
        "document.querySelector('h1') && document.querySelector('h1').textContent === '写作任务'",
        "the opened draft's task list",
    )
    .await?;
    Ok(())
}

/// Opens the step whose name in the step list holds `part`, and waits until `shown`
/// (a JS expression) is true.
async fn open_step_named(c: &Client, part: &str, shown: &str) -> R {
    js(
        c,
        &format!("[...document.querySelectorAll('nav a')].find(a => a.textContent.includes('{part}')).click(); return 0"),
    )
    .await?;
    browser::wait_for(c, shown, part).await
}

/// The `data-kind` of every finding on the 核对全文 page.
async fn finding_kinds(c: &Client) -> xtask::Result<Vec<String>> {
    open_step_named(
        c,
        "核对",
        "document.querySelector('h1').textContent.trim() === '核对全文'",
    )
    .await?;
    strings(
        c,
        "return [...document.querySelectorAll('.finding-list a')].map(a => a.dataset.kind + ' ' + a.dataset.field)",
    )
    .await
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn a_reviewer_grade_material_passes_the_checks_and_a_sloppy_one_is_caught() -> R {
    use duizhao_core::domain::{sample, Checklist, MaterialKind};
    use duizhao_core::storage::backup::encode_backup;
    let c2022 = Checklist::for_year(2022);
    let mut good = sample::complete(MaterialKind::Individual, c2022);
    good.id = "good".into();
    let mut team = sample::complete(MaterialKind::Team, c2022);
    team.id = "team".into();
    // The same individual material, written the way reviewers send back.
    let mut sloppy = good.clone();
    sloppy.id = "sloppy".into();
    sloppy.name = "退回的稿子".into();
    let first = sloppy.problems[0].clone();
    sloppy.problems[1].summary = format!("{}（二）", first.summary);
    sloppy.problems[1].detail = first.detail.replace('2', "5");
    sloppy.problems[3].summary = "招商引资成效显著".into();
    sloppy.problems[3].detail =
        "2022年我牵头引进项目12个，到位资金8.6亿元，受到市委通报表扬，工作走在全市前列。".into();
    sloppy.problems[5].detail =
        "分管科室部分同志服务意识不强，2022年群众投诉办理超期5件，个别干部推诿扯皮。".into();
    let (dup_id, ach_id, others_id) = (
        sloppy.problems[1].id.clone(),
        sloppy.problems[3].id.clone(),
        sloppy.problems[5].id.clone(),
    );
    let driver = Driver::start()?;
    let (c, profile, _downloads) = start(&driver, "e2e-checks").await?;
    let file = profile.join("samples.duizhao.json");
    std::fs::write(
        &file,
        encode_backup(&[good.clone(), team.clone(), sloppy], 1.0),
    )?;
    open_step(&c, "我的稿件").await?;
    upload(&c, &file).await?;
    browser::wait_for(
        &c,
        "!!document.querySelector('#import-do')",
        "the import summary",
    )
    .await?;
    click(&c, "#import-do").await?;
    browser::wait_for(
        &c,
        "document.querySelector('#import-notice').textContent.includes('已导入 3 份稿件')",
        "the import",
    )
    .await?;

    for title in [good.title(), team.title()] {
        open_step(&c, "我的稿件").await?;
        open_draft(&c, &title).await?;
        let kinds = finding_kinds(&c).await?;
        assert!(kinds.is_empty(), "{title}: {kinds:?}");
        c.find(Locator::Css(".no-findings")).await?;
    }

    open_step(&c, "我的稿件").await?;
    open_draft(&c, "退回的稿子").await?;
    let kinds = finding_kinds(&c).await?;
    for want in [
        format!("duplicate problem-{dup_id}-detail"),
        format!("achievement_as_problem problem-{ach_id}-detail"),
        format!("others_as_own problem-{others_id}-detail"),
    ] {
        assert!(kinds.contains(&want), "{want} not in {kinds:?}");
    }
    // A finding leads to its field.
    c.find(Locator::Css(
        ".finding-list a[data-kind='achievement_as_problem']",
    ))
    .await?
    .click()
    .await?;
    browser::wait_for(
        &c,
        &format!(
            "document.activeElement && document.activeElement.id === 'problem-{ach_id}-detail'"
        ),
        "the field of the finding",
    )
    .await?;
    c.close().await?;
    Ok(())
}

/// Replaces the text of a field, as a user selecting all and typing.
async fn replace_text(c: &Client, css: &str, text: &str) -> R {
    let el = c.find(Locator::Css(css)).await?;
    el.click().await?;
    el.send_keys("\u{E009}a\u{E000}").await?;
    el.send_keys(text).await?;
    Ok(())
}

async fn step_names(c: &Client) -> xtask::Result<Vec<String>> {
    strings(
        c,
        "return [...document.querySelectorAll('nav .step-name')].map(e => e.textContent)",
    )
    .await
}

/// The id of the first of the unit's checklists on the drafts page.
async fn first_own_checklist(c: &Client) -> xtask::Result<String> {
    Ok(js(
        c,
        "return document.querySelector('.own-checklists li').dataset.id",
    )
    .await?
    .as_str()
    .unwrap_or_default()
    .to_string())
}

/// Waits for the editor of the unit's checklist.
async fn wait_editor(c: &Client) -> R {
    browser::wait_for(
        c,
        "document.querySelector('h1').textContent.includes('本单位的检查清单')",
        "the checklist editor",
    )
    .await
}

async fn paper_text(c: &Client) -> xtask::Result<String> {
    Ok(text_of(c, ".paper")
        .await?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn the_first_draft_in_december_2026_is_for_2026_and_offers_the_units_checklist() -> R {
    let driver = Driver::start()?;
    let (c, _profile, _downloads) = start(&driver, "e2e-season").await?;
    // The tests' day is 2026-12-07: the first draft is for 2026年度, and one line says
    // which checklist stands in and how to make the unit's own.
    open_step(&c, "基本信息").await?;
    assert_eq!(value(&c, "#checklist").await?, "stand-in");
    // The first tab stop leads past the header and the step list to the step.
    let first = js(
        &c,
        "return [...document.querySelectorAll('a[href], button, input, select, textarea')].find(e => !e.disabled).id",
    )
    .await?;
    assert_eq!(first, "skip-link");
    // Shown once focused, as the first Tab does.
    js(&c, "document.getElementById('skip-link').focus(); return 0").await?;
    click(&c, "#skip-link").await?;
    assert_eq!(js(&c, "return document.activeElement.id").await?, "content");
    let line = text_of(&c, "#stand-in").await?;
    for want in [
        "2026年度",
        "2025年度民主生活会",
        "五个带头",
        "以2025年度民主生活会为底稿建立本单位2026年度清单",
    ] {
        assert!(line.contains(want), "{want} not in {line}");
    }
    let kinds = finding_kinds(&c).await?;
    assert!(
        kinds.iter().any(|k| k.starts_with("checklist_stand_in ")),
        "{kinds:?}"
    );

    // The offer: the unit's own 2026 checklist, copied from 2025's and marked so; the
    // draft follows it; its campaign is 2026's.
    open_step(&c, "基本信息").await?;
    click(&c, "#stand-in-make").await?;
    wait_editor(&c).await?;
    assert_eq!(value(&c, "#own-year").await?, "2026");
    assert_eq!(
        value(&c, "#own-campaign").await?,
        "树立和践行正确政绩观学习教育查摆问题"
    );
    assert!(value(&c, "#own-intro-team").await?.contains("{theme}"));
    open_step(&c, "基本信息").await?;
    assert!(value(&c, "#checklist").await?.starts_with("custom:"));
    assert!(c.find(Locator::Css("#stand-in")).await.is_err());
    let note = text_of(&c, ".source-note").await?;
    assert!(
        note.contains("尚未按通知核对") && note.contains("底稿为2025年度民主生活会"),
        "{note}"
    );
    // Its 导语 names 2026's campaign, not 2025's.
    open_step(&c, "预览与打印").await?;
    let paper = paper_text(&c).await?;
    assert!(paper.contains("树立和践行正确政绩观学习教育"), "{paper}");
    assert!(!paper.contains("八项规定精神学习教育"), "{paper}");
    let kinds = finding_kinds(&c).await?;
    assert!(
        kinds
            .iter()
            .any(|k| k.starts_with("checklist_copy_unchecked ")),
        "{kinds:?}"
    );

    // Checked against the notice: a new theme and every heading the notice's.
    open_step(&c, "我的稿件").await?;
    let own_id = first_own_checklist(&c).await?;
    click(&c, &format!("#own-edit-{own_id}")).await?;
    wait_editor(&c).await?;
    replace_text(&c, "#own-theme", "以2026年度通知确定的主题为准").await?;
    for i in 0..5 {
        replace_text(
            &c,
            &format!("#own-aspect-{i}-heading"),
            &format!("在通知所列第{}个方面", i + 1),
        )
        .await?;
    }
    click(&c, "#own-save").await?;
    browser::wait_for(
        &c,
        "document.querySelector('#own-notice') && document.querySelector('#own-notice').textContent.includes('清单已保存')",
        "the checklist saved",
    )
    .await?;
    let kinds = finding_kinds(&c).await?;
    assert!(
        !kinds.iter().any(|k| k.starts_with("checklist_")),
        "{kinds:?}"
    );
    open_step(&c, "基本信息").await?;
    let note = text_of(&c, ".source-note").await?;
    assert!(note.contains("已由本单位修改"), "{note}");
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn every_years_aspects_show_examples_and_2023_has_its_case_study() -> R {
    use duizhao_core::domain::{sample, Checklist, MaterialKind};
    use xtask::app::put_draft;
    let driver = Driver::start()?;
    let (c, _profile, _downloads) = start(&driver, "e2e-examples").await?;
    for key in ["2023-local", "2023-politburo", "2024", "2025"] {
        let checklist = Checklist::builtin(key).unwrap();
        let mut d = sample::complete(MaterialKind::Individual, checklist);
        d.id = format!("ex{}", key.replace('-', ""));
        put_draft(&c, &d).await?;
        for a in &checklist.aspects {
            let step = format!("存在的问题：{}", a.short_zh);
            open_step_named(
                &c,
                &step,
                &format!("[...document.querySelectorAll('nav a[aria-current=step]')].some(a => a.textContent.includes('{step}')) && document.querySelector('details.examples')"),
            )
            .await?;
            let q = strings(
                &c,
                "return [...document.querySelectorAll('li.example')].map(e => e.dataset.quality)",
            )
            .await?;
            assert!(
                q.iter().filter(|q| *q == "good").count() >= 2 && q.iter().any(|q| q == "weak"),
                "{key} {}: {q:?}",
                a.id
            );
        }
        let steps = step_names(&c).await?;
        assert!(
            steps.iter().any(|s| s.ends_with("典型案例剖析")),
            "{key}: {steps:?}"
        );
    }
    // The 2025 上年度整改 names the year's own campaign among its sources.
    open_step_named(
        &c,
        "上年度整改",
        "!!document.querySelector('fieldset.item select')",
    )
    .await?;
    let options = strings(
        &c,
        "return [...document.querySelectorAll('fieldset.item select option')].map(o => o.textContent)",
    )
    .await?;
    assert!(
        options
            .iter()
            .any(|o| o.contains("深入贯彻中央八项规定精神学习教育整改整治")),
        "{options:?}"
    );
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn a_2025_material_then_a_units_2026_checklist_and_next_years_draft_from_it() -> R {
    use duizhao_core::domain::{sample, Checklist, MaterialKind};
    use xtask::app::{choose, put_draft};
    let driver = Driver::start()?;
    let (c, _profile, downloads) = start(&driver, "e2e-years").await?;

    // A new draft is for the year the calendar prepares (the tests' day is
    // 2026-12-07): 2026年度, which has no checklist yet, so 2025年度's stands in, with
    // its five aspects and its 典型案例剖析, and where the wording comes from.
    open_step(&c, "基本信息").await?;
    assert_eq!(value(&c, "#checklist").await?, "stand-in");
    let steps = step_names(&c).await?;
    assert_eq!(
        steps.iter().filter(|s| s.starts_with("存在的问题")).count(),
        5,
        "{steps:?}"
    );
    assert!(steps.iter().any(|s| s == "典型案例剖析"), "{steps:?}");
    assert!(text_of(&c, ".source-note").await?.contains("已核实"));

    // A complete 2025 individual material; its case study is edited on its step.
    let c2025 = Checklist::builtin("2025").unwrap();
    let mut d = sample::complete(MaterialKind::Individual, c2025);
    d.id = "y2025".into();
    put_draft(&c, &d).await?;
    open_step(&c, "典型案例剖析").await?;
    browser::type_into(
        &c,
        "#part-case_study-text",
        "我们还对照剖析了某县原局长违规收受礼品案。",
    )
    .await?;
    wait_saved(&c).await?;
    open_step(&c, "预览与打印").await?;
    let paper = paper_text(&c).await?;
    assert!(
        paper.contains("王明同志2025年度民主生活会个人对照检查材料"),
        "{paper}"
    );
    assert!(paper.contains("三、典型案例剖析") && paper.contains("违规收受礼品案"));
    for a in &c2025.aspects {
        assert!(paper.contains(&a.wordings[0].zh), "{}", a.wordings[0].zh);
    }
    assert!(paper.contains("2024年度民主生活会个人整改落实情况"));

    // The unit types in its 2026年度 checklist from the notice, starting from 2025's.
    open_step(&c, "我的稿件").await?;
    assert_eq!(value(&c, "#own-new-year").await?, "2026");
    choose(&c, "#own-base", "2025").await?;
    click(&c, "#own-new").await?;
    wait_editor(&c).await?;
    replace_text(&c, "#own-theme", "以2026年度通知确定的主题为准").await?;
    replace_text(
        &c,
        "#own-aspect-0-heading",
        "在带头学习贯彻党的二十届四中全会精神方面",
    )
    .await?;
    replace_text(&c, "#own-aspect-0-short", "四中全会").await?;
    click(&c, "#own-aspect-4-remove").await?;
    click(&c, "#own-save").await?;
    browser::wait_for(
        &c,
        "document.querySelector('#own-notice') && document.querySelector('#own-notice').textContent.includes('清单已保存')",
        "the checklist saved",
    )
    .await?;

    // It goes to the other members as a file.
    click(&c, "#own-back").await?;
    let own_id = first_own_checklist(&c).await?;
    click(&c, &format!("#own-export-{own_id}")).await?;
    let file = browser::wait_download(&downloads, ".duizhao.json").await?;
    let text = std::fs::read_to_string(&file)?;
    assert!(text.contains("在带头学习贯彻党的二十届四中全会精神方面"));

    // Next year's material from the 2025 one: on the unit's 2026 checklist, with
    // every measure of last year's 整改清单 waiting in 上年度整改.
    click(&c, "#next-year-y2025").await?;
    browser::wait_for(
        &c,
        "document.querySelector('h1').textContent.includes('上年度整改')",
        "the new draft's 上年度整改",
    )
    .await?;
    let items = strings(
        &c,
        "return [...document.querySelectorAll('fieldset.item textarea[id$=\"-measure\"]')].map(e => e.value)",
    )
    .await?;
    assert_eq!(items.len(), d.measures.len(), "{items:?}");
    for (item, m) in items.iter().zip(&d.measures) {
        assert!(item.contains(m.summary.trim()), "{item}");
    }
    open_step(&c, "基本信息").await?;
    assert_eq!(value(&c, "#checklist").await?, format!("custom:{own_id}"));
    let steps = step_names(&c).await?;
    assert_eq!(
        steps.iter().filter(|s| s.starts_with("存在的问题")).count(),
        4,
        "{steps:?}"
    );
    assert!(
        steps.iter().any(|s| s == "存在的问题：四中全会"),
        "{steps:?}"
    );
    open_step(&c, "写作任务").await?;
    assert!(text_of(&c, ".previous-draft").await?.contains("2025年度"));
    open_step(&c, "预览与打印").await?;
    let paper = paper_text(&c).await?;
    assert!(
        paper.contains("王明同志2026年度民主生活会个人对照检查材料"),
        "{paper}"
    );
    assert!(paper.contains("2025年度民主生活会个人整改落实情况"));

    // A second 开始下一年度 from the same draft asks before making a twin.
    open_step(&c, "我的稿件").await?;
    let rows = row_titles(&c).await?.len();
    click(&c, "#next-year-y2025").await?;
    browser::wait_for(
        &c,
        "document.querySelector('#next-year-y2025').textContent.includes('仍要再建一份')",
        "the question before a twin",
    )
    .await?;
    assert_eq!(row_titles(&c).await?.len(), rows);

    // Another member's browser takes the checklist from the file.
    let (c2, _p2, _d2) = start(&driver, "e2e-years-member").await?;
    open_step(&c2, "我的稿件").await?;
    upload_for_review(&c2, &file).await?;
    assert!(text_of(&c2, "#import-summary")
        .await?
        .contains("检查清单：2026年度民主生活会"));
    click(&c2, "#import-do").await?;
    browser::wait_for(
        &c2,
        "document.querySelectorAll('.own-checklists li').length === 1",
        "the imported checklist",
    )
    .await?;
    click(&c2, "#new-individual").await?;
    browser::wait_for(
        &c2,
        "document.querySelector('h1').textContent.trim() === '基本信息'",
        "a new draft",
    )
    .await?;
    // The newest year is now the unit's 2026 one.
    assert_eq!(value(&c2, "#checklist").await?, format!("custom:{own_id}"));
    c2.close().await?;
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn a_change_of_year_keeps_every_problem_until_it_is_moved() -> R {
    use duizhao_core::domain::{sample, Checklist, MaterialKind};
    use xtask::app::{choose, put_draft};
    let driver = Driver::start()?;
    let (c, _profile, _downloads) = start(&driver, "e2e-year-change").await?;
    let c2022 = Checklist::for_year(2022);
    let mut d = sample::complete(MaterialKind::Team, c2022);
    d.id = "change".into();
    put_draft(&c, &d).await?;
    open_step(&c, "基本信息").await?;
    assert_eq!(value(&c, "#checklist").await?, "2022");
    choose(&c, "#checklist", "2024").await?;
    browser::wait_for(
        &c,
        "!!document.querySelector('#stray-problems')",
        "the problems to move",
    )
    .await?;
    // 2022's aspects are not 2024's (the same ids, other headings): every problem
    // waits under its old place, each with the aspect covering its ground proposed.
    let strays = d.problems.len();
    let listed = strings(
        &c,
        "return [...document.querySelectorAll('#stray-problems li .stray-summary')].map(e => e.textContent)",
    )
    .await?;
    assert_eq!(listed.len(), strays, "{listed:?}");
    // Nothing was deleted: the check page lists each, linked to where it moves.
    open_step(&c, "写作任务").await?;
    c.find(Locator::XPath("//button[normalize-space()='核对全文']"))
        .await?
        .click()
        .await?;
    browser::wait_for(
        &c,
        "document.querySelector('h1').textContent.includes('核对全文')",
        "the check page",
    )
    .await?;
    let kinds = strings(
        &c,
        "return [...document.querySelectorAll('.finding-list a')].map(a => a.dataset.kind)",
    )
    .await?;
    assert_eq!(
        kinds
            .iter()
            .filter(|k| *k == "problem_outside_checklist")
            .count(),
        strays
    );
    // One moved by hand, the rest as proposed: 回应群众环境诉求 (2022's 以人民为中心,
    // a4) goes to 2024's a2 (党性、纪律、作风), not to a4 (全面从严治党).
    open_step(&c, "基本信息").await?;
    assert_eq!(value(&c, "#move-tp10").await?, "a2");
    let first = d
        .problems
        .iter()
        .find(|p| p.aspect == "a5")
        .unwrap()
        .id
        .clone();
    choose(&c, &format!("#move-{first}"), "a1").await?;
    click(&c, &format!("#move-{first}-go")).await?;
    browser::wait_for(
        &c,
        &format!(
            "document.querySelectorAll('#stray-problems li').length === {}",
            strays - 1
        ),
        "one problem moved",
    )
    .await?;
    click(&c, "#move-all").await?;
    browser::wait_for(
        &c,
        "!document.querySelector('#stray-problems')",
        "every problem moved",
    )
    .await?;
    wait_saved(&c).await?;
    open_step(&c, "预览与打印").await?;
    let paper = paper_text(&c).await?;
    assert!(paper.contains("2024年度民主生活会对照检查材料"), "{paper}");
    for p in &d.problems {
        let summary: String = p.summary.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(paper.contains(&summary), "{summary}");
    }
    let at = |s: &str| paper.find(s).unwrap_or_else(|| panic!("{s}"));
    assert!(at("回应群众环境诉求用心用情不够") < at("（三）"));
    assert!(at("（二）") < at("回应群众环境诉求用心用情不够"));
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn next_year_without_its_checklist_gets_the_units_own_reporting_on_the_right_meeting() -> R {
    use duizhao_core::domain::{sample, Checklist, MaterialKind};
    use xtask::app::put_draft;
    let driver = Driver::start()?;
    let (c, _profile, _downloads) = start(&driver, "e2e-next-without").await?;
    let mut d = sample::complete(MaterialKind::Team, Checklist::builtin("2025").unwrap());
    d.id = "y2025team".into();
    put_draft(&c, &d).await?;
    open_step(&c, "写作任务").await?;
    click(&c, "#next-year").await?;
    browser::wait_for(
        &c,
        "document.querySelector('h1').textContent.includes('上年度整改')",
        "next year's 上年度整改",
    )
    .await?;
    // 2026年度 has no built-in checklist: the unit's own was copied for it, and said.
    let notice = text_of(&c, "#last-year-notice").await?;
    assert!(notice.contains("2026年度还没有内置清单"), "{notice}");
    open_step(&c, "基本信息").await?;
    assert!(value(&c, "#checklist").await?.starts_with("custom:"));
    open_step(&c, "预览与打印").await?;
    let paper = paper_text(&c).await?;
    assert!(
        paper.contains("领导班子2026年度民主生活会对照检查材料"),
        "{paper}"
    );
    assert!(
        paper.contains("一、2025年度民主生活会整改落实情况"),
        "{paper}"
    );
    open_step(&c, "我的稿件").await?;
    let own = strings(
        &c,
        "return [...document.querySelectorAll('.own-checklists .own-name')].map(e => e.textContent)",
    )
    .await?;
    assert_eq!(
        own,
        vec!["2026年度民主生活会（本单位清单：五个带头）".to_string()]
    );
    c.close().await?;
    Ok(())
}
