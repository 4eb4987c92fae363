//! End-to-end on the browsers offices run, and on what goes wrong before the app is
//! up: a real Chromium 86, 83 and 81 (from the npm registry, driven over the DevTools
//! protocol: `xtask::cdp`) open the single file from file://, write a problem, reload,
//! print and export Word; a damaged file, a file cut short, a browser without a
//! needed API and an error at start each show their message in the page's shell,
//! never a blank page, and leave the drafts stored in the browser as they were.
//! Run by `cargo xtask test` (which builds `dist/` and unpacks the kernels first).
#![cfg(not(target_arch = "wasm32"))]

use serde_json::json;
use xtask::app::{js, open_step, value, wait_saved};
use xtask::browser::{self, Driver, NO_NETWORK_FLAGS};
use xtask::cdp::{self, Kernel};
use xtask::fantoccini::{Client, Locator};
use xtask::{file_url, single_file};

type R = xtask::Result<()>;

const PROBLEM: &str = "调查研究不够深入，到基层蹲点调研次数偏少";

/// The summary field of the first problem under an aspect.
const SUMMARY: &str = "fieldset.problem input[id$='-summary']";

/// Opens the first aspect of the year's checklist (the step after 上年度整改) and
/// returns its first problem's summary, once it is on the page.
fn first_summary(b: &mut cdp::Browser, after: &str) -> xtask::Result<serde_json::Value> {
    b.eval("(() => { const a = [...document.querySelectorAll('nav a')]; a[a.findIndex((x) => x.textContent.includes('上年度整改')) + 1].click(); })()")?;
    let sel = serde_json::to_string(SUMMARY)?;
    b.wait_for(
        &format!("document.querySelector({sel})"),
        &format!("the problem {after}"),
    )?;
    b.eval(&format!("document.querySelector({sel}).value"))
}

