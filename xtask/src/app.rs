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

/// Chooses the option with this value in a select, as a user would.
pub async fn choose(c: &Client, css: &str, value: &str) -> R {
    c.find(Locator::Css(css))
        .await?
        .select_by_value(value)
        .await?;
    Ok(())
}

pub async fn click(c: &Client, css: &str) -> R {
    c.find(Locator::Css(css)).await?.click().await?;
    Ok(())
}

/// Stores a draft as the one to open, as the app itself would have, and reloads.
pub async fn put_draft(c: &Client, draft: &duizhao_core::domain::Draft) -> R {
    let raw = duizhao_core::storage::codec::encode_draft(draft, 0.0);
    c.execute(
        "localStorage.setItem('duizhao/draft/' + arguments[0], arguments[1]); localStorage.setItem('duizhao/current', arguments[0]);",
        vec![draft.id.clone().into(), raw.into()],
    )
    .await?;
    c.refresh().await?;
    browser::wait_ready(c).await
}
