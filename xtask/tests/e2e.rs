//! End-to-end: a real headless Chromium drives the built app as users open it.
//! Run by `cargo xtask test` (which builds `dist/` first); ignored by a plain `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use xtask::app::{choose, click, js, open_step, value, wait_saved};
use xtask::browser::{self, Driver, NO_NETWORK_FLAGS};
use xtask::fantoccini::{Client, Locator};
use xtask::{file_url, single_file};

type R = xtask::Result<()>;

const UNIT: &str = "某市生态环境局党组";
const PERSON: &str = "王明";
const POST: &str = "党组书记、局长";
const TITLE: &str = "王明同志2022年度民主生活会个人对照检查材料";
/// A new draft is for the meeting year the calendar prepares: the tests' day is
/// 2026-12-07 (`browser::TODAY_MS`), in the 2026年度 season.
const TITLE_NEWEST: &str = "王明同志2026年度民主生活会个人对照检查材料";

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn single_file_works_offline_survives_reload_and_prints_a4() -> R {
    let driver = Driver::start()?;
    let profile = browser::temp_profile("e2e-offline");
    let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;

    // A first visit starts on the profile step, the first of the task list.
    let h1 = c.find(Locator::Css("h1")).await?.text().await?;
    assert_eq!(h1, "基本信息", "a first visit starts on the profile step");
    open_step(&c, "基本信息").await?;
    assert!(c.title().await?.contains("第 1 步"));
    let csp = js(
        &c,
        "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content",
    )
    .await?;
    let csp = csp.as_str().unwrap_or_default();
    assert!(csp.contains("connect-src 'none'"), "{csp}");
    // The two inline scripts (the first, which checks the browser, and the loader),
    // the shell's style, and the glue and style the loader inserts, are allowed by
    // their hashes, nothing else inline.
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(csp.matches("'sha256-").count(), 5, "{csp}");
    // Chromium before 97 compiles wasm only with 'unsafe-eval'; once the app runs, a
    // second policy allows no script and no compile at all.
    assert!(csp.contains("'unsafe-eval' 'wasm-unsafe-eval'"), "{csp}");
    let narrowed = js(
        &c,
        "return [...document.querySelectorAll('meta[http-equiv=\"Content-Security-Policy\"]')].map((m) => m.content)",
    )
    .await?;
    assert_eq!(narrowed.as_array().map(Vec::len), Some(2), "{narrowed}");
    assert!(narrowed[1]
        .as_str()
        .unwrap_or_default()
        .contains("script-src 'none'"));
    // The shell that stood in while the app started is gone.
    assert_eq!(
        js(&c, "return !!document.getElementById('dz-shell')").await?,
        false
    );

    browser::type_into(&c, "#unit", UNIT).await?;
    browser::type_into(&c, "#person", PERSON).await?;
    browser::type_into(&c, "#post", POST).await?;
    wait_saved(&c).await?;

    c.refresh().await?;
    browser::wait_ready(&c).await?;
    // A stored draft opens on its task list.
    assert_eq!(c.find(Locator::Css("h1")).await?.text().await?, "写作任务");
    open_step(&c, "基本信息").await?;
    assert_eq!(value(&c, "#unit").await?, UNIT);
    assert_eq!(value(&c, "#person").await?, PERSON);
    assert_eq!(value(&c, "#post").await?, POST);

    open_step(&c, "预览与打印").await?;
    let paper: String = c
        .find(Locator::Css(".paper"))
        .await?
        .text()
        .await?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    assert!(paper.contains(TITLE_NEWEST), "{paper}");
    assert!(c.title().await?.contains("第 15 步，共 15 步"));

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
    for part in [
        TITLE_NEWEST,
        POST,
        "存在的问题",
        "原因剖析",
        "整改措施",
        "—1—",
    ] {
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
    open_step(&c, "基本信息").await?;
    let first = c.window().await?;

    // A second tab: type, then close it at once, well inside the autosave delay.
    let second = c.new_window(true).await?;
    c.switch_to_window(second.handle).await?;
    c.goto(&url).await?;
    browser::wait_ready(&c).await?;
    open_step(&c, "基本信息").await?;
    browser::type_into(&c, "#person", "李华").await?;
    c.close_window().await?;

    c.switch_to_window(first).await?;
    c.refresh().await?;
    browser::wait_ready(&c).await?;
    open_step(&c, "基本信息").await?;
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
    let csp = js(
        &c,
        "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content",
    )
    .await?;
    let csp = csp.as_str().unwrap_or_default();
    assert!(
        !csp.contains("unsafe-inline") && csp.contains("'sha256-"),
        "{csp}"
    );
    the_unit_survives_a_reload(&c).await?;
    c.close().await?;
    Ok(())
}

/// Types the unit on the profile step, waits for the save, reloads, and finds it again.
async fn the_unit_survives_a_reload(c: &Client) -> R {
    open_step(c, "基本信息").await?;
    browser::type_into(c, "#unit", UNIT).await?;
    wait_saved(c).await?;
    c.refresh().await?;
    browser::wait_ready(c).await?;
    open_step(c, "基本信息").await?;
    assert_eq!(value(c, "#unit").await?, UNIT);
    Ok(())
}

async fn continue_to(c: &Client, heading_contains: &str) -> R {
    c.find(Locator::XPath(
        "//div[contains(@class,'step-nav')]//button[normalize-space()='继续']",
    ))
    .await?
    .click()
    .await?;
    browser::wait_for(
        c,
        &format!("document.querySelector('h1').textContent.includes('{heading_contains}')"),
        heading_contains,
    )
    .await
}

async fn say_done(c: &Client) -> R {
    click(c, ".done-question input[value='yes']").await
}

/// (aspect heading fragment, problem summary, problem detail)
const PROBLEMS: [(&str, &str, &str); 6] = [
    (
        "两个确立",
        "对标对表不够及时",
        "2022年我3次在党组会上传达学习，多是照读文件，结合分管工作谈落实不多。",
    ),
    (
        "凝心铸魂",
        "学习二十大精神不够系统",
        "我全年自学笔记仅1万字，对报告中生态文明建设的新要求理解不深。",
    ),
    (
        "全面领导",
        "民主集中制执行不够严格",
        "研究执法装备采购时，我会前沟通不充分，对不同意见听取不够耐心。",
    ),
    (
        "以人民为中心",
        "联系群众不够经常",
        "我2022年到联系乡镇调研6次，与群众面对面交流少，某小区油烟问题被重复投诉3次。",
    ),
    (
        "斗争精神",
        "面对矛盾有畏难情绪",
        "查处某企业超标排放时，我因顾虑就业和税收拖了近2周才立案。",
    ),
    (
        "全面从严治党",
        "一岗双责落实不到位",
        "全年我与分管科室负责同志专门谈廉政只有2次，日常提醒不经常。",
    ),
];

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn a_new_user_writes_a_complete_individual_material_and_prints_it() -> R {
    let driver = Driver::start()?;
    let profile = browser::temp_profile("e2e-complete");
    let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;

    // Every section starts as 未开始 on the task list.
    open_step(&c, "写作任务").await?;
    let statuses = js(&c, "return [...document.querySelectorAll('.task-list [data-status]')].map(e => e.dataset.status)").await?;
    assert!(
        statuses
            .as_array()
            .is_some_and(|a| a.len() == 13 && a.iter().all(|s| s == "not-started")),
        "{statuses}"
    );

    open_step(&c, "基本信息").await?;
    // This material is for the 2022年度 meeting (a new draft starts on the year the
    // calendar prepares: 2026年度, which has no checklist yet, so 2025's stands in).
    assert_eq!(value(&c, "#checklist").await?, "stand-in");
    choose(&c, "#checklist", "2022").await?;
    browser::wait_for(
        &c,
        "[...document.querySelectorAll('nav .step-name')].some(e => e.textContent.includes('两个确立'))",
        "the 2022 steps",
    )
    .await?;
    browser::type_into(&c, "#unit", UNIT).await?;
    browser::type_into(&c, "#person", PERSON).await?;
    browser::type_into(&c, "#post", POST).await?;

    continue_to(&c, "导语").await?;
    browser::type_into(&c, "#study-sessions", "4").await?;
    browser::type_into(&c, "#opinions-person", "9").await?;
    browser::type_into(&c, "#talks", "12").await?;

    continue_to(&c, "上年度整改落实情况").await?;
    click(&c, "#add-last-year").await?;
    browser::type_into(
        &c,
        "fieldset.item input[id$='-problem']",
        "调查研究不够深入",
    )
    .await?;
    browser::type_into(
        &c,
        "fieldset.item textarea[id$='-measure']",
        "每季度到基层调研不少于2次",
    )
    .await?;
    browser::type_into(
        &c,
        "fieldset.item textarea[id$='-result']",
        "全年到基层调研9次",
    )
    .await?;
    say_done(&c).await?;

    for (n, (heading, summary, detail)) in PROBLEMS.iter().enumerate() {
        continue_to(&c, heading).await?;
        assert!(c
            .title()
            .await?
            .contains(&format!("第 {} 步，共 15 步", n + 4)));
        click(&c, "#add-problem").await?;
        browser::type_into(&c, "fieldset.problem input[id$='-summary']", summary).await?;
        browser::type_into(&c, "fieldset.problem textarea[id$='-detail']", detail).await?;
        click(&c, ".prompts input[type=checkbox]").await?;
        say_done(&c).await?;
    }

    continue_to(&c, "需要向组织说明的事项").await?;
    continue_to(&c, "原因剖析").await?;
    click(&c, "#add-cause").await?;
    browser::type_into(
        &c,
        "fieldset.item input[id$='-summary']",
        "理论学习没有入脑入心",
    )
    .await?;
    browser::type_into(&c, "fieldset.item textarea[id$='-text']", "我把理论学习当作软任务，满足于读文件、听辅导，理想信念的总开关拧得不够紧，面对具体工作不能自觉从政治上看问题。").await?;
    for cb in c
        .find_all(Locator::Css(".links input[type=checkbox]"))
        .await?
    {
        cb.click().await?;
    }
    say_done(&c).await?;

    continue_to(&c, "整改措施").await?;
    click(&c, "#add-measure").await?;
    browser::type_into(
        &c,
        "fieldset.item input[id$='-summary']",
        "坚持不懈加强理论武装",
    )
    .await?;
    browser::type_into(
        &c,
        "fieldset.item textarea[id$='-text']",
        "每月精读1部原著，每季度撰写1篇学习体会。",
    )
    .await?;
    c.find(Locator::XPath("//label[contains(., '长期坚持')]/input"))
        .await?
        .click()
        .await?;
    for cb in c
        .find_all(Locator::Css(".links input[type=checkbox]"))
        .await?
    {
        cb.click().await?;
    }
    assert_eq!(value(&c, "input[id$='-responsible']").await?, PERSON);
    say_done(&c).await?;

    continue_to(&c, "表态").await?;
    browser::type_into(&c, "#statement", "我将虚心接受批评，照单全收、逐条整改。").await?;

    continue_to(&c, "核对全文").await?;
    // Complete, and written as a reviewer wants (owned, with facts, subjective causes,
    // checkable measures): only the hints against the reference length and count of
    // problems remain, because this material is short (one problem per aspect).
    let kinds = js(
        &c,
        "return [...document.querySelectorAll('.finding-list a')].map(a => a.dataset.kind)",
    )
    .await?;
    let kinds: Vec<&str> = kinds
        .as_array()
        .map(|a| a.iter().filter_map(|k| k.as_str()).collect())
        .unwrap_or_default();
    assert!(kinds.contains(&"material_short"), "{kinds:?}");
    assert!(
        kinds
            .iter()
            .all(|k| ["few_problems", "section_short", "material_short"].contains(k)),
        "findings on a complete material: {kinds:?}"
    );
    // The task list now shows every required section completed.
    open_step(&c, "写作任务").await?;
    let statuses = js(&c, "return [...document.querySelectorAll('.task-list [data-status]')].map(e => e.dataset.status)").await?;
    let done = statuses
        .as_array()
        .map(|a| a.iter().filter(|s| *s == "completed").count());
    assert_eq!(done, Some(12), "{statuses}");

    open_step(&c, "预览与打印").await?;
    let paper = c.find(Locator::Css(".paper")).await?.text().await?;
    let mut order: Vec<String> = vec![
        TITLE.into(),
        "会前认真学习党的二十大报告和党章，参加专题学习研讨4次".into(),
        "一、2021年度党史学习教育专题民主生活会个人整改落实情况".into(),
        "一是调查研究不够深入。".into(),
        "二、存在的问题".into(),
    ];
    let headings = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"];
    for (h, (_, summary, _)) in headings.iter().zip(PROBLEMS) {
        order.push((*h).into());
        order.push(format!("一是{summary}。"));
    }
    order.extend(
        [
            "三、原因剖析",
            "（一）理论学习没有入脑入心",
            "四、整改措施",
            "（一）坚持不懈加强理论武装",
            "我将虚心接受批评",
            // The 附件说明, then the 署名 under the material (no date: the meeting
            // date was not given), then the attachment on its own pages.
            "附件：整改清单",
            PERSON,
            "附件整改清单",
            "待整改",
        ]
        .map(String::from),
    );
    let in_order = |text: &str| -> Result<(), String> {
        let mut at = 0;
        for part in &order {
            let found = text[at..]
                .find(part.as_str())
                .ok_or(format!("{part} missing or out of order"))?;
            at += found + part.len();
        }
        Ok(())
    };
    let flat: String = paper.chars().filter(|c| !c.is_whitespace()).collect();
    in_order(&flat)?;

    let pdf = browser::print_pdf(&c).await?;
    let path = profile.join("complete.pdf");
    std::fs::write(&path, &pdf)?;
    let text: String = browser::pdf_text(&path)?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    in_order(&text).map_err(|e| format!("PDF: {e}: {text}"))?;
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn firefox_esr_opens_the_single_file_styled_and_keeps_a_draft() -> R {
    let driver = Driver::start_firefox()?;
    let c = driver.firefox_session().await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    // The style the loader inserts applies (its hash is in the policy), and the glue
    // it inserts started the app.
    let background = js(&c, "return getComputedStyle(document.body).backgroundColor").await?;
    assert_eq!(
        background, "rgb(246, 247, 249)",
        "the app's style is not applied"
    );
    assert_eq!(c.find(Locator::Css("h1")).await?.text().await?, "基本信息");
    the_unit_survives_a_reload(&c).await?;
    c.close().await?;
    Ok(())
}

/// Points in a millimetre.
const MM: f64 = 72.0 / 25.4;

/// The "— n —" line of PDF page `number` (from 1), which must be there and on the outer
/// side: odd pages on the right, even ones on the left.
fn page_number<'a>(
    page: &browser::PdfPage,
    rows: &'a [browser::PdfLine],
    number: usize,
) -> Result<&'a browser::PdfLine, String> {
    let no = rows
        .iter()
        .find(|l| l.text.replace(' ', "") == format!("—{number}—"))
        .ok_or(format!("page {number} has no number: {rows:?}"))?;
    if number % 2 == 1 {
        assert!(
            no.x0 > page.width / 2.0,
            "odd page {number} numbered on the left"
        );
    } else {
        assert!(
            no.x1 < page.width / 2.0,
            "even page {number} numbered on the right"
        );
    }
    Ok(no)
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn a_long_material_prints_exactly_the_pages_on_screen() -> R {
    use duizhao_core::domain::{sample, Checklist, MaterialKind};
    let c2022 = Checklist::for_year(2022);
    let mut d = sample::complete(MaterialKind::Team, c2022);
    d.profile.meeting_date = "2023-01-12".into();
    // About twenty pages, and a 整改清单 of two.
    for p in &mut d.problems {
        p.detail = p.detail.repeat(2);
    }
    let more = d.measures.clone();
    d.measures.extend(more);

    let driver = Driver::start()?;
    let profile = browser::temp_profile("e2e-pages");
    let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    xtask::app::put_draft(&c, &d).await?;
    open_step(&c, "预览与打印").await?;
    // What the screen shows: each page's orientation and its lines with text.
    let screen = js(
        &c,
        "return [...document.querySelectorAll('.paper > .page')].map((p) => [
            p.classList.contains('landscape'),
            [...p.querySelectorAll('.ln')].map((l) => l.textContent).filter((t) => t.trim()),
            p.querySelector('.page-no').textContent])",
    )
    .await?;
    let screen = screen.as_array().cloned().unwrap_or_default();
    let count = js(
        &c,
        "return Number(document.querySelector('.paper').dataset.pages)",
    )
    .await?;
    assert_eq!(count.as_u64(), Some(screen.len() as u64));
    assert!(screen.len() >= 15, "{} pages on screen", screen.len());
    let page_count_text = js(
        &c,
        "return document.querySelector('.page-count').textContent",
    )
    .await?;
    assert!(
        page_count_text
            .as_str()
            .unwrap_or_default()
            .contains(&format!("共 {} 页", screen.len())),
        "{page_count_text}"
    );

    // This machine has Debian's Noto CJK and AR PL UKai, none of the official faces:
    // the page says which face stands in for each.
    let fonts = js(
        &c,
        "return [...document.querySelectorAll('#fonts li')].map((l) => [l.dataset.face, l.textContent])",
    )
    .await?;
    let fonts = fonts.as_array().cloned().unwrap_or_default();
    let body = fonts
        .iter()
        .find(|f| f[0].as_str() == Some("仿宋_GB2312"))
        .ok_or("no word of the missing 仿宋_GB2312")?;
    assert!(
        body[1]
            .as_str()
            .unwrap_or_default()
            .contains("Noto Serif CJK SC"),
        "{body}"
    );
    let kai = fonts
        .iter()
        .find(|f| f[0].as_str() == Some("楷体_GB2312"))
        .ok_or("no word of the missing 楷体_GB2312")?;
    assert!(
        kai[1]
            .as_str()
            .unwrap_or_default()
            .contains("AR PL UKai CN"),
        "{kai}"
    );

    let pdf = browser::print_pdf(&c).await?;
    let path = profile.join("long.pdf");
    std::fs::write(&path, &pdf)?;
    let pages = browser::pdf_layout(&path)?;
    assert_eq!(
        pages.len(),
        screen.len(),
        "the PDF has other pages than the screen"
    );
    let mut full_pages = 0;
    for (n, (page, shown)) in pages.iter().zip(&screen).enumerate() {
        let number = n + 1;
        let landscape = shown[0].as_bool().unwrap_or_default();
        // A4, portrait for the material, landscape for the 整改清单.
        let (w, h) = if landscape {
            (841.9, 595.0)
        } else {
            (595.0, 841.9)
        };
        assert!(
            (page.width - w).abs() < 1.0 && (page.height - h).abs() < 1.0,
            "page {number}: {} x {}",
            page.width,
            page.height
        );
        // The page number, "— n —", 7 mm under the type area, odd pages on the right.
        let rows = page.rows();
        let no = page_number(page, &rows, number)?;
        assert_eq!(
            shown[2].as_str().map(|s| s.replace(' ', "")),
            Some(format!("—{number}—"))
        );
        let text: Vec<_> = rows.iter().filter(|l| !std::ptr::eq(*l, no)).collect();
        if landscape {
            assert!(
                text.iter().any(|l| l.text.contains("整改措施")),
                "the header row is missing on page {number}"
            );
            continue;
        }
        let shown_lines = shown[1].as_array().map(Vec::len).unwrap_or_default();
        // Every line on screen is a line in the PDF, no more, and at most 22 a page.
        assert_eq!(text.len(), shown_lines, "page {number}: {:?}", text);
        assert!(text.len() <= 22, "page {number} has {} lines", text.len());
        if text.len() == 22 {
            full_pages += 1;
            // 22 lines on the 28.95 pt pitch.
            // (the middle of the steps between lines: a heading's face has a box of
            // another height than the body's).
            let mut steps: Vec<f64> = text.windows(2).map(|w| w[1].y0 - w[0].y0).collect();
            steps.sort_by(f64::total_cmp);
            let pitch = (steps[9] + steps[10]) / 2.0;
            assert!((pitch - 28.95).abs() < 0.6, "page {number}: pitch {pitch}");
        }
        // The type area: left edge 28 mm, right edge 26 mm from the paper's, the first line
        // in the first 28.95 pt under the 37 mm top margin.
        let left = text.iter().map(|l| l.x0).fold(f64::MAX, f64::min);
        assert!(
            (left - 28.0 * MM).abs() < 0.5,
            "page {number}: left edge {left}"
        );
        for l in &text {
            assert!(
                l.x1 <= page.width - 26.0 * MM + 1.0,
                "page {number}: a line runs over the right margin: {l:?}"
            );
            let chars: f64 = l
                .text
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
                .sum();
            assert!(chars <= 28.0, "page {number}: {chars} characters in {l:?}");
        }
        let centre = (text[0].y0 + text[0].y1) / 2.0;
        assert!(
            centre > 37.0 * MM && centre < 37.0 * MM + 28.95,
            "page {number}: the first line's middle at {centre}"
        );
    }
    assert!(full_pages >= 10, "{full_pages} full pages");
    // Landscape pages last, the 整改清单 on them.
    let first_landscape = screen.iter().position(|p| p[0].as_bool() == Some(true));
    let at = first_landscape.expect("the 整改清单 on landscape pages");
    assert!(
        screen.len() - at >= 2,
        "the 整改清单 should take two pages here"
    );
    let all: String = pages
        .iter()
        .flat_map(|p| p.lines.iter().map(|l| l.text.replace(' ', "")))
        .collect();
    assert!(all.contains("附件：整改清单"));
    for control in [
        "打印",
        "上一步",
        "写作步骤",
        "已保存",
        "English",
        "基本信息",
        "页（正文",
    ] {
        assert!(!all.contains(control), "control label {control} printed");
    }

    // The 整改清单 on its own: only its landscape pages, numbered from 1, on screen and
    // on paper.
    click(&c, "#scope-attachment").await?;
    let alone = js(
        &c,
        "return [...document.querySelectorAll('.paper > .page')].map((p) => [p.classList.contains('landscape'), p.querySelector('.page-no').textContent.replace(/ /g, '')])",
    )
    .await?;
    let alone = alone.as_array().cloned().unwrap_or_default();
    assert_eq!(alone.len(), screen.len() - at);
    for (i, p) in alone.iter().enumerate() {
        assert_eq!(p[0].as_bool(), Some(true));
        assert_eq!(p[1].as_str(), Some(format!("—{}—", i + 1).as_str()));
    }
    let pdf = browser::print_pdf(&c).await?;
    let path = profile.join("attachment.pdf");
    std::fs::write(&path, &pdf)?;
    let pages = browser::pdf_layout(&path)?;
    assert_eq!(pages.len(), alone.len());
    assert!(pages.iter().all(|p| p.width > p.height));
    let text: String = pages[0]
        .rows()
        .iter()
        .map(|l| l.text.replace(' ', ""))
        .collect();
    assert!(text.starts_with("附件整改清单"), "{text}");
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/, Chromium and LibreOffice: run by cargo xtask test"]
async fn the_word_file_lays_out_like_the_print_in_libreoffice() -> R {
    use duizhao_core::domain::{sample, Checklist, MaterialKind};
    let c2022 = Checklist::for_year(2022);
    let mut d = sample::complete(MaterialKind::Individual, c2022);
    d.profile.meeting_date = "2023-01-12".into();
    for p in &mut d.problems {
        p.detail = p.detail.repeat(2);
    }
    d.problems[0].detail.push_str("（含<尖括号>与&符号）");

    let driver = Driver::start()?;
    let profile = browser::temp_profile("e2e-docx");
    let downloads = profile.join("downloads");
    std::fs::create_dir_all(&downloads)?;
    let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    browser::allow_downloads(&c, &downloads).await?;
    xtask::app::put_draft(&c, &d).await?;
    open_step(&c, "预览与打印").await?;
    let screen_pages = js(
        &c,
        "return Number(document.querySelector('.paper').dataset.pages)",
    )
    .await?
    .as_u64()
    .unwrap_or_default() as usize;
    let headings = js(
        &c,
        "return [...document.querySelectorAll('.paper .doc-h1')].map((h) => h.textContent.trim())",
    )
    .await?;
    click(&c, "#export-docx").await?;
    let file = browser::wait_download(&downloads, ".docx").await?;
    let name = file
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    assert_eq!(name, "王明同志2022年度民主生活会个人对照检查材料.docx");

    // A package Word opens: its parts, with the text escaped.
    let entries = duizhao_core::export::zip::stored_entries(&std::fs::read(&file)?)?;
    let part = |n: &str| {
        entries
            .iter()
            .find(|(name, _)| name == n)
            .map(|(_, d)| String::from_utf8_lossy(d).into_owned())
            .ok_or(format!("{n} missing"))
    };
    assert_eq!(entries[0].0, "[Content_Types].xml");
    let body = part("word/document.xml")?;
    assert!(body.contains("（含&lt;尖括号&gt;与&amp;符号）"));
    assert!(body.contains(r#"<w:pStyle w:val="Heading1"/>"#));
    assert!(part("word/styles.xml")?.contains(r#"w:eastAsia="仿宋_GB2312""#));

    // LibreOffice lays it out on A4, the same text in order, about as many pages.
    let pdf = browser::office_to_pdf(&file, &profile.join("lo"))?;
    let pages = browser::pdf_layout(&pdf)?;
    assert!(
        pages.len().abs_diff(screen_pages) <= 1,
        "LibreOffice {} pages, the browser {screen_pages}",
        pages.len()
    );
    let portrait = pages
        .iter()
        .filter(|p| (p.width - 595.3).abs() < 1.0)
        .count();
    let landscape = pages
        .iter()
        .filter(|p| (p.width - 841.9).abs() < 1.0)
        .count();
    assert_eq!(portrait + landscape, pages.len());
    assert!(landscape >= 1, "the 整改清单 is not on a landscape page");
    assert!(
        pages.last().is_some_and(|p| p.width > p.height),
        "the 整改清单 comes last"
    );
    let mut text = String::new();
    for (n, p) in pages.iter().enumerate() {
        let rows = p.rows();
        // "— n —" under the type area, odd pages right, even left.
        let no = page_number(p, &rows, n + 1)?;
        if p.width < p.height {
            // Nothing left of the 28 mm margin; a page of text starts its lines there.
            let left = rows.iter().map(|l| l.x0).fold(f64::MAX, f64::min);
            assert!(left > 28.0 * MM - 1.5, "page {}: left edge {left}", n + 1);
            if rows.len() > 10 {
                assert!(
                    (left - 28.0 * MM).abs() < 1.5,
                    "page {}: left edge {left}",
                    n + 1
                );
            }
            let body_rows = rows.iter().filter(|l| !std::ptr::eq(*l, no)).count();
            assert!(body_rows <= 22, "page {}: {body_rows} lines", n + 1);
        }
        for l in &rows {
            text.push_str(&l.text.replace(' ', ""));
        }
    }
    let mut at = 0;
    for h in headings.as_array().cloned().unwrap_or_default() {
        let h = h.as_str().unwrap_or_default().replace(' ', "");
        let found = text[at..]
            .find(&h)
            .ok_or(format!("heading {h} missing or out of order"))?;
        at += found;
    }
    for part in [
        "附件：整改清单",
        "王明",
        "2023年1月12日",
        "整改措施",
        "待整改",
    ] {
        assert!(text.contains(part), "{part} missing from LibreOffice's PDF");
    }

    // Plain text: the same material, paragraphs indented with two ideographic spaces.
    click(&c, "#export-txt").await?;
    let txt = std::fs::read_to_string(browser::wait_download(&downloads, ".txt").await?)?;
    assert!(txt.starts_with("王明同志2022年度民主生活会个人对照检查材料\n\n"));
    assert!(txt.contains("\n\u{3000}\u{3000}二、存在的问题\n"));
    assert!(txt.contains("\n序号\t问题\t整改措施\t责任人\t完成时限\t状态\n"));
    // Copy: the browser took it (the page says so only when the copy command worked).
    click(&c, "#copy-all").await?;
    browser::wait_for(
        &c,
        "document.body.textContent.includes('已复制到剪贴板')",
        "the copy to be confirmed",
    )
    .await?;
    c.close().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Firefox ESR: run by cargo xtask test"]
async fn firefox_prints_the_pages_with_their_numbers() -> R {
    // Firefox draws no CSS page-margin boxes: the page numbers print because they are
    // part of the pages. (WebDriver's print takes one page size for all pages, so this
    // material has no landscape 整改清单.)
    use duizhao_core::domain::{sample, Checklist, MaterialKind};
    use xtask::fantoccini::wd::{PrintConfiguration, PrintMargins, PrintSize};
    let c2022 = Checklist::for_year(2022);
    let mut d = sample::complete(MaterialKind::Individual, c2022);
    d.measures.clear();
    d.causes.iter_mut().for_each(|c| c.text = c.text.repeat(2));
    let driver = Driver::start_firefox()?;
    let c = driver.firefox_session().await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    xtask::app::put_draft(&c, &d).await?;
    open_step(&c, "预览与打印").await?;
    let shown = js(
        &c,
        "return Number(document.querySelector('.paper').dataset.pages)",
    )
    .await?
    .as_u64()
    .unwrap_or_default() as usize;
    assert!(shown >= 5, "{shown} pages");
    let config = PrintConfiguration::builder()
        .size(PrintSize::A4)
        .margins(PrintMargins {
            top: 0.0,
            bottom: 0.0,
            left: 0.0,
            right: 0.0,
        })
        .shrink_to_fit(false)
        .background(true)
        .build()
        .map_err(|e| format!("{e:?}"))?;
    let pdf = c.print(config).await?;
    let profile = browser::temp_profile("e2e-firefox-print");
    let path = profile.join("firefox.pdf");
    std::fs::write(&path, &pdf)?;
    let pages = browser::pdf_layout(&path)?;
    assert_eq!(
        pages.len(),
        shown,
        "Firefox printed another number of pages"
    );
    for (n, p) in pages.iter().enumerate() {
        let rows = p.rows();
        page_number(p, &rows, n + 1).map_err(|e| format!("Firefox: {e}"))?;
        assert!(rows.len() <= 23, "page {}: {} lines", n + 1, rows.len());
        let left = rows.iter().map(|l| l.x0).fold(f64::MAX, f64::min);
        assert!(
            (left - 28.0 * MM).abs() < 1.5,
            "page {}: left edge {left}",
            n + 1
        );
    }
    c.close().await?;
    Ok(())
}

/// Sets a date input as the browser's date picker would.
async fn set_date(c: &Client, css: &str, iso: &str) -> R {
    c.execute(
        "const e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![css.into(), iso.into()],
    )
    .await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn three_measures_are_followed_to_done_and_the_report_prints() -> R {
    use duizhao_core::domain::{sample, Checklist, MaterialKind};
    use xtask::app::put_draft;
    let driver = Driver::start()?;
    let profile = browser::temp_profile("e2e-ledger");
    let downloads = profile.join("downloads");
    std::fs::create_dir_all(&downloads)?;
    let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
    browser::allow_downloads(&c, &downloads).await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    let mut d = sample::complete(MaterialKind::Team, Checklist::for_year(2022));
    d.id = "ledger".into();
    put_draft(&c, &d).await?;

    open_step(&c, "写作任务").await?;
    click(&c, "#open-ledger").await?;
    browser::wait_for(
        &c,
        "document.querySelector('h1').textContent.trim() === '整改台账'",
        "the ledger page",
    )
    .await?;
    click(&c, "#ledger-start").await?;
    browser::wait_for(
        &c,
        &format!(
            "document.querySelectorAll('fieldset.ledger-entry').length === {}",
            d.measures.len()
        ),
        "an entry for every measure",
    )
    .await?;

    // Three measures followed over time: a note or two each, then done.
    let steps = [
        ("2023-02-20", "修订党组议事规则", "2023-03-31"),
        ("2023-03-10", "完成第一轮专项排查", "2023-05-15"),
        ("2023-04-01", "建立月度调度机制", "2023-06-30"),
    ];
    for (m, (date, text, _)) in d.measures.iter().zip(steps) {
        let id = &m.id;
        set_date(&c, &format!("#entry-{id}-note-date"), date).await?;
        browser::type_into(&c, &format!("#entry-{id}-note-text"), text).await?;
        click(&c, &format!("#entry-{id}-note-add")).await?;
        browser::wait_for(
            &c,
            &format!(
                "document.querySelector('#entry-{id}-entry').dataset.status === 'in_progress'"
            ),
            "a note recorded",
        )
        .await?;
    }
    for m in d.measures.iter().take(3) {
        let sel = format!("#entry-{}-status", m.id);
        c.find(Locator::Css(&sel))
            .await?
            .select_by_value("done")
            .await?;
        browser::wait_for(
            &c,
            &format!(
                "document.querySelector('#entry-{}-entry').dataset.status === 'done'",
                m.id
            ),
            "marked done",
        )
        .await?;
    }
    // It is kept: after a reload the ledger is as it was.
    c.refresh().await?;
    browser::wait_ready(&c).await?;
    open_step(&c, "写作任务").await?;
    click(&c, "#open-ledger").await?;
    browser::wait_for(
        &c,
        "!!document.querySelector('#ledger-counts') && document.querySelector('#ledger-counts').textContent.includes('已完成3项')",
        "the counts after a reload",
    )
    .await?;
    let notes = js(
        &c,
        "return document.querySelectorAll('.entry-notes li').length",
    )
    .await?;
    assert_eq!(notes, serde_json::json!(3));

    // The report, on pages as it prints.
    click(&c, "#ledger-report").await?;
    browser::wait_for(&c, "!!document.querySelector('.paper .page')", "the report").await?;
    let pdf = browser::print_pdf(&c).await?;
    let path = profile.join("report.pdf");
    std::fs::write(&path, &pdf)?;
    let text: String = browser::pdf_text(&path)?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    assert!(
        text.contains("领导班子2022年度民主生活会整改落实情况报告"),
        "{text}"
    );
    assert!(text.contains("一、整改落实情况") && text.contains("下一步工作打算"));
    assert_eq!(text.matches("完成整改。").count(), 3, "{text}");
    for (_, note, _) in steps {
        assert!(text.contains(note), "{note}");
    }
    for control in ["记录进展", "打印报告", "继续", "佐证材料（文件"] {
        assert!(!text.contains(control), "{control} printed");
    }
    // And as the material leaves: a Word file and plain text.
    click(&c, "#ledger-docx").await?;
    let docx = std::fs::read(browser::wait_download(&downloads, ".docx").await?)?;
    let parts = duizhao_core::export::zip::stored_entries(&docx)?;
    let body = parts
        .iter()
        .find(|(name, _)| name == "word/document.xml")
        .map(|(_, b)| String::from_utf8_lossy(b).to_string())
        .ok_or("no word/document.xml")?;
    assert!(
        body.contains("整改落实情况报告") && body.contains(steps[0].1),
        "{body}"
    );
    click(&c, "#ledger-txt").await?;
    let txt = std::fs::read_to_string(browser::wait_download(&downloads, ".txt").await?)?;
    assert!(
        txt.contains("整改落实情况报告") && txt.contains("下一步工作打算"),
        "{txt}"
    );

    // The others are past their 2023 deadlines: the drafts page lists them as overdue.
    open_step(&c, "我的稿件").await?;
    let overdue = c.find(Locator::Css("#overdue")).await?.text().await?;
    assert!(overdue.contains("逾期未完成的整改事项"), "{overdue}");
    assert!(!overdue.contains(d.measures[0].summary.trim()));

    // Next year's material reads the ledger: the three are done, with their progress.
    c.find(Locator::Css("#next-year-ledger"))
        .await?
        .click()
        .await?;
    browser::wait_for(
        &c,
        "document.querySelector('h1').textContent.includes('上年度整改')",
        "next year's 上年度整改",
    )
    .await?;
    let results = js(
        &c,
        "return [...document.querySelectorAll('fieldset.item textarea[id$=\"-result\"]')].map(e => e.value)",
    )
    .await?;
    let results: Vec<String> = results
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    for (r, (_, note, _)) in results.iter().zip(steps) {
        assert!(r.contains(note), "{r}");
    }
    c.close().await?;
    Ok(())
}

/// Waits until a script's condition holds.
async fn until(c: &Client, cond: &str, what: &str) -> R {
    browser::wait_for(c, cond, what).await
}

/// Waits until an element is on the page.
async fn appears(c: &Client, css: &str) -> R {
    until(c, &format!("!!document.querySelector('{css}')"), css).await
}

/// Waits until an element's `data-<key>` says `value`.
async fn data_is(c: &Client, css: &str, key: &str, value: &str) -> R {
    let cond = format!("document.querySelector('{css}').dataset.{key} === '{value}'");
    until(c, &cond, &format!("{css} data-{key}={value}")).await
}

#[tokio::test]
#[ignore = "needs dist/ and Chromium: run by cargo xtask test"]
async fn opinions_talks_and_criticism_are_recorded_linked_and_counted() -> R {
    use duizhao_core::domain::{sample, Checklist, MaterialKind};
    use xtask::app::put_draft;
    let driver = Driver::start()?;
    let profile = browser::temp_profile("e2e-records");
    let downloads = profile.join("downloads");
    std::fs::create_dir_all(&downloads)?;
    let c = driver.session(&profile, NO_NETWORK_FLAGS).await?;
    browser::allow_downloads(&c, &downloads).await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    let mut d = sample::complete(MaterialKind::Individual, Checklist::for_year(2022));
    d.id = "records".into();
    put_draft(&c, &d).await?;
    let (p1, m1) = (d.problems[0].id.clone(), d.measures[0].id.clone());

    // 征求意见: two opinions; one claimed by the writer and answered by a problem.
    open_step(&c, "写作任务").await?;
    click(&c, "#open-opinions").await?;
    until(
        &c,
        "document.querySelector('h1').textContent.trim() === '征求意见'",
        "the opinions page",
    )
    .await?;
    click(&c, "#opinion-add").await?;
    appears(&c, "#op-o1-content").await?;
    browser::type_into(
        &c,
        "#op-o1-content",
        "到分管的执法大队调研少，基层反映的装备问题迟迟没有回应",
    )
    .await?;
    choose(&c, "#op-o1-source", "forum").await?;
    choose(&c, "#op-o1-claim", "person").await?;
    data_is(&c, "#op-o1-item", "gap", "unlinked").await?;
    choose(&c, "#op-o1-problem", &p1).await?;
    data_is(&c, "#op-o1-item", "gap", "").await?;
    click(&c, "#opinion-add").await?;
    appears(&c, "#op-o2-content").await?;
    browser::type_into(&c, "#op-o2-content", "督导组反馈：整改台账更新不及时").await?;
    data_is(&c, "#op-o2-item", "gap", "unclaimed").await?;
    let counts = c
        .find(Locator::Css("#opinions-counts"))
        .await?
        .text()
        .await?;
    assert!(
        counts.contains("共2条") && counts.contains("对本人1条") && counts.contains("1条尚未"),
        "{counts}"
    );

    // 谈心谈话: the usual pairings offered; one talk held and linked.
    open_step(&c, "写作任务").await?;
    click(&c, "#open-talks").await?;
    appears(&c, "#talk-add-secretary").await?;
    click(&c, "#talk-add-secretary").await?;
    appears(&c, "#tk-t1-with").await?;
    browser::type_into(&c, "#tk-t1-with", "张伟").await?;
    browser::type_into(&c, "#tk-t1-role", "党组成员、副局长").await?;
    browser::type_into(&c, "#tk-t1-tome", "批评下属多，帮助指导少").await?;
    data_is(&c, "#tk-t1-item", "open", "true").await?;
    choose(&c, "#tk-t1-problem", &p1).await?;
    data_is(&c, "#tk-t1-item", "open", "false").await?;
    let usual = js(&c, "return [...document.querySelectorAll('#talks-usual li.missing')].map(l => l.dataset.pairing)").await?;
    assert_eq!(
        usual,
        serde_json::json!(["members", "departments", "branch"])
    );

    // The 导语 counts them, and says where they come from.
    open_step(&c, "导语").await?;
    appears(&c, "#intro-from-records").await?;
    let intro = c
        .find(Locator::Css("blockquote.generated"))
        .await?
        .text()
        .await?;
    assert!(
        intro.contains("意见建议1条") && intro.contains("谈心谈话1人次"),
        "{intro}"
    );

    // 批评与自我批评: criticism prepared for two colleagues, checked as it is typed.
    open_step(&c, "写作任务").await?;
    click(&c, "#open-criticism").await?;
    appears(&c, "#colleague-add").await?;
    click(&c, "#colleague-add").await?;
    appears(&c, "#ck-k1-name").await?;
    browser::type_into(&c, "#ck-k1-name", "张伟").await?;
    browser::type_into(&c, "#ck-k1-given", "希望你今后进一步加强理论学习").await?;
    until(
        &c,
        "document.querySelector('#ck-k1-flaws').dataset.flaws.includes('wish')",
        "a wish flagged",
    )
    .await?;
    click(&c, "#colleague-add").await?;
    appears(&c, "#ck-k2-name").await?;
    browser::type_into(&c, "#ck-k2-name", "李芳").await?;
    browser::type_into(
        &c,
        "#ck-k2-given",
        "今年3月研究老旧小区改造项目时，你没有到现场听取居民意见，方案两次返工。",
    )
    .await?;
    data_is(&c, "#ck-k2-flaws", "flaws", "").await?;
    // After the meeting: what 张伟 said, answered by a measure.
    click(&c, "#ck-k1-addrecv").await?;
    appears(&c, "#cr-r3-text").await?;
    browser::type_into(&c, "#cr-r3-text", "过问分管领域的问题多，跟进督办少").await?;
    data_is(&c, "#cr-r3-item", "open", "true").await?;
    choose(&c, "#cr-r3-answer", &m1).await?;
    data_is(&c, "#cr-r3-item", "open", "false").await?;

    // All of it survives a reload.
    c.refresh().await?;
    browser::wait_ready(&c).await?;
    open_step(&c, "写作任务").await?;
    click(&c, "#open-criticism").await?;
    appears(&c, "#ck-k2-given").await?;
    assert_eq!(value(&c, "#ck-k1-name").await?, "张伟");
    assert_eq!(value(&c, "#cr-r3-answer").await?, m1);
    let summary = c
        .find(Locator::Css("#criticism-summary"))
        .await?
        .text()
        .await?;
    assert!(
        summary.contains("2位同事")
            && summary.contains("1位的还需修改")
            && summary.contains("0条尚未对应"),
        "{summary}"
    );

    // The check page lists what the records still lack, each linked to its page.
    c.find(Locator::XPath(
        "//nav//a[normalize-space(.//span[@class='step-name'])='核对']",
    ))
    .await?
    .click()
    .await?;
    appears(&c, "#records-findings").await?;
    let kinds = js(&c, "return [...document.querySelectorAll('#records-findings .finding')].map(a => a.dataset.kind)").await?;
    assert_eq!(
        kinds,
        serde_json::json!(["opinion_unanswered", "criticism_flawed"])
    );
    click(
        &c,
        "#records-findings .finding[data-kind=opinion_unanswered]",
    )
    .await?;
    until(
        &c,
        "document.querySelector('h1').textContent.trim() === '征求意见'",
        "the link to the opinions",
    )
    .await?;
    assert_eq!(value(&c, "#op-o1-problem").await?, p1);

    // The draft's backup carries its records, and another browser takes them in.
    open_step(&c, "写作任务").await?;
    click(&c, "#export-this").await?;
    let file = browser::wait_download(&downloads, ".duizhao.json").await?;
    let backup = duizhao_core::storage::backup::decode_backup_all(&std::fs::read_to_string(&file)?)
        .map_err(|e| format!("{e:?}"))?;
    let r = &backup.records;
    assert_eq!(
        (r.opinions.len(), r.talks.len(), r.criticism.len()),
        (1, 1, 1)
    );
    assert_eq!(r.opinions[0].items[0].problem, p1);
    assert_eq!(r.criticism[0].colleagues[1].name, "李芳");
    c.close().await?;

    let other = browser::temp_profile("e2e-records-other");
    let c = driver.session(&other, NO_NETWORK_FLAGS).await?;
    c.goto(&file_url(&single_file())).await?;
    browser::wait_ready(&c).await?;
    open_step(&c, "我的稿件").await?;
    c.find(Locator::Css("#import-file"))
        .await?
        .send_keys(&file.display().to_string())
        .await?;
    appears(&c, "#import-do").await?;
    click(&c, "#import-do").await?;
    until(
        &c,
        "document.querySelector('#import-notice').textContent.includes('已导入 1 份稿件')",
        "the import",
    )
    .await?;
    c.find(Locator::XPath(&format!(
        "//tr[.//span[contains(text(), '{}')]]//button[text()='打开']",
        d.profile.person
    )))
    .await?
    .click()
    .await?;
    open_step(&c, "写作任务").await?;
    click(&c, "#open-talks").await?;
    appears(&c, "#tk-t1-with").await?;
    assert_eq!(value(&c, "#tk-t1-with").await?, "张伟");
    assert_eq!(value(&c, "#tk-t1-problem").await?, p1);
    c.close().await?;
    Ok(())
}