/// In an old kernel as a user would: open the file, write a problem under the first
/// aspect, reload and find it, print (A4 pages numbered as on screen), export Word.
fn office_kernel_round_trip(kernel: Kernel) -> R {
    let bin = kernel.ensure()?;
    let profile = browser::temp_profile(&format!("kernel-{}", kernel.major));
    let downloads = profile.join("downloads");
    std::fs::create_dir_all(&downloads)?;
    let mut b = cdp::Browser::launch(&bin, &profile.join("profile"))?;
    let version = b.version()?;
    assert!(
        version.contains(&format!("/{}.", kernel.major)),
        "{version}"
    );
    b.goto(&file_url(&single_file()))?;
    b.wait_ready()?;
    // The app stands where the shell was.
    assert_eq!(
        b.eval("!!document.getElementById('dz-shell')")?,
        json!(false)
    );
    assert_eq!(
        b.eval("document.querySelector('h1').textContent")?,
        json!("基本信息")
    );

    // The first aspect of the year's checklist: the step after 上年度整改.
    b.eval("(() => { const a = [...document.querySelectorAll('nav a')]; a[a.findIndex((x) => x.textContent.includes('上年度整改')) + 1].click(); })()")?;
    b.wait_for("document.querySelector('#add-problem')", "the first aspect")?;
    b.click("#add-problem")?;
    b.wait_for(
        &format!(
            "document.querySelector({})",
            serde_json::to_string(SUMMARY)?
        ),
        "a new problem",
    )?;
    b.type_text(SUMMARY, PROBLEM)?;
    b.wait_for(
        "document.querySelector('[data-save]').dataset.save === 'saved'",
        "the draft to be saved",
    )?;

    b.reload()?;
    b.wait_ready()?;
    assert_eq!(first_summary(&mut b, "after a reload")?, json!(PROBLEM));

    // Print: the pages on screen, A4, each numbered "— n —".
    b.open_step("预览与打印", ".paper")?;
    let screen = b
        .eval("Number(document.querySelector('.paper').dataset.pages)")?
        .as_u64()
        .unwrap_or_default() as usize;
    let pdf = profile.join("material.pdf");
    std::fs::write(&pdf, b.print_pdf()?)?;
    assert!(browser::pdf_info(&pdf)?.contains("(A4)"));
    let pages = browser::pdf_layout(&pdf)?;
    assert!(screen >= 1);
    assert_eq!(pages.len(), screen, "printed pages against the screen's");
    for (n, page) in pages.iter().enumerate() {
        let want = format!("—{}—", n + 1);
        assert!(
            page.rows().iter().any(|l| l.text.replace(' ', "") == want),
            "page {} has no number {want}",
            n + 1
        );
    }
    let text: String = browser::pdf_text(&pdf)?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    assert!(text.contains(PROBLEM), "{text}");

    // Word: the file downloads and holds the problem.
    b.allow_downloads(&downloads)?;
    b.click("#export-docx")?;
    let file = wait_download(&downloads, ".docx")?;
    let entries = duizhao_core::export::zip::stored_entries(&std::fs::read(&file)?)?;
    let body = entries
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .map(|(_, d)| String::from_utf8_lossy(d).into_owned())
        .ok_or("no document part")?;
    assert!(body.contains(PROBLEM));

    // Once the app runs, the page compiles nothing more (the policy is narrowed).
    let compiles = b.eval(
        "WebAssembly.compile(new Uint8Array([0,97,115,109,1,0,0,0])).then(() => 'compiled', (e) => String(e))",
    )?;
    assert!(
        compiles.as_str().unwrap_or_default().contains("disallowed"),
        "{compiles}"
    );

    // A damaged copy, and one cut short, in this kernel: the message, not a blank page;
    // then the sound file, with the problem still there.
    let page = std::fs::read(single_file())?;
    let (start, end) = block(&page, "dz-wasm");
    for (name, bytes) in [
        ("flipped", flipped(&page, (start + end) / 2, end)),
        ("cut", page[..(start + end) / 2].to_vec()),
    ] {
        let path = profile.join(format!("{name}.html"));
        std::fs::write(&path, bytes)?;
        b.goto(&file_url(&path))?;
        b.wait_for(
            "document.documentElement.dataset.failed === 'damaged'",
            &format!("the damaged message for the {name} file"),
        )?;
        let shown = b
            .eval("document.getElementById('dz-shell').innerText")?
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(shown.contains("这个文件已损坏"), "{name}: {shown}");
        assert!(shown.contains("稿件没有受到影响"), "{name}: {shown}");
    }
    b.goto(&file_url(&single_file()))?;
    b.wait_ready()?;
    assert_eq!(
        first_summary(&mut b, "after the damaged files")?,
        json!(PROBLEM)
    );

    // What this kernel lacks has its stand-in: margins where flex has no gap (84), and
    // on the preview of a material with a 整改清单, the word that its landscape pages
    // need the Word file here (named pages, 85).
    assert_eq!(
        b.eval("document.documentElement.classList.contains('dz-no-flex-gap')")?,
        json!(kernel.major < 84)
    );
    let sample = duizhao_core::domain::sample::complete(
        duizhao_core::domain::MaterialKind::Individual,
        duizhao_core::domain::Checklist::for_year(2022),
    );
    let raw = serde_json::to_string(&duizhao_core::storage::codec::encode_draft(&sample, 0.0))?;
    let id = serde_json::to_string(&sample.id)?;
    b.eval(&format!(
        "localStorage.setItem('duizhao/draft/' + {id}, {raw}); localStorage.setItem('duizhao/current', {id})"
    ))?;
    b.reload()?;
    b.wait_ready()?;
    b.open_step("预览与打印", ".paper")?;
    assert_eq!(
        b.eval("!!document.getElementById('no-landscape')")?,
        json!(kernel.major < 85)
    );
    // Before 117 a kernel shrinks a job of portrait and landscape pages to about 70 %:
    // the whole material prints its portrait pages at full size, and the 整改清单 on
    // its own (仅附件), landscape where the kernel has named pages.
    assert_eq!(
        b.eval("!!document.getElementById('print-apart')")?,
        json!((85..117).contains(&kernel.major))
    );
    b.screenshot(&profile.join("preview.png"))?;
    let portrait = b
        .eval("document.querySelectorAll('.paper .page:not(.landscape)').length")?
        .as_u64()
        .unwrap_or_default() as usize;
    let pdf = profile.join("sample.pdf");
    std::fs::write(&pdf, b.print_pdf()?)?;
    let pages = browser::pdf_layout(&pdf)?;
    assert_eq!(pages.len(), portrait, "the whole material prints its text");
    for (n, p) in pages.iter().enumerate() {
        // 28 mm from the left edge (79.4 pt), 156 mm wide: not shrunk.
        let x0 = p.lines.iter().map(|l| l.x0).fold(f64::MAX, f64::min);
        assert!((x0 - 79.4).abs() < 3.0, "page {} starts at {x0} pt", n + 1);
        assert!(p.width < p.height, "page {} is not portrait", n + 1);
    }
    if kernel.major >= 85 {
        b.click("#scope-attachment")?;
        b.wait_for(
            "document.querySelectorAll('.paper .page:not(.landscape)').length === 0",
            "the 整改清单 alone",
        )?;
        std::fs::write(&pdf, b.print_pdf()?)?;
        let pages = browser::pdf_layout(&pdf)?;
        assert!(!pages.is_empty());
        for (n, p) in pages.iter().enumerate() {
            // Landscape A4, the type area 37 mm (104.9 pt) from the left: not shrunk.
            assert!(
                (p.width - 841.9).abs() < 1.0,
                "page {} is {}",
                n + 1,
                p.width
            );
            let x0 = p.lines.iter().map(|l| l.x0).fold(f64::MAX, f64::min);
            assert!((x0 - 104.9).abs() < 6.0, "page {} starts at {x0} pt", n + 1);
        }
    }
    Ok(())
}

