//! Helpers that drive the duizhao app in a browser, shared by the end-to-end tests
//! and the bench.

use crate::browser;
use crate::Result;
use fantoccini::{Client, Locator};

type R = Result<()>;

pub async fn value(c: &Client, sel: &str) -> Result<String> {
    Ok(c.find(Locator::Css(sel))
        .await?
        .prop("value")
        .await?
        .unwrap_or_default())
}

pub async fn wait_saved(c: &Client) -> R {
    browser::wait_for(
        c,
        "document.querySelector('[data-save]').dataset.save === 'saved'",
        "the draft to be saved",
    )
    .await
}

pub async fn js(c: &Client, script: &str) -> Result<serde_json::Value> {
    Ok(c.execute(script, vec![]).await?)
}

pub async fn open_step(c: &Client, label: &str) -> R {
    c.find(Locator::XPath(&format!(
        "//nav//a[normalize-space(.//span[@class='step-name'])='{label}' or normalize-space()='{label}']"
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

pub async fn click(c: &Client, css: &str) -> R {
    c.find(Locator::Css(css)).await?.click().await?;
    Ok(())
}
