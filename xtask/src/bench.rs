//! `cargo xtask bench`: each figure beside its baseline, measured in the same run.

use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use xtask::browser::{self, Driver, NO_NETWORK_FLAGS};
use xtask::{file_url, single_file, Result};

const RUNS: usize = 10;

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn gzip_len(bytes: &[u8]) -> Result<usize> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(bytes)?;
    Ok(gz.finish()?.len())
}

/// A static page of exactly `size` bytes that marks itself ready on `load`.
fn static_page(size: usize) -> String {
    let head = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>static</title></head><body><p>静态页面</p><script type=\"text/plain\">";
    let tail = "</script><script>addEventListener('load',()=>{window.__duizhaoReadyAt=performance.now();document.documentElement.dataset.ready='1';});</script></body></html>";
    let pad = size.saturating_sub(head.len() + tail.len());
    // Padding of the same kind as the single file's bulk: base64 text.
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let body: String = (0..pad)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            alphabet[(x % 64) as usize] as char
        })
        .collect();
    format!("{head}{body}{tail}")
}

async fn cold_open(driver: &Driver, url: &str, profile: &std::path::Path) -> Result<f64> {
    let c = driver.session(profile, NO_NETWORK_FLAGS).await?;
    c.goto(url).await?;
    browser::wait_ready(&c).await?;
    let at = c
        .execute("return window.__duizhaoReadyAt;", vec![])
        .await?
        .as_f64()
        .ok_or("no ready time")?;
    c.close().await?;
    Ok(at)
}

pub fn run() -> Result<()> {
    let file = single_file();
    let bytes = std::fs::read(&file)?;
    let gz = gzip_len(&bytes)?;
    println!("== size");
    println!(
        "dist/duizhao.html: {} bytes ({:.1} KB), gzip {} bytes ({:.1} KB); budget 400 KB; baseline: Leptos todomvc inlined the same way, 288 KB (toolchain.md)",
        bytes.len(),
        bytes.len() as f64 / 1024.0,
        gz,
        gz as f64 / 1024.0
    );
    let wasm = std::fs::metadata(xtask::dist().join("duizhao_bg.wasm"))?.len();
    println!("dist/duizhao_bg.wasm: {wasm} bytes (inlined gzip-compressed)");

    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(async {
        let driver = Driver::start()?;
        let static_path = std::env::temp_dir().join("duizhao-bench-static.html");
        std::fs::write(&static_path, static_page(bytes.len()))?;

        // A profile holding a saved draft, so each open restores it.
        let profile = browser::temp_profile("bench-open");
        {
            let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
            c.goto(&file_url(&file)).await?;
            browser::wait_ready(&c).await?;
            browser::type_into(&c, "#unit", "某县发展改革局党组").await?;
            browser::wait_for(
                &c,
                "document.querySelector('[data-save]').dataset.save === 'saved'",
                "save",
            )
            .await?;
            c.close().await?;
        }
        let static_profile = browser::temp_profile("bench-static");
        let mut app = Vec::new();
        let mut stat = Vec::new();
        for _ in 0..RUNS {
            app.push(cold_open(&driver, &file_url(&file), &profile).await?);
            stat.push(cold_open(&driver, &file_url(&static_path), &static_profile).await?);
        }
        let (a, s) = (median(&mut app), median(&mut stat));
        println!("== cold open from file:// to ready, median of {RUNS} fresh browser sessions");
        println!("app (last draft restored): {a:.1} ms");
        println!("baseline, static page of the same size: {s:.1} ms");
        println!("ratio: {:.2} (budget 1.3)", a / s);
        Ok(())
    })
}