fn wait_download(dir: &std::path::Path, suffix: &str) -> xtask::Result<std::path::PathBuf> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        if let Some(file) = browser::finished_download(dir, suffix) {
            return Ok(file);
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("no download ending {suffix}").into());
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
#[ignore = "needs dist/ and the npm registry's Chromium 86: run by cargo xtask test"]
fn chromium_86_opens_writes_reloads_prints_and_exports_word() -> R {
    office_kernel_round_trip(cdp::CHROMIUM_86)
}

#[test]
#[ignore = "needs dist/ and the npm registry's Chromium 83: run by cargo xtask test"]
fn chromium_83_opens_writes_reloads_prints_and_exports_word() -> R {
    office_kernel_round_trip(cdp::CHROMIUM_83)
}

#[test]
#[ignore = "needs dist/ and the npm registry's Chromium 81: run by cargo xtask test"]
fn chromium_81_opens_writes_reloads_prints_and_exports_word() -> R {
    office_kernel_round_trip(cdp::CHROMIUM_81)
}

/// The file with one byte changed at `at` or the first place after it, before `end`,
/// where the page's text can hold the change (no byte that ends a data block or that
/// the parser rewrites, no escape undone).
fn flipped(page: &[u8], at: usize, end: usize) -> Vec<u8> {
    let mut out = page.to_vec();
    let safe = |b: u8| ![0x00, 0x0d, 0x3c, 0x3d].contains(&b);
    let k = (at..end)
        .find(|&k| safe(out[k]) && safe(out[k] ^ 0x01) && out[k - 1] != 0x3d)
        .expect("a byte to change before the block ends");
    out[k] ^= 0x01;
    out
}

/// Where a data block's bytes stand in the file: (first, end).
fn block(page: &[u8], id: &str) -> (usize, usize) {
    let open = format!("<script type=\"text/plain\" id=\"{id}\">");
    let start = page
        .windows(open.len())
        .position(|w| w == open.as_bytes())
        .expect("the block")
        + open.len();
    let end = start
        + page[start..]
            .windows(9)
            .position(|w| w == b"</script>")
            .expect("its end");
    (start, end)
}

