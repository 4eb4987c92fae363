//! End-to-end: a real headless Chromium drives the built app as users open it.
//! Run by `cargo xtask test` (which builds `dist/` first); ignored by a plain `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use xtask::browser::{self, Driver, NO_NETWORK_FLAGS};
use xtask::fantoccini::{Client, Locator};
use xtask::{file_url, single_file};

type R = xtask::Result<()>;

async fn value(c: &Client, sel: &str) -> xtask::Result<String> {
    Ok(c.find(Locator::Css(sel))
        .await?
        .prop("value")
        .await?
        .unwrap_or_default())
}

async fn wait_saved(c: &Client) -> R {
    browser::wait_for(
        c,
        "document.querySelector('[data-save]').dataset.save === 'saved'",
        "the draft to be saved",
    )
    .await
}

async fn js(c: &Client, script: &str) -> xtask::Result<serde_json::Value> {
    Ok(c.execute(script, vec![]).await?)
}

async fn open_step(c: &Client, label: &str) -> R {
    c.find(Locator::XPath(&format!(
        "//nav//a[normalize-space()='{label}']"
    )))
    .await?
    .click()
    .await?;
    browser::wait_for(
        c,
        &format!("document.querySelector('h1').textContent.trim() === '{label}'"),
        label,
    )
    .await
}

const UNIT: &str = "某市生态环境局党组";
const PERSON: &str = "王明";
const POST: &str = "党组书记、局长";
const TITLE: &str = "王明同志2022年度民主生活会个人对照检查材料";

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn single_file_works_offline_survives_reload_and_prints_a4() -> R {
    let driver = Driver::start()?;
    let profile = browser::temp_profile("e2e-offline");
    let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;

    // The profile step is shown, with focusable labelled fields.
    let h1 = c.find(Locator::Css("h1")).await?.text().await?;
    assert_eq!(h1, "基本信息");
    assert!(c.title().await?.contains("第 1 步"));
    let csp = js(
        &c,
        "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content",
    )
    .await?;
    assert!(
        csp.as_str()
            .unwrap_or_default()
            .contains("connect-src 'none'"),
        "{csp}"
    );

    browser::type_into(&c, "#unit", UNIT).await?;
    browser::type_into(&c, "#person", PERSON).await?;
    browser::type_into(&c, "#post", POST).await?;
    wait_saved(&c).await?;

    c.refresh().await?;
    browser::wait_ready(&c).await?;
    assert_eq!(value(&c, "#unit").await?, UNIT);
    assert_eq!(value(&c, "#person").await?, PERSON);
    assert_eq!(value(&c, "#post").await?, POST);

    open_step(&c, "预览与打印").await?;
    let paper = c.find(Locator::Css(".paper")).await?.text().await?;
    assert!(paper.contains(TITLE), "{paper}");
    assert!(c.title().await?.contains("第 2 步，共 2 步"));

    // Nothing went to the network: every resource the page touched is local.
    let remote = js(
        &c,
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('data:') && !n.startsWith('blob:') && !n.startsWith('file:'))",
    )
    .await?;
    assert_eq!(remote, serde_json::json!([]));

    let pdf = browser::print_pdf(&c).await?;
    let path = profile.join("material.pdf");
    std::fs::write(&path, &pdf)?;
    let info = browser::pdf_info(&path)?;
    assert!(info.contains("(A4)"), "not A4: {info}");
    let text: String = browser::pdf_text(&path)?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for part in [TITLE, POST, "存在的问题", "原因剖析", "整改措施", "—1—"] {
        assert!(text.contains(part), "{part} missing from the PDF: {text}");
    }
    for control in [
        "打印",
        "继续",
        "上一步",
        "写作步骤",
        "已保存",
        "English",
        "基本信息",
    ] {
        assert!(
            !text.contains(control),
            "control label {control} printed: {text}"
        );
    }
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn closing_the_tab_right_after_typing_loses_nothing() -> R {
    let driver = Driver::start()?;
    let profile = browser::temp_profile("e2e-close");
    let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
    let url = file_url(&single_file());
    c.goto(&url).await?;
    browser::wait_ready(&c).await?;
    let first = c.window().await?;

    // A second tab: type, then close it at once, well inside the autosave delay.
    let second = c.new_window(true).await?;
    c.switch_to_window(second.handle).await?;
    c.goto(&url).await?;
    browser::wait_ready(&c).await?;
    browser::type_into(&c, "#person", "李华").await?;
    c.close_window().await?;

    c.switch_to_window(first).await?;
    c.refresh().await?;
    browser::wait_ready(&c).await?;
    assert_eq!(value(&c, "#person").await?, "李华");
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn served_dist_works_too() -> R {
    let base = xtask::serve::spawn(&xtask::dist())?;
    let driver = Driver::start()?;
    let profile = browser::temp_profile("e2e-served");
    let c = driver.session(&profile, &[]).await?;
    c.goto(&base).await?;
    browser::wait_ready(&c).await?;
    browser::type_into(&c, "#unit", UNIT).await?;
    wait_saved(&c).await?;
    c.refresh().await?;
    browser::wait_ready(&c).await?;
    assert_eq!(value(&c, "#unit").await?, UNIT);
    c.close().await?;
    Ok(())
}
