//! The small browser module: the one `window.print()`, the downloads, the clock,
//! ids and the ready mark. Everything here is a thin call into the browser.

use wasm_bindgen::JsCast;

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The local time as hh:mm:ss.
pub fn clock(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{:02}:{:02}:{:02}",
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds()
    )
}

/// A local time stamp for file names: YYYYMMDD-HHMM.
pub fn file_stamp(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{:04}{:02}{:02}-{:02}{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// A local date and time for lists: YYYY-MM-DD hh:mm.
pub fn date_time(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// Shows `value` in the field (input, text area or select) with this id, unless it
/// shows it already: a stored text is trimmed, so what was typed around it stays.
pub fn show_value(id: &str, value: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let key = "value".into();
    let now = js_sys::Reflect::get(&el, &key)
        .ok()
        .and_then(|v| v.as_string());
    if now.as_deref().map(str::trim) != Some(value) {
        let _ = js_sys::Reflect::set(&el, &key, &value.into());
    }
}

/// Moves focus to an element. The page may refuse (the element was just hidden or
/// removed): focus then stays where it was, which is all the user would see either
/// way, so there is nothing to say.
pub fn focus(el: &web_sys::HtmlElement) {
    let _ = el.focus();
}

/// Moves focus to the element with this id, if the page has one.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        focus(&el);
    }
}

/// Moves focus to the element with this id once the page has drawn it (a field just
/// added).
pub fn focus_soon(id: String) {
    leptos::prelude::request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let el = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            focus(&el);
        }
    });
}

/// Today as `YYYY-MM-DD`, local time.
pub fn today() -> String {
    date_time(now_ms())[..10].to_string()
}

/// The meeting year the calendar is preparing today (`domain::season`).
pub fn meeting_year() -> u32 {
    crate::domain::season::meeting_year(&today())
        .unwrap_or_else(|| crate::domain::checklist::newest_builtin().year)
}

/// A new draft id: time plus randomness, base 36.
pub fn new_id() -> String {
    let t = now_ms() as u64;
    let r = (js_sys::Math::random() * 1e9) as u64;
    format!("d{}{}", base36(t), base36(r))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Opens the browser's print dialog (to paper or PDF).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Offers `text` as a file download.
pub fn download(filename: &str, mime: &str, text: &str) {
    offer(filename, mime, &wasm_bindgen::JsValue::from_str(text));
}

/// Offers `bytes` as a file download (a .docx).
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) {
    offer(filename, mime, &js_sys::Uint8Array::from(bytes));
}

fn offer(filename: &str, mime: &str, part: &wasm_bindgen::JsValue) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(part);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Marks, once, that the checks have run and their statuses are drawn: the User Timing
/// mark `dz-checked` and `<html data-checked>`, which tests wait for beside `data-ready`.
pub fn mark_checked() {
    mark("dz-checked");
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-checked", "1");
    }
}

/// Runs `f` once, after the page has drawn its first frame (a task queued from the
/// frame's callback), or after 100 ms where no frame comes (a tab in the background).
pub fn after_first_paint(f: impl FnOnce() + 'static) {
    let once = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
    let run = {
        let once = once.clone();
        move || {
            if let Some(f) = once.take() {
                f();
            }
        }
    };
    let again = run.clone();
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(again, std::time::Duration::ZERO);
    });
    leptos::prelude::set_timeout(run, std::time::Duration::from_millis(100));
}

/// Sets the page title (progress is in it).
pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// The page's language (`<html lang>`), for screen readers and fonts.
pub fn set_document_lang(lang: &str) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        // Only an attribute of the page's own root: nothing to report if it fails.
        let _ = root.set_attribute("lang", lang);
    }
}

/// Marks the app ready (the last draft restored): `<html data-ready>` and
/// `window.__duizhaoReadyAt` (ms since navigation start) for tests and the bench.
pub fn mark_ready() {
    let Some(w) = web_sys::window() else { return };
    let at = w.performance().map(|p| p.now()).unwrap_or_default();
    let _ = js_sys::Reflect::set(
        &w,
        &"__duizhaoReadyAt".into(),
        &wasm_bindgen::JsValue::from_f64(at),
    );
    if let Some(root) = w.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "1");
    }
}

/// Whether the page is being hidden (tab switched, window minimised, closing).
pub fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
        .unwrap_or(false)
}

/// A User Timing mark (the start-up phases read by `cargo xtask bench`).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        p.mark(name).ok();
    }
}

/// Starts a User Timing measurement (read by `cargo xtask bench`).
pub fn mark_start(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(&format!("{name}-start"));
    }
}

/// Ends it: a `measure` entry named `name` from its start mark to now.
pub fn mark_end(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let start = format!("{name}-start");
        let end = format!("{name}-end");
        let _ = p.mark(&end);
        let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
        p.clear_marks_with_mark_name(&start);
        p.clear_marks_with_mark_name(&end);
    }
}