/// Opens a page in a session and waits for the shell to say `kind`; returns what the
/// page shows.
async fn failure_shown(c: &Client, url: &str, kind: &str) -> xtask::Result<String> {
    c.goto(url).await?;
    browser::wait_for(
        c,
        &format!("document.documentElement.dataset.failed === '{kind}'"),
        &format!("the {kind} message"),
    )
    .await?;
    let shown = c.find(Locator::Css("#dz-shell")).await?.text().await?;
    // Only the message of this kind, and what the user may rely on.
    assert!(
        shown.contains("已保存在本浏览器中的稿件没有受到影响"),
        "{shown}"
    );
    assert!(!shown.contains("正在打开"), "{shown}");
    Ok(shown)
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn a_damaged_or_cut_file_says_so_and_the_drafts_stay() -> R {
    let driver = Driver::start()?;
    let profile = browser::temp_profile("e2e-damaged");
    let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
    // A draft stored by the sound file.
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    open_step(&c, "基本信息").await?;
    browser::type_into(&c, "#unit", "某县审计局党组").await?;
    wait_saved(&c).await?;

    let page = std::fs::read(single_file())?;
    let dir = profile.join("files");
    std::fs::create_dir_all(&dir)?;
    let mut cases: Vec<(String, Vec<u8>)> = Vec::new();
    for id in xtask::inline::PARTS {
        let (start, end) = block(&page, id);
        // A byte in the middle of the packed stream, and one of its last eight (the
        // gzip trailer: the CRC-32 and the length, checked only at the end).
        cases.push((
            format!("{id}-middle"),
            flipped(&page, (start + end) / 2, end),
        ));
        cases.push((format!("{id}-trailer"), flipped(&page, end - 6, end)));
    }
    // The first script changed: the policy refuses it, and the loader says so.
    let first = page
        .windows(8)
        .position(|w| w == b"<script>")
        .expect("the first script")
        + 8;
    cases.push((
        "first-script".into(),
        flipped(&page, first + 40, first + 400),
    ));
    // Cut short, as a mail gateway or a USB copy might: in the wasm's block, and just
    // before the loader.
    let (start, end) = block(&page, "dz-wasm");
    cases.push(("cut-in-wasm".into(), page[..(start + end) / 2].to_vec()));
    let loader = page
        .windows(22)
        .rposition(|w| w == b"<script type=\"module\">")
        .expect("the loader");
    cases.push(("cut-before-loader".into(), page[..loader].to_vec()));
    for (name, bytes) in &cases {
        let path = dir.join(format!("{name}.html"));
        std::fs::write(&path, bytes)?;
        let shown = failure_shown(&c, &file_url(&path), "damaged")
            .await
            .map_err(|e| format!("{name}: {e}"))?;
        assert!(shown.contains("这个文件已损坏"), "{name}: {shown}");
        assert!(shown.contains("This file is damaged"), "{name}: {shown}");
    }
    let shot = c.screenshot().await?;
    std::fs::write(profile.join("damaged.png"), shot)?;

    // The sound file again: the draft is there.
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    open_step(&c, "基本信息").await?;
    assert_eq!(value(&c, "#unit").await?, "某县审计局党组");
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn a_browser_too_old_or_an_error_at_start_says_so() -> R {
    let driver = Driver::start()?;
    let profile = browser::temp_profile("e2e-too-old");
    let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
    let url = file_url(&single_file());
    // A browser without the browser's own decompression (Chromium before 80).
    let id = browser::cdp(
        &c,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "delete window.DecompressionStream;" }),
    )
    .await?;
    let shown = failure_shown(&c, &url, "old").await?;
    assert!(shown.contains("这个浏览器版本过旧"), "{shown}");
    assert!(shown.contains("Chrome 1"), "the browser's version: {shown}");
    assert!(shown.contains("DecompressionStream"), "{shown}");
    let shot = c.screenshot().await?;
    std::fs::write(profile.join("too-old.png"), shot)?;
    browser::cdp(
        &c,
        "Page.removeScriptToEvaluateOnNewDocument",
        json!({ "identifier": id["identifier"] }),
    )
    .await?;

    // An error nobody foresaw, before the app is up: its text is shown to report.
    browser::cdp(
        &c,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "WebAssembly.instantiate = () => Promise.reject(new Error('test: instantiate refused'));" }),
    )
    .await?;
    let shown = failure_shown(&c, &url, "error").await?;
    assert!(shown.contains("打开时出现意外错误"), "{shown}");
    assert!(shown.contains("test: instantiate refused"), "{shown}");
    let blank = js(&c, "return document.body.innerText.trim().length").await?;
    assert!(blank.as_u64().unwrap_or_default() > 50);
    c.close().await?;
    Ok(())
}