/// What this browser's print engine can do with the material's pages
/// (`layout::PrintEngine`, from its user agent).
fn print_engine() -> crate::domain::layout::PrintEngine {
    let ua = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    crate::domain::layout::PrintEngine::of_user_agent(&ua)
}

/// Whether the browser prints the material's portrait pages and the 整改清单's landscape
/// pages in one job, each at its size. Where it cannot, the page is marked
/// `dz-print-body-only`: printing the whole material prints its portrait pages, and the
/// 整改清单 prints on its own (仅附件).
pub fn prints_mixed_pages() -> bool {
    print_engine().mixed
}

/// Marks the page for printing in a kernel that cannot mix page sizes (see
/// [`prints_mixed_pages`]).
pub fn mark_print_limits() {
    if prints_mixed_pages() {
        return;
    }
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1("dz-print-body-only");
    }
}

/// Whether the browser prints named pages (CSS `page`: Chromium 85, Firefox 110), which
/// put the 整改清单 on landscape pages. Chromium 81 to 84 print them portrait.
pub fn prints_landscape_pages() -> bool {
    print_engine()
        .landscape
        .unwrap_or_else(|| web_sys::css::supports_with_value("page", "landscape").unwrap_or(true))
}

/// Removes the page's shell (`#dz-shell` in index.html: the app's name and 正在打开…,
/// painted before any script), once the app stands in its place.
pub fn remove_shell() {
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("dz-shell"))
    {
        shell.remove();
    }
}

/// Keeps the text of an error at start-up where the single file's loader reads it
/// (`window.dzLastError`), to show it in the shell if the app does not come up.
pub fn note_start_error(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(&w, &"dzLastError".into(), &text.into());
    }
}

/// Shows a message over the page when the app has stopped (from the panic hook).
pub fn show_fatal(text: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let (Ok(el), Some(body)) = (doc.create_element("div"), doc.body()) {
        el.set_class_name("fatal");
        el.set_attribute("role", "alert").ok();
        el.set_text_content(Some(text));
        let _ = body.prepend_with_node_1(&el);
    }
}

/// Puts `text` on the clipboard through a selected, off-screen text area and the copy
/// command, which every browser the app supports has (the asynchronous Clipboard API
/// needs focus and permissions that a file opened from disk may not have). Says whether
/// the browser copied.
pub fn copy_text(text: &str) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(body) = doc.body() else {
        return false;
    };
    let Ok(area) = doc
        .create_element("textarea")
        .map(|e| e.unchecked_into::<web_sys::HtmlTextAreaElement>())
    else {
        return false;
    };
    area.set_value(text);
    // Fixed at the top of the window, so that selecting it scrolls nothing; focus
    // goes back to where it was.
    area.set_class_name("copy-source");
    area.set_read_only(true);
    let focused = doc.active_element();
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = doc
        .unchecked_ref::<web_sys::HtmlDocument>()
        .exec_command("copy")
        .unwrap_or(false);
    area.remove();
    if let Some(f) = focused.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
        focus(&f);
    }
    copied
}

/// Which of these font faces are installed. A face that is installed draws the sample
/// in its own widths whatever generic face stands behind it, so text set in "face,
/// monospace" and in "face, sans-serif" comes out equally wide; a missing one falls
/// through to the generic faces, which differ. (Comparing with the generic face alone
/// would not do: on Chinese Windows the generic faces are 宋体-like, with the same
/// half-width Latin letters as 仿宋_GB2312.) Latin letters and digits, since every CJK
/// face draws Chinese characters one em wide. One canvas for all.
pub fn fonts_installed(faces: &[&str]) -> Vec<bool> {
    let ctx = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|c| {
            c.unchecked_into::<web_sys::HtmlCanvasElement>()
                .get_context("2d")
                .ok()
                .flatten()
        })
        .map(|c| c.unchecked_into::<web_sys::CanvasRenderingContext2d>());
    let Some(ctx) = ctx else {
        return vec![false; faces.len()];
    };
    const SAMPLE: &str = "mmmmmmmmmwwwwwwwlli1234567890ABCXYZ";
    let width = |font: &str| {
        ctx.set_font(font);
        ctx.measure_text(SAMPLE)
            .map(|m| m.width())
            .unwrap_or_default()
    };
    // Two generic faces of different widths here (there always are among these three).
    let generics = ["monospace", "sans-serif", "serif"];
    let widths: Vec<f64> = generics
        .iter()
        .map(|g| width(&format!("72px {g}")))
        .collect();
    let pair = [(0, 1), (0, 2), (1, 2)]
        .into_iter()
        .find(|&(a, b)| widths[a] != widths[b]);
    faces
        .iter()
        .map(|face| match pair {
            Some((a, b)) => {
                width(&format!("72px \"{face}\", {}", generics[a]))
                    == width(&format!("72px \"{face}\", {}", generics[b]))
            }
            // All three alike: a face is there when it changes the width.
            None => width(&format!("72px \"{face}\", monospace")) != widths[0],
        })
        .collect()
}
